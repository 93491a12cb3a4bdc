/**
 * A metric's value as text, by the unit the metric registry gives it, so every report reads the
 * same: money in whole currency units; shares and ratios as percentages (cost ratio 12.1%, NRR
 * 104.7%), their differences and spreads in percentage points; indices (Gini, CV, adoption) and
 * correlations as decimals; NPS in points; counts whole. NaN is "—".
 */
import type { MetricUnit } from "../sim/metrics/registry/index.js";
import { formatMoney, formatNumber, formatPercent } from "./format.js";

/** Shares and ratios read in percent: their differences are percentage points. */
export const isPercentUnit = (unit: MetricUnit) => unit === "share" || unit === "ratio";

/** Default decimals of a unit (percent digits for shares and ratios). */
export function unitDigits(unit: MetricUnit): number {
  switch (unit) {
    case "currency":
    case "count":
      return 0;
    case "share":
    case "ratio":
    case "score":
      return 1;
    default:
      return 2;
  }
}

export function formatMetricValue(
  x: number,
  unit: MetricUnit,
  currency = "USD",
  digits = unitDigits(unit),
): string {
  if (!Number.isFinite(x)) return "—";
  if (unit === "currency") return formatMoney(x, currency, false);
  if (isPercentUnit(unit)) return formatPercent(x, digits);
  return formatNumber(x, digits);
}

/** A spread or half-width (always ≥ 0): percentage points for shares and ratios ("0.4 pp"). */
export function formatSpread(
  x: number,
  unit: MetricUnit,
  currency = "USD",
  digits = unitDigits(unit),
): string {
  if (!Number.isFinite(x)) return "—";
  if (isPercentUnit(unit)) return `${(x * 100).toFixed(digits)} pp`;
  return formatMetricValue(x, unit, currency, digits);
}

/** A signed difference: `+1.2 pp`, `-$12,345`, `+0.03`; `0` unsigned. */
export function formatDifference(
  x: number,
  unit: MetricUnit,
  currency = "USD",
  digits = unitDigits(unit),
): string {
  if (!Number.isFinite(x)) return "—";
  const text = formatSpread(Math.abs(x), unit, currency, digits);
  if (Number(text.replace(/[^\d.]/g, "")) === 0) return text; // rounds to zero: no sign
  return `${x > 0 ? "+" : "-"}${text}`;
}

/** The unit in words, for hovers, glossaries and axis titles. */
export function unitLabel(unit: MetricUnit, currency = "USD"): string {
  switch (unit) {
    case "currency":
      return currency;
    case "share":
    case "ratio":
      return "%";
    case "index":
      return "index, 0–1";
    case "score":
      return "points";
    case "correlation":
      return "−1 to 1";
    default:
      return "count";
  }
}

/** The unit of a difference: percentage points for shares and ratios. */
export function differenceUnitLabel(unit: MetricUnit, currency = "USD"): string {
  return isPercentUnit(unit) ? "percentage points" : unitLabel(unit, currency);
}
