/**
 * Markdown text for estimates, in the units of reports/formatMetric.ts so every output
 * agrees:
 *   means, CVaR                 `12.3% ± 0.4%`  (± = half-width of the 95% CI, z₀.₉₇₅·se)
 *   paired differences          `+1.2 pp ± 0.4 pp`, `-$1,500 ± $196`  (signed; points for percents)
 *   proportions, quantiles      `4.1% [3.3%, 5.0%]`  (the 95% interval, which is asymmetric)
 * Percentages and decimals get as many digits as it takes (up to 4) for a non-zero ± to show.
 */

import type { AnyEstimate } from "../sim/metrics/montecarlo/estimate.js";
import { Z95 } from "../sim/metrics/montecarlo/normalQuantile.js";
import type { PairedDifferenceEstimate } from "../sim/metrics/montecarlo/pairedDifference.js";
import type { MetricUnit } from "../sim/metrics/registry/index.js";
import {
  formatDifference,
  formatMetricValue,
  formatSpread,
  isPercentUnit,
  unitDigits,
} from "./formatMetric.js";

export interface EstimateFormatOptions {
  /** ISO currency of "currency" metrics (default USD). */
  readonly currency?: string;
  /** Minimum decimals (default: the unit's, metricValue.ts unitDigits). */
  readonly digits?: number;
}

export function formatEstimate(
  estimate: AnyEstimate | PairedDifferenceEstimate,
  unit: MetricUnit,
  options: EstimateFormatOptions = {},
): string {
  const currency = options.currency ?? "USD";
  switch (estimate.kind) {
    case "mean":
    case "cvar": {
      const half = Z95 * estimate.se;
      const d = digitsFor(unit, half, options);
      const spread = isPercentUnit(unit)
        ? formatMetricValue(half, unit, currency, d)
        : formatSpread(half, unit, currency, d);
      return `${formatMetricValue(estimate.mean, unit, currency, d)} ± ${spread}`;
    }
    case "pairedDifference": {
      const half = Z95 * estimate.difference.se;
      const d = digitsFor(unit, half, options);
      return `${formatDifference(estimate.difference.mean, unit, currency, d)} ± ${formatSpread(half, unit, currency, d)}`;
    }
    case "proportion":
      return bracketed(estimate.p, estimate.ci95, unit, currency, options);
    case "quantile":
      return bracketed(estimate.quantile, estimate.ci95, unit, currency, options);
  }
}

function bracketed(
  value: number,
  [lo, hi]: readonly [number, number],
  unit: MetricUnit,
  currency: string,
  options: EstimateFormatOptions,
): string {
  const d = digitsFor(unit, (hi - lo) / 2, options);
  const f = (x: number) => formatMetricValue(x, unit, currency, d);
  return `${f(value)} [${f(lo)}, ${f(hi)}]`;
}

/** Decimals so that `half` shows as non-zero, from the minimum up to 4 (money stays whole). */
function digitsFor(unit: MetricUnit, half: number, options: EstimateFormatOptions): number {
  let digits = options.digits ?? unitDigits(unit);
  if (unit === "currency" || unit === "count") return digits;
  const scale = isPercentUnit(unit) ? 100 : 1;
  while (digits < 4 && half > 0 && Math.round(half * scale * 10 ** digits) === 0) digits++;
  return digits;
}
