/**
 * summary.csv of a run: one row per scenario × population × variant × metric with the estimate,
 * its standard error and 95% CI (means, proportions, quantiles alike), then one row per paired
 * difference vs the first variant. Read generically by metric id.
 */

import { metricSpec } from "../../sim/metrics/registry/index.js";
import type { RunSummary } from "../../sim/metrics/summary/runSummary.js";
import { type CsvValue, csvText } from "./csv.js";

const HEADER = [
  "kind",
  "scenario",
  "population",
  "variant",
  "base",
  "metric",
  "unit",
  "estimate",
  "se",
  "ci95_low",
  "ci95_high",
  "n",
];

function estimateRow(
  kind: string,
  scenario: string,
  population: string,
  variant: string,
  base: string,
  metric: string,
  unit: string,
  e: unknown,
): CsvValue[] | null {
  if (!e || typeof e !== "object") return null;
  const x = e as Record<string, unknown>;
  const value = ["mean", "difference", "p", "value"].map((k) => x[k]).find((v) => typeof v === "number") as
    | number
    | undefined;
  const ci = Array.isArray(x.ci95) ? (x.ci95 as number[]) : [];
  return [
    kind,
    scenario,
    population,
    variant,
    base,
    metric,
    unit,
    value ?? null,
    (x.se as number) ?? null,
    ci[0] ?? null,
    ci[1] ?? null,
    (x.n as number) ?? null,
  ];
}

export function runCsv(summary: RunSummary): string {
  const unit = (id: string) => metricSpec(id).unit;
  const rows: CsvValue[][] = [];
  const push = (r: CsvValue[] | null) => {
    if (r) rows.push(r);
  };
  for (const c of summary.cells)
    for (const [id, e] of Object.entries(c.metrics))
      push(estimateRow("estimate", c.scenario, c.population, c.variant, "", id, unit(id), e));
  for (const r of summary.risk)
    for (const [id, e] of Object.entries(r))
      if (id.includes("."))
        push(estimateRow("estimate", r.scenario, r.population, r.variant, "", id, unit(id), e));
  for (const g of summary.gaming)
    for (const [id, e] of Object.entries(g)) {
      if (id === "gaming.byLever")
        for (const [lever, le] of Object.entries((e ?? {}) as Record<string, unknown>))
          push(
            estimateRow(
              "estimate",
              g.scenario,
              "configured vs honest",
              g.variant,
              "",
              `gaming.byLever.${lever}`,
              "share",
              le,
            ),
          );
      else if (id.includes("."))
        push(estimateRow("estimate", g.scenario, "configured vs honest", g.variant, "", id, unit(id), e));
    }
  for (const p of summary.paired)
    for (const [id, e] of Object.entries(p.metrics))
      push(estimateRow("paired difference", p.scenario, p.population, p.variant, p.base, id, unit(id), e));
  return csvText(HEADER, rows);
}
