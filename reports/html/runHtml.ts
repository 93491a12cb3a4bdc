/**
 * The HTML report of a run: the decision summary (verdict and scorecard) first, then flags, per scenario the variants side by side (mean ±
 * 95% half-width, every metric of summary.json by id, so new metrics appear), the charts, the
 * paired differences, the glossary and the reproducibility block.
 */

import type { MetricUnit } from "../../sim/metrics/registry/index.js";
import { metricSpec } from "../../sim/metrics/registry/index.js";
import type { RunSummary } from "../../sim/metrics/summary/runSummary.js";
import { PLANBENCH_VERSION } from "../../sim/version.js";
import type { RenderedChart } from "../charts/chart.js";
import { runDecision } from "../decision/index.js";
import { runFlags } from "../flags/runFlags.js";
import { formatMoney } from "../format.js";
import { METRIC_GROUPS, type MetricInfo, metricGroup } from "../metricLabels.js";
import { estimateCell, pairedCell } from "./cells.js";
import {
  figure,
  flagList,
  glossary,
  metricName,
  page,
  reproducibility,
  type TableRow,
  table,
  variantHeader,
} from "./components.js";
import { decisionSection } from "./decision.js";
import { html, type Raw } from "./escape.js";
import { historySection } from "./history.js";

interface Estimate {
  mean: number;
  se: number;
  ci95: [number, number];
}

const groupOrder = (id: string) => {
  const g = metricGroup(id);
  const i = METRIC_GROUPS.findIndex(([, label]) => label === g);
  return i < 0 ? METRIC_GROUPS.length : i;
};

function sortByGroup(ids: readonly string[]): string[] {
  return ids
    .map((id, i) => ({ id, i }))
    .sort((a, b) => groupOrder(a.id) - groupOrder(b.id) || a.i - b.i)
    .map((x) => x.id);
}

function unitOf(_own: readonly MetricInfo[], id: string): MetricUnit {
  return metricSpec(id).unit;
}

/** Rows id → (variant → estimate) for one scenario, configured population: cells, risk, gaming. */
function scenarioRows(summary: RunSummary, scenario: string): Map<string, Map<string, unknown>> {
  const rows = new Map<string, Map<string, unknown>>();
  const put = (id: string, variant: string, e: unknown) => {
    const r = rows.get(id) ?? new Map<string, unknown>();
    rows.set(id, r);
    r.set(variant, e);
  };
  for (const c of summary.cells.filter((x) => x.scenario === scenario && x.population === "configured"))
    for (const [id, e] of Object.entries(c.metrics)) put(id, c.variant, e);
  for (const r of summary.risk.filter((x) => x.scenario === scenario && x.population === "configured"))
    for (const [id, e] of Object.entries(r)) if (id.includes(".")) put(id, r.variant, e);
  for (const g of summary.gaming.filter((x) => x.scenario === scenario)) {
    for (const [id, e] of Object.entries(g)) {
      if (id === "gaming.byLever") {
        for (const [lever, le] of Object.entries((e ?? {}) as Record<string, unknown>))
          put(`gaming.byLever.${lever}`, g.variant, le);
      } else if (id.includes(".")) put(id, g.variant, e);
    }
  }
  return rows;
}

function sideBySide(summary: RunSummary, scenario: string, own: readonly MetricInfo[]): Raw {
  const currency = summary.experiment.currency;
  const rows = scenarioRows(summary, scenario);
  const ids = sortByGroup([...rows.keys()]);
  const body: TableRow[] = ids.map((id) => ({
    group: metricGroup(id),
    cells: [
      metricName(id, own, currency),
      ...summary.variants.map((v) => estimateCell(rows.get(id)?.get(v), unitOf(own, id), currency)),
    ],
  }));
  return table(
    ["Metric", ...summary.variants.map((v) => variantHeader(summary.variants, v))],
    body,
    (c) => c > 0,
    "summary-table",
  );
}

