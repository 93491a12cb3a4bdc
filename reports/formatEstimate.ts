/**
 * Markdown text for estimates, through reports/format.ts so every output agrees:
 *   means, CVaR, paired differences   `12.3% ± 0.4%`  (± = half-width of the 95% CI, z₀.₉₇₅·se)
 *   proportions, quantiles            `4.1% [3.3%, 5.0%]`  (the 95% interval, which is asymmetric)
 * Shares get as many decimals as it takes (up to 4) for a non-zero ± to show.
 */
import type { AnyEstimate } from "../sim/metrics/montecarlo/estimate.js";
import { Z95 } from "../sim/metrics/montecarlo/normalQuantile.js";
import type { PairedDifferenceEstimate } from "../sim/metrics/montecarlo/pairedDifference.js";
import type { MetricUnit } from "../sim/metrics/registry/index.js";
import { formatMoney, formatNumber, formatPercent } from "./format.js";

export interface EstimateFormatOptions {
  /** ISO currency of "currency" metrics (default USD). */
  readonly currency?: string;
  /** Minimum decimals for shares and plain numbers (default 1 for shares, 2 otherwise). */
  readonly digits?: number;
}

export function formatEstimate(
  estimate: AnyEstimate | PairedDifferenceEstimate,
  unit: MetricUnit,
  options: EstimateFormatOptions = {},
): string {
  switch (estimate.kind) {
    case "mean":
    case "cvar":
      return plusMinus(estimate.mean, Z95 * estimate.se, unit, options, false);
    case "pairedDifference":
      return plusMinus(estimate.difference.mean, Z95 * estimate.difference.se, unit, options, true);
    case "proportion":
      return bracketed(estimate.p, estimate.ci95, unit, options);
    case "quantile":
      return bracketed(estimate.quantile, estimate.ci95, unit, options);
  }
}

function plusMinus(
  value: number,
  half: number,
  unit: MetricUnit,
  options: EstimateFormatOptions,
  signed: boolean,
): string {
  const digits = digitsFor(unit, half, options);
  const text = formatValue(value, unit, options, digits);
  const sign = signed && value >= 0 ? "+" : "";
  return `${sign}${text} ± ${formatValue(half, unit, options, digits)}`;
}

function bracketed(
  value: number,
  [lo, hi]: readonly [number, number],
  unit: MetricUnit,
  options: EstimateFormatOptions,
): string {
  const digits = digitsFor(unit, (hi - lo) / 2, options);
  const f = (x: number) => formatValue(x, unit, options, digits);
  return `${f(value)} [${f(lo)}, ${f(hi)}]`;
}

/** Decimals so that `half` shows as non-zero, from the minimum up to 4 (shares, numbers). */
function digitsFor(unit: MetricUnit, half: number, options: EstimateFormatOptions): number {
  let digits = options.digits ?? (unit === "share" ? 1 : 2);
  if (unit === "currency") return digits;
  const scale = unit === "share" ? 100 : 1;
  while (digits < 4 && half > 0 && Math.round(half * scale * 10 ** digits) === 0) digits++;
  return digits;
}

function formatValue(x: number, unit: MetricUnit, options: EstimateFormatOptions, digits: number): string {
  switch (unit) {
    case "currency":
      return formatMoney(x, options.currency ?? "USD", false);
    case "share":
      return formatPercent(x, digits);
    default:
      return formatNumber(x, digits);
  }
}
