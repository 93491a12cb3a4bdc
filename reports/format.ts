/**
 * Number formatting shared by every output (CLI, Markdown, HTML, notebooks): one place decides
 * how money, percentages and plain numbers look; a metric's value by its unit is in
 * formatMetric.ts. Negative numbers use ASCII "-" (terminals, CSV), as the
 * statements do (sim/plan/format.ts).
 */
import { formatMoney as formatMoneyWithCents } from "../sim/plan/format.js";

const wholeFormats = new Map<string, Intl.NumberFormat>();

function wholeUnits(currency: string): Intl.NumberFormat {
  let format = wholeFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    });
    wholeFormats.set(currency, format);
  }
  return format;
}

/** `$1,234.56` (the statements' format); whole units when `cents` is false (`$1,235`). */
export function formatMoney(amount: number, currency = "USD", cents = true): string {
  if (!Number.isFinite(amount)) return "—";
  return cents
    ? formatMoneyWithCents(amount, currency)
    : wholeUnits(currency).format(amount === 0 ? 0 : amount);
}

export function formatMoneyFromCents(amountCents: number, currency = "USD"): string {
  return formatMoney(amountCents / 100, currency, true);
}

/** 0.1234 → `12.3%`; 1.047 → `104.7%`. */
export function formatPercent(share: number, digits = 1): string {
  if (!Number.isFinite(share)) return "—";
  return `${(share * 100).toFixed(digits)}%`;
}

export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return "—";
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

const compactFormats = new Map<string, Intl.NumberFormat>();

/** Money to 3 significant digits for tight spaces (scorecards, chart labels): `$3.94M`, `-$769K`. */
export function formatCompactMoney(amount: number, currency = "USD"): string {
  if (!Number.isFinite(amount)) return "—";
  let format = compactFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      notation: "compact",
      maximumSignificantDigits: 3,
    });
    compactFormats.set(currency, format);
  }
  return format.format(amount === 0 ? 0 : amount);
}
