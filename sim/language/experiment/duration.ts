/**
 * Durations of the experiment language: `24` (months), `"24 months"`, `"8 quarters"`,
 * `"2 years"`, and their singulars. Resolved to whole months.
 */
import * as z from "zod";
import { expecting } from "../inputScalars.js";

export const DURATION_IN_MONTHS_PATTERN = /^\d+\s*(months?|quarters?|years?)$/;

const UNIT_MONTHS: Readonly<Record<string, number>> = { month: 1, quarter: 3, year: 12 };

export function resolveDurationMonths(value: number | string): number {
  if (typeof value === "number") return value;
  const match = /^(\d+)\s*(month|quarter|year)s?$/.exec(value.trim());
  if (!match) return Number.NaN;
  return Number(match[1]) * UNIT_MONTHS[match[2]!]!;
}

/** A duration in whole months as the experiment language writes it (a zod schema). */
export function durationSchema(description: string) {
  const e = expecting("a duration like 24, '24 months', '8 quarters' or '2 years'");
  return z
    .union([z.number(e).int(e).min(0, e), z.string(e).regex(DURATION_IN_MONTHS_PATTERN, e)], e)
    .transform(resolveDurationMonths)
    .describe(description);
}
