/**
 * Table cells for estimates read from summary.json, by shape: a mean (± 95% half-width), a
 * proportion or quantile (value, interval below), a paired difference; money as currency.
 */
import type { MetricUnit } from "../../sim/metrics/registry/index.js";
import { formatMoney, formatNumber, formatPercent } from "../format.js";
import { html, type Raw } from "./escape.js";

export function formatValue(x: number, unit: MetricUnit, currency: string): string {
  if (!Number.isFinite(x)) return "—";
  switch (unit) {
    case "currency":
      return formatMoney(x, currency, false);
    case "share":
      return formatPercent(x, 1);
    case "count":
      return formatNumber(x, 0);
    case "score":
      return formatNumber(x, 1);
    default:
      return formatNumber(x, 3);
  }
}

/** Half-widths are formatted in the unit; shares as percentage points. */
function half(x: number, unit: MetricUnit, currency: string): string {
  if (unit === "share") return `${(x * 100).toFixed(1)} pp`;
  return formatValue(x, unit, currency);
}

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
    return html`<span title="${title}">${formatValue(m, unit, currency)}</span><br><span class="ci">± ${half((hi! - lo!) / 2, unit, currency)}</span>`;
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
  const signed = (v: number) =>
    unit === "share"
      ? `${v > 0 ? "+" : ""}${(v * 100).toFixed(1)} pp`
      : `${v > 0 ? "+" : ""}${formatValue(v, unit, currency)}`;
  const clear = lo! > 0 || hi! < 0;
  return html`<span title="95% CI ${signed(lo!)} to ${signed(hi!)}">${clear ? html`<strong>${signed(d)}</strong>` : signed(d)}</span><br><span class="ci">[${signed(lo!)}, ${signed(hi!)}]</span>`;
}
