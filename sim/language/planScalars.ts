/**
 * The plan language's numeric leaves, bounded so that every payout is exact in integer cents
 * (sim/plan/limits.ts, sim/plan/README.md "Limits"): the shared spellings of inputScalars.ts
 * (120k, 10%, …) with a largest value and a precision. `validate` reports a value outside them
 * at its file:line:col, saying what is allowed.
 */
import * as z from "zod";
import {
  ATTAINMENT_DECIMALS,
  decimalPlaces,
  MAX_BOUND,
  MAX_MONEY,
  MAX_RATIO,
  MONEY_DECIMALS,
  RATIO_DECIMALS,
} from "../core/limits.js";
import { describeValue, expecting } from "./inputScalars.js";
import { MONEY_PATTERN, resolveMoney, resolvePercent } from "./units.js";

const NONNEG_PERCENT = /^\d+(\.\d+)?\s?%$/;
const PERCENT = /^-?\d+(\.\d+)?\s?%$/;

/** Refinement message: what the bound is and what was found. */
function limit(max: number, decimals: number, what: string, unit: (x: number) => string) {
  return (v: number) =>
    Number.isFinite(v) && Math.abs(v) <= max && decimalPlaces(v) <= decimals
      ? null
      : !Number.isFinite(v) || Math.abs(v) > max
        ? `expected ${what} of at most ${unit(max)} (larger cannot be paid exactly), got ${describeValue(v)}`
        : `expected ${what} with at most ${decimals} decimal${decimals === 1 ? "" : "s"}${unit === percentUnit ? " as a fraction" : ""}, got ${describeValue(v)}`;
}

const moneyUnit = (x: number) => x.toLocaleString("en-US");
const percentUnit = (x: number) => `${(x * 100).toLocaleString("en-US")}%`;
const plainUnit = (x: number) => x.toExponential(0);

function bounded<T extends z.ZodType<number, unknown>>(schema: T, check: (v: number) => string | null) {
  return schema.refine((v) => check(v) === null, { error: (issue) => check(issue.input as number) ?? "" });
}

/** An amount of money ≥ 0 in whole cents, at most MAX_MONEY: `120000`, `120_000`, `120k`, `1.5M`. */
export function money(description: string) {
  const e = expecting("an amount ≥ 0 like 120000, 120_000 or 120k");
  const base = z
    .union([z.number(e).min(0, e), z.string(e).regex(MONEY_PATTERN, e)], e)
    .transform(resolveMoney);
  return bounded(base, limit(MAX_MONEY, MONEY_DECIMALS, "an amount in whole cents", moneyUnit)).describe(
    description,
  );
}

function fraction(description: string, decimals: number, what: string) {
  const e = expecting("a number ≥ 0 or a percent like '10%'");
  const base = z
    .union([z.number(e).min(0, e), z.string(e).regex(NONNEG_PERCENT, e)], e)
    .transform(resolvePercent);
  return bounded(base, limit(MAX_RATIO, decimals, what, percentUnit)).describe(description);
}

/** A rate, share, weight or multiplier ≥ 0: `0.1` or `"10%"`, at most 100,000%, 8 decimals. */
export function ratio(description: string) {
  return fraction(description, RATIO_DECIMALS, "a rate or multiplier");
}

/** An attainment edge (tier bound, threshold, attainment cap): `1.2` or `"120%"`, to 0.01%. */
export function attainment(description: string) {
  return fraction(description, ATTAINMENT_DECIMALS, "an attainment given to 0.01%");
}

/** A number of either sign, or a percent: band and gate bounds, curve points (|x| ≤ 10^12). */
export function signedNumber(description: string) {
  const e = expecting("a number or a percent like '85%'");
  const base = z.union([z.number(e), z.string(e).regex(PERCENT, e)], e).transform(resolvePercent);
  return bounded(base, limit(MAX_BOUND, RATIO_DECIMALS, "a number", plainUnit)).describe(description);
}

/** Whether `YYYY-MM-DD` names a real day (2025-02-30 does not); pure arithmetic, no clock. */
export function isCalendarDate(text: string): boolean {
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/** An ISO calendar date `YYYY-MM-DD` (YAML reads it as text). */
export function isoDate(description: string) {
  const e = expecting("a date YYYY-MM-DD");
  return z
    .string(e)
    .regex(/^\d{4}-\d{2}-\d{2}$/, e)
    .refine(isCalendarDate, {
      error: (i) => `'${String(i.input)}' is not a calendar date`,
    })
    .describe(description);
}
