/** Short value text for chart labels by metric unit: money abbreviated ($3.38M), shares as %. */
import type { MetricUnit } from "../../../sim/metrics/registry/index.js";

export function formatValue(x: number, unit: MetricUnit, currency: string): string {
  if (!Number.isFinite(x)) return "—";
  if (unit === "share") return `${(100 * x).toFixed(1)}%`;
  if (unit === "currency")
    return new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      notation: "compact",
      maximumSignificantDigits: 3,
    }).format(x);
  if (unit === "count") return new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(x);
  return new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 }).format(x);
}
