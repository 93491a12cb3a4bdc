/**
 * Limits that keep every payout exact in integer cents (sim/plan/README.md, "Limits"), shared by the plan language and the evaluator. Plans and
 * ledger files are validated against them; the evaluator checks what validation cannot see (a
 * sum of many amounts, a product of large ones) and stops with AmountError rather than print a
 * rounded, infinite or missing total.
 */

/** Largest money amount in a plan or a ledger (a quota, a deal's ARR, a cap): 1 trillion. */
export const MAX_MONEY = 1_000_000_000_000;
/** Money is given in whole cents: at most this many decimals. */
export const MONEY_DECIMALS = 2;
/** Largest rate, share, weight or multiplier (as a fraction: 1000 = 100,000%). */
export const MAX_RATIO = 1000;
/** Decimals of a rate, share or multiplier as a fraction (0.12345678 = 12.345678%). */
export const RATIO_DECIMALS = 8;
/** Decimals of an attainment edge as a fraction: 0.01% steps (0.3333 = 33.33%). */
export const ATTAINMENT_DECIMALS = 4;
/** Largest magnitude of a metric bound or curve point (gates, bands, curves). */
export const MAX_BOUND = 1_000_000_000_000;
/** Largest statement amount in cents that is exact in a double (2^53 − 1: $90,071,992,547,409.91). */
export const MAX_CENTS = Number.MAX_SAFE_INTEGER;

/** A pay amount or a sum of credits left the range where cents are exact. */
export class AmountError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = "AmountError";
  }
}

/** `cents` unchanged when it is an exact integer within ±MAX_CENTS; AmountError otherwise. */
export function checkCents(cents: number, what: string): number {
  if (cents <= MAX_CENTS && cents >= -MAX_CENTS) return cents;
  throw new AmountError(
    `${what} cannot be represented exactly in cents (${Number.isFinite(cents) ? `about ${cents.toExponential(3)} cents` : String(cents)}; the limit is ±${MAX_CENTS} cents)`,
  );
}

/** Decimal places of a finite number as written in its shortest form (1.25 → 2, 1e-7 → 7). */
export function decimalPlaces(x: number): number {
  const text = String(Math.abs(x));
  const e = text.indexOf("e");
  const body = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = body.indexOf(".");
  return Math.max(0, (dot < 0 ? 0 : body.length - dot - 1) - exponent);
}
