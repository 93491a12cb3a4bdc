/**
 * Number formatting for statement descriptions. Only called when explaining (descriptions are
 * skipped in the fast path), so Intl formatters are created lazily and cached per currency.
 */
import { mulDivFloor } from "./exact.js";

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string): Intl.NumberFormat {
  let f = moneyFormats.get(currency);
  if (f === undefined) {
    try {
      f = new Intl.NumberFormat("en-US", {
        style: "currency",
        currency,
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
    } catch {
      f = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
    moneyFormats.set(currency, f);
  }
  return f;
}

/** `$40,000.00`, `−$400.00` (a true minus sign is avoided: plain ASCII `-` for terminals and CSV). */
export function formatMoney(amount: number, currency: string): string {
  return moneyFormat(currency).format(amount === 0 ? 0 : amount);
}

export function formatCents(cents: number, currency: string): string {
  return formatMoney(cents / 100, currency);
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** A plain number with up to `digits` decimals and thousands separators: 40,000 or 1.25. */
export function formatNumber(x: number, digits = 2): string {
  let f = numberFormats.get(digits);
  if (f === undefined) {
    f = new Intl.NumberFormat("en-US", { maximumFractionDigits: digits });
    numberFormats.set(digits, f);
  }
  return f.format(x);
}

/** A fraction as a percentage with up to two decimals: 0.125 → "12.5%". */
export function formatPct(fraction: number): string {
  if (!Number.isFinite(fraction)) return fraction > 0 ? "∞%" : "-∞%";
  return `${formatNumber(fraction * 100, 2)}%`;
}

/** A multiplier: 1.1 → "×1.1". */
export function formatMult(m: number): string {
  return `×${formatNumber(m, 4)}`;
}

/**
 * Attainment credit / quota (both cents, quota > 0) as a percentage rounded down to 0.01%: the
 * figure never overstates the comparison it is printed beside (attainment edges are given to
 * 0.01%, so 119.999…% prints as 119.99%, below a 120% edge, and exactly 120% prints as 120%).
 */
export function formatAttainment(credit: number, quota: number): string {
  return `${formatNumber(mulDivFloor(credit, 10_000, quota) / 100, 2)}%`;
}
