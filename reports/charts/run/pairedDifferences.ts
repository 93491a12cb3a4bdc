/**
 * Paired differences of a run: each variant minus the first variant on the same trials (common
 * random numbers), with its 95% confidence interval, one panel per key metric in its own unit.
 * An interval that does not cross the zero line is a difference the trials can tell apart.
 */

import type { MetricUnit } from "../../../sim/metrics/registry/index.js";
import { metricSpec } from "../../../sim/metrics/registry/index.js";
import type { RunReportData } from "../../load/runData.js";
import { type Chart, VEGA_LITE_SCHEMA } from "../chart.js";
import { CHART_WIDTH, variantColourChannel } from "../theme.js";
import { axisFormat, tooltipFormat, unitLabel } from "../units.js";

/** The metrics a committee compares first; any of them missing from the run is left out. */
export const PAIRED_METRICS: readonly string[] = [
  "cost.total",
  "payout.mean",
  "payout.gini",
  "payPerformance.rho",
  "customer.nrr",
  "arr.new",
];

interface PairedEstimate {
  difference: number;
  ci95: [number, number];
  se: number;
}

export function pairedDifferencesChart(data: RunReportData): Chart | null {
  const { summary } = data;
  const scenario = summary.scenarios[0]!;
  const currency = summary.experiment.currency;
  const groups = summary.paired.filter((g) => g.scenario === scenario && g.population === "configured");
  if (groups.length === 0) return null;
  const base = groups[0]!.base;
  const unitOf = (id: string): MetricUnit => metricSpec(id).unit;
  const panels = PAIRED_METRICS.flatMap((id) => {
    const values = groups.flatMap((g) => {
      const e = g.metrics[id] as PairedEstimate | null | undefined;
      if (!e || !Number.isFinite(e.difference)) return [];
      return [{ variant: g.variant, difference: e.difference, lo: e.ci95[0], hi: e.ci95[1] }];
    });
    if (values.length === 0) return [];
    const unit = unitOf(id);
    const fmt = axisFormat(unit, currency, true);
    const tip = tooltipFormat(unit, currency);
    const colour = variantColourChannel(summary.variants, "variant", false);
    const x = { type: "quantitative" as const };
    const y = { field: "variant", type: "nominal", sort: [...summary.variants], title: null };
    return [
      {
        title: { text: `${id} (${unitLabel(unit, currency)})`, fontSize: 12, fontWeight: 500 },
        width: CHART_WIDTH,
        height: { step: 26 },
        data: { values },
        layer: [
          {
            data: { values: [{ zero: 0 }] },
            mark: { type: "rule", color: "#52606d", strokeDash: [3, 3] },
            encoding: { x: { field: "zero", ...x } },
          },
          {
            mark: { type: "rule", strokeWidth: 2 },
            encoding: {
              x: {
                field: "lo",
                ...x,
                title: unit === "share" ? `variant − ${base} (percentage points)` : `variant − ${base}`,
                axis: { format: fmt },
              },
              x2: { field: "hi" },
              y,
              color: colour,
            },
          },
          {
            mark: { type: "point", filled: true, size: 60 },
            encoding: {
              x: { field: "difference", ...x },
              y,
              color: colour,
              tooltip: [
                { field: "variant", title: "Variant" },
                { field: "difference", title: `difference vs ${base}`, format: tip },
                { field: "lo", title: "95% CI low", format: tip },
                { field: "hi", title: "95% CI high", format: tip },
              ],
            },
          },
        ],
      },
    ];
  });
  if (panels.length === 0) return null;
  return {
    id: "paired-differences",
    title: `Differences vs ${base}, with 95% confidence intervals`,
    caption:
      `Each dot is a variant minus ${base} on the same simulated futures (same trials, same random draws), reps as configured; the line is its 95% confidence interval. ` +
      "An interval clear of the dashed zero line is a real difference, not Monte Carlo noise.",
    metricIds: PAIRED_METRICS.filter((id) => panels.some((p) => p.title.text.startsWith(`${id} `))),
    spec: { $schema: VEGA_LITE_SCHEMA, vconcat: panels, spacing: 18 } as never,
  };
}
