/**
 * Axis formats and unit labels by metric unit, so every chart shows money as currency, shares
 * as percentages and says its unit in the axis title.
 */
import type { MetricUnit } from "../../sim/metrics/registry/index.js";

/** d3-format string for an axis of this unit (money abbreviated: $7.7M). */
export function axisFormat(unit: MetricUnit, currency: string, difference = false): string {
  if (unit === "currency") return currency === "USD" ? "$,.3~s" : ",.3~s";
  if (unit === "share") return difference ? ".1~%" : ".0%";
  if (unit === "count") return ",.0f";
  return ".3~g";
}

/** Full-precision tooltip format. */
export function tooltipFormat(unit: MetricUnit, currency: string): string {
  if (unit === "currency") return currency === "USD" ? "$,.0f" : ",.0f";
  if (unit === "share") return ".1%";
  if (unit === "count") return ",.0f";
  return ",.3f";
}

export function unitLabel(unit: MetricUnit, currency: string): string {
  switch (unit) {
    case "currency":
      return currency;
    case "share":
      return "%";
    case "count":
      return "count";
    case "score":
      return "points";
    case "correlation":
      return "−1 to 1";
    default:
      return "ratio";
  }
}
