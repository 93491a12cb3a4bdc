/**
 * Paired differences of a run: each variant minus the first variant on the same trials (common
 * random numbers), with its 95% confidence interval, one panel per key metric named by its label,
 * in its own unit (percentages in percentage points, so an NRR axis reads −0.25, not −0.0025).
 * An interval that does not cross the zero line is a difference the trials can tell apart.
 */

import type { MetricUnit } from "../../../sim/metrics/registry/index.js";
import { metricLabel, metricSpec } from "../../../sim/metrics/registry/index.js";
import type { RunReportData } from "../../load/runData.js";
import { type Chart, VEGA_LITE_SCHEMA } from "../chart.js";
import { CHART_WIDTH, variantColourChannel } from "../theme.js";
import { differenceScale, differenceUnitLabel } from "../units.js";

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
    const unit = unitOf(id);
    // percentages are compared in percentage points: the data is scaled, the axis says so
    const scale = differenceScale(unit, currency);
    const values = groups.flatMap((g) => {
      const e = g.metrics[id] as PairedEstimate | null | undefined;
      if (!e || !Number.isFinite(e.difference)) return [];
      const f = scale.factor;
      return [{ variant: g.variant, difference: e.difference * f, lo: e.ci95[0] * f, hi: e.ci95[1] * f }];
    });
    if (values.length === 0) return [];
    const fmt = scale.axis;
    const tip = scale.tooltip;
    const colour = variantColourChannel(summary.variants, "variant", false);
    const x = { type: "quantitative" as const };
    const y = { field: "variant", type: "nominal", sort: [...summary.variants], title: null };
    return [
      {
        title: {
          text: `${metricLabel(id)} (${differenceUnitLabel(unit, currency)})`,
          fontSize: 12,
          fontWeight: 500,
        },
        metric: id,
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
                title: `variant − ${base} (${differenceUnitLabel(unit, currency)})`,
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
    metricIds: panels.map((p) => p.metric),
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      vconcat: panels.map(({ metric: _, ...p }) => p),
      spacing: 18,
    } as never,
  };
}
