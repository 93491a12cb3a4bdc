/**
 * Leaf schemas of the plan language. Each accepts the friendly spellings (see units.ts),
 * converts them to plain numbers, and fails with a message that says what was expected and what
 * was found ("expected a number ≥ 0 or a percent like '10%', got 'ten'") — never zod jargon.
 */
import * as z from "zod";
import {
  DURATION_PATTERN,
  MIX_PATTERN,
  MONEY_PATTERN,
  MONTH_PATTERN,
  resolveDays,
  resolveMoney,
  resolveMonth,
  resolvePercent,
} from "./units.js";

/** How a found value is named in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") {
    const text = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return `'${text}'`;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return typeof value;
}

/** Error option for zod: every failure of this leaf reads `expected <what>, got <value>`. */
export function expecting(what: string): { error: (issue: { input?: unknown }) => string } {
  return {
    error: (issue) =>
      issue.input === undefined
        ? `missing: expected ${what}`
        : `expected ${what}, got ${describeValue(issue.input)}`,
  };
}

const NONNEG_PERCENT = /^\d+(\.\d+)?\s?%$/;
const PERCENT = /^-?\d+(\.\d+)?\s?%$/;

/** A fraction ≥ 0: `0.1` or `"10%"`. */
export function ratio(description: string) {
  const e = expecting("a number ≥ 0 or a percent like '10%'");
  return z
    .union([z.number(e).min(0, e), z.string(e).regex(NONNEG_PERCENT, e)], e)
    .transform(resolvePercent)
    .describe(description);
}

/** A number of either sign, or a percent: band and gate bounds, curve points. */
export function signedNumber(description: string) {
  const e = expecting("a number or a percent like '85%'");
  return z
    .union([z.number(e), z.string(e).regex(PERCENT, e)], e)
    .transform(resolvePercent)
    .describe(description);
}

/** An amount of money ≥ 0: `120000`, `120_000`, `120k`, `1.2M`. */
export function money(description: string) {
  const e = expecting("an amount ≥ 0 like 120000, 120_000 or 120k");
  return z
    .union([z.number(e).min(0, e), z.string(e).regex(MONEY_PATTERN, e)], e)
    .transform(resolveMoney)
    .describe(description);
}

/** A whole number ≥ 0. */
export function count(description: string) {
  const e = expecting("a whole number ≥ 0");
  return z.number(e).int(e).min(0, e).describe(description);
}

/** Whole days: `180`, `"180d"`. */
export function days(description: string) {
  const e = expecting("a number of days like 180 or '180d'");
  return z
    .union([z.number(e).int(e).min(0, e), z.string(e).regex(DURATION_PATTERN, e)], e)
    .transform(resolveDays)
    .describe(description);
}

/** A month 1–12 or its English name (`feb`, `February`). */
export function month(description: string) {
  const e = expecting("a month 1–12 or a month name like 'feb'");
  return z
    .union([z.number(e).int(e).min(1, e).max(12, e), z.string(e).regex(MONTH_PATTERN, e)], e)
    .transform(resolveMonth)
    .describe(description);
}

/** A pay mix `base/variable` in percent, e.g. `"50/50"`. */
export function mix(description: string) {
  const e = expecting("a pay mix 'base/variable' like '50/50'");
  return z.string(e).regex(MIX_PATTERN, e).describe(description);
}

export function text(description: string) {
  const e = expecting("text");
  return z.string(e).describe(description);
}

/** Identifiers: a letter, then letters, digits, `_`, `-` or `.`. */
export function identifier(description: string) {
  const e = expecting("an id (a letter, then letters, digits, '_', '-' or '.')");
  return z
    .string(e)
    .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, e)
    .describe(description);
}

export function flag(description: string) {
  const e = expecting("true or false");
  return z.boolean(e).describe(description);
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, description: string) {
  const e = expecting(`one of ${values.map((v) => `'${v}'`).join(", ")}`);
  return z.enum(values, e).describe(description);
}

/** A list with an item schema; the list itself fails with `expected a list of <what>`. */
export function listOf<T extends z.ZodType>(item: T, what: string, description: string) {
  return z.array(item, expecting(`a list of ${what}`)).describe(description);
}

/**
 * A mapping with exactly these keys (unknown keys are errors, reported one by one with the
 * nearest valid key by the issue mapper).
 */
export function mapping<S extends z.ZodRawShape>(shape: S, what: string, description: string) {
  return z
    .strictObject(shape, {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? undefined
          : issue.input === undefined
            ? `missing: expected ${what}`
            : `expected ${what}, got ${describeValue(issue.input)}`,
    })
    .describe(description);
}
