/**
 * Axis and tooltip formats by metric unit (d3-format strings), so every chart shows money as
 * currency, shares and ratios as percentages (NRR 104.7%), indices as decimals, and says its unit
 * in the axis title. Differences of percentages are drawn in percentage points: `differenceScale`
 * gives the factor to multiply the data by and the format of the scaled values.
 */

import type { MetricUnit } from "../../sim/metrics/registry/index.js";
import { isPercentUnit } from "../formatMetric.js";

export { differenceUnitLabel, unitLabel } from "../formatMetric.js";

/** d3-format string for an axis of this unit (money abbreviated: $7.7M). */
export function axisFormat(unit: MetricUnit, currency: string): string {
  if (unit === "currency") return currency === "USD" ? "$,.3~s" : ",.3~s";
  if (isPercentUnit(unit)) return ".0%";
  if (unit === "count" || unit === "score") return ",.0f";
  return ".2f";
}

/** Full-precision tooltip format. */
export function tooltipFormat(unit: MetricUnit, currency: string): string {
  if (unit === "currency") return currency === "USD" ? "$,.0f" : ",.0f";
  if (isPercentUnit(unit)) return ".1%";
  if (unit === "count") return ",.0f";
  if (unit === "score") return ".1f";
  return ".2f";
}

/** How to draw differences of this unit: data × factor, then these axis and tooltip formats. */
export function differenceScale(unit: MetricUnit, currency: string) {
  if (isPercentUnit(unit)) return { factor: 100, axis: "+,.1~f", tooltip: "+,.2f" };
  if (unit === "currency")
    return {
      factor: 1,
      axis: currency === "USD" ? "+$,.3~s" : "+,.3~s",
      tooltip: currency === "USD" ? "+$,.0f" : "+,.0f",
    };
  if (unit === "count" || unit === "score") return { factor: 1, axis: "+,.1~f", tooltip: "+,.1f" };
  return { factor: 1, axis: "+.2~f", tooltip: "+.3f" };
}
