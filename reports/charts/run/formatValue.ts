/** Short value text for chart labels by metric unit: money abbreviated ($3.38M), otherwise as in every report. */

import type { MetricUnit } from "../../../sim/metrics/registry/index.js";
import { formatMetricValue } from "../../formatMetric.js";

export function formatValue(x: number, unit: MetricUnit, currency: string): string {
  if (!Number.isFinite(x)) return "—";
  if (unit === "currency")
    return new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      notation: "compact",
      maximumSignificantDigits: 3,
    }).format(x);
  return formatMetricValue(x, unit, currency);
}