function pairedSection(summary: RunSummary, scenario: string, own: readonly MetricInfo[]): Raw | null {
  const currency = summary.experiment.currency;
  const groups = summary.paired.filter((g) => g.scenario === scenario && g.population === "configured");
  if (groups.length === 0) return null;
  const ids = sortByGroup(Object.keys(groups[0]!.metrics));
  const rows: TableRow[] = ids.map((id) => ({
    group: metricGroup(id),
    cells: [
      metricName(id, own, currency),
      ...groups.map((g) => pairedCell(g.metrics[id], unitOf(own, id), currency)),
    ],
  }));
  return table(
    ["Metric", ...groups.map((g) => html`${variantHeader(summary.variants, g.variant)} − ${g.base}`)],
    rows,
  );
}

export function runHtml(summary: RunSummary, charts: readonly RenderedChart[], png: boolean): string {
  const e = summary.experiment;
  const own = summary.metrics as readonly MetricInfo[];
  const currency = e.currency;
  const repro = summary.reproducibility;
  const reps = e.reps.reduce((n, r) => n + r.count, 0);
  const budget =
    e.budgetPerYear === null
      ? "no budget set"
      : `budget ${formatMoney(e.budgetPerYear, currency, false)} a year (${formatMoney(e.budgetOverHorizon ?? Number.NaN, currency, false)} over the horizon)`;
  const flags = runFlags(summary);
  const several = summary.scenarios.length > 1;
  const decision = runDecision(summary);
  const history = historySection(summary);
  const sections: Raw[] = [
    decisionSection(decision, several ? `Decision summary: ${decision.card.scenario}` : "Decision summary"),
    ...(history ? [history] : []),
    html`<section id="flags"><h2>What stands out</h2>${flagList(flags, summary.variants)}</section>`,
    ...summary.scenarios.map(
      (s, i) =>
        html`<section id="variants-${i}"><h2>Variants side by side${several ? html`: ${s}` : ""}</h2><p>Each figure is the mean over ${summary.trials} simulated trials, reps as configured (some game the plan), ± the half-width of its 95% confidence interval; probabilities and percentiles show their interval below. Hover a metric for its definition.</p>${sideBySide(summary, s, own)}</section>`,
    ),
    html`<section id="charts"><h2>Charts${several ? html` (scenario ${summary.scenarios[0]!} unless stated)` : ""}</h2>${charts.map((c) => figure(c.chart, c.svg, own, currency, png))}</section>`,
    ...summary.scenarios.flatMap((s, i) => {
      const p = pairedSection(summary, s, own);
      return p
        ? [
            html`<section id="paired-${i}"><h2>Paired differences vs ${summary.variants[0] ?? ""}${several ? html`: ${s}` : ""}</h2><p>Each variant minus ${summary.variants[0] ?? ""} on the same trials and random draws (common random numbers), with the 95% confidence interval of the difference. Intervals that exclude zero are real differences.</p>${p}</section>`,
          ]
        : [];
    }),
    html`<section id="glossary"><h2>Metric definitions</h2>${glossary(
      summary.metrics.map((m) => m.id),
      own,
      currency,
    )}</section>`,
    html`<section id="repro"><h2>Reproducibility</h2>${reproducibility(
      repro.command,
      [
        { label: "seed", value: repro.seed },
        { label: "trials", value: `${repro.trials}` },
        { label: "run hash", value: repro.runHash },
        { label: "planbench", value: repro.planbench },
        { label: "Node.js", value: repro.node },
      ],
      repro.inputs,
    )}</section>`,
  ];
  return page({
    title: e.name,
    kicker: "planbench · Monte Carlo comparison of plan variants",
    lede: `${summary.trials} trials · ${reps} reps · ${e.horizonMonths}-month horizon from ${e.start} (+ ${e.tailMonths}-month tail) · ${summary.variants.length} variants · ${summary.scenarios.length} scenario(s) · ${budget}. Money in ${currency}.`,
    toc: [
      ["decision", "Decision"],
      ...(history ? [["history", "History world"] as [string, string]] : []),
      ["flags", "Flags"],
      ["variants-0", "Side by side"],
      ["charts", "Charts"],
      ["paired-0", "Paired differences"],
      ["glossary", "Definitions"],
      ["repro", "Reproducibility"],
    ],
    body: html`${sections}`,
    footer: `Results from planbench ${repro.planbench}, page rendered by planbench ${PLANBENCH_VERSION}. Self-contained: it opens offline; chart specs and CSV tables sit beside this file.`,
  });
}

export type { Estimate };
