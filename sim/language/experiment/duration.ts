/**
 * Durations of the experiment language: `24` (months), `"24 months"`, `"8 quarters"`,
 * `"2 years"`, and their singulars. Resolved to whole months.
 */
import * as z from "zod";
import { expecting } from "../inputScalars.js";

/** Longest duration the language accepts (50 years): a simulation keeps per-month state, so a
 * horizon of 100,000 years is refused here, before anything is expanded month by month. */
export const MAX_DURATION_MONTHS = 600;

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
    .pipe(
      z.number().max(MAX_DURATION_MONTHS, {
        error: (issue) =>
          `${issue.input} months is longer than the limit of ${MAX_DURATION_MONTHS} months (50 years)`,
      }),
    )
    .describe(description);
}
