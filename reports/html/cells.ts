/**
 * Table cells for estimates read from summary.json, by shape: a mean (± 95% half-width), a
 * proportion or quantile (value, interval below), a paired difference; units as the metric
 * registry gives them (reports/formatMetric.ts): percent for shares and ratios, spreads
 * and differences of them in percentage points.
 */
import type { MetricUnit } from "../../sim/metrics/registry/index.js";
import { formatDifference, formatMetricValue, formatSpread } from "../formatMetric.js";
import { html, type Raw } from "./escape.js";

export const formatValue = formatMetricValue;

type Any = Record<string, unknown> | null | undefined;

const num = (v: unknown) => (typeof v === "number" ? v : Number.NaN);
const interval = (e: Record<string, unknown>) =>
  Array.isArray(e.ci95) ? (e.ci95 as number[]) : [Number.NaN, Number.NaN];

export function estimateCell(e: unknown, unit: MetricUnit, currency: string): Raw | string {
  const x = e as Any;
  if (!x) return "—";
  const [lo, hi] = interval(x);
  const title = `95% CI ${formatValue(lo!, unit, currency)} to ${formatValue(hi!, unit, currency)}`;
  if ("mean" in x) {
    const m = num(x.mean);
    if (!Number.isFinite(m)) return "—";
    return html`<span title="${title}">${formatValue(m, unit, currency)}</span><br><span class="ci">± ${formatSpread((hi! - lo!) / 2, unit, currency)}</span>`;
  }
  const point = "p" in x ? num(x.p) : "value" in x ? num(x.value) : Number.NaN;
  if (!Number.isFinite(point)) return "—";
  return html`${formatValue(point, unit, currency)}<br><span class="ci">[${formatValue(lo!, unit, currency)}, ${formatValue(hi!, unit, currency)}]</span>`;
}

export function pairedCell(e: unknown, unit: MetricUnit, currency: string): Raw | string {
  const x = e as Any;
  if (!x || !Number.isFinite(num(x.difference))) return "—";
  const [lo, hi] = interval(x);
  const d = num(x.difference);
  const signed = (v: number) => formatDifference(v, unit, currency);
  const clear = lo! > 0 || hi! < 0;
  return html`<span title="95% CI ${signed(lo!)} to ${signed(hi!)}">${clear ? html`<strong>${signed(d)}</strong>` : signed(d)}</span><br><span class="ci">[${signed(lo!)}, ${signed(hi!)}]</span>`;
}
