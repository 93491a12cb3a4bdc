/**
 * Durations of the experiment language: `24` (months), `"24 months"`, `"8 quarters"`,
 * `"2 years"`, and their singulars. Resolved to whole months.
 */
export const DURATION_IN_MONTHS_PATTERN = /^\d+\s*(months?|quarters?|years?)$/;

const UNIT_MONTHS: Readonly<Record<string, number>> = { month: 1, quarter: 3, year: 12 };

export function resolveDurationMonths(value: number | string): number {
  if (typeof value === "number") return value;
  const match = /^(\d+)\s*(month|quarter|year)s?$/.exec(value.trim());
  if (!match) return Number.NaN;
  return Number(match[1]) * UNIT_MONTHS[match[2]!]!;
}
