/**
 * Text for a figure as summary.json stores it, through the Monte Carlo formatter every report
 * uses: means, ratios, CVaR and paired differences as `12.3% ± 0.4%` (± = half-width of the
 * 95% CI); proportions and quantiles as `4.1% [3.3%, 5.0%]` (their 95% interval). null (a figure
 * that could not be estimated) is `—`.
 */
import type { MetricUnit } from "../sim/metrics/registry/index.js";
import type {
  MeanFigure,
  PairedFigure,
  ProportionFigure,
  QuantileFigure,
} from "../sim/metrics/summary/figures.js";
import { type EstimateFormatOptions, formatEstimate } from "./formatEstimate.js";

export type { MeanFigure, PairedFigure, ProportionFigure, QuantileFigure };

/** The shapes of summary.json figures (cells, paired, risk, gaming): sim/metrics/summary/figures.ts. */
export type SummaryFigure = MeanFigure | PairedFigure | QuantileFigure | ProportionFigure;

export function formatFigure(
  figure: SummaryFigure | null | undefined,
  unit: MetricUnit,
  options: EstimateFormatOptions = {},
): string {
  if (!figure) return "—";
  const ci95: [number, number] = [figure.ci95[0], figure.ci95[1]];
  if ("difference" in figure) {
    const difference = { kind: "mean" as const, mean: figure.difference, se: figure.se, ci95, n: figure.n };
    return formatEstimate(
      {
        kind: "pairedDifference",
        difference,
        unpairedSe: Number.NaN,
        correlation: Number.NaN,
        varianceReduction: Number.NaN,
      },
      unit,
      options,
    );
  }
  if ("p" in figure) {
    const hits = figure.hits ?? Math.round(figure.p * figure.n);
    return formatEstimate(
      { kind: "proportion", p: figure.p, se: figure.se, ci95, n: figure.n, hits },
      unit,
      options,
    );
  }
  if ("value" in figure) {
    const q = { kind: "quantile" as const, prob: 0.95, quantile: figure.value, ci95, ranks: [0, 0] as const };
    return formatEstimate({ ...q, coverage: figure.coverage ?? Number.NaN, n: figure.n }, unit, options);
  }
  return formatEstimate({ kind: "mean", mean: figure.mean, se: figure.se, ci95, n: figure.n }, unit, options);
}
