/** ISO date arithmetic for the generator (UTC, no clock), on top of sim/plan/dates.ts. */
import {
  addMonths as addMonthsToDay,
  daysInMonth as civilDaysInMonth,
  civilFromDays,
  daysFromCivil,
  formatDay,
  parseDay,
} from "../../plan/dates.js";

export const toDay = parseDay;
export const fromDay = formatDay;
export const addDays = (iso: string, n: number): string => formatDay(parseDay(iso) + n);

/** First day of the month `n` months after the month of `iso`. */
export function monthStart(iso: string, n = 0): string {
  const c = civilFromDays(parseDay(iso));
  return formatDay(addMonthsToDay(daysFromCivil(c.year, c.month, 1), n));
}

export function daysInMonth(iso: string): number {
  return civilDaysInMonth(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)));
}

/** Same day `n` months later, clamped to the month's length. */
export function addMonths(iso: string, n: number): string {
  return formatDay(addMonthsToDay(parseDay(iso), n));
}

/** 1–3: month position within its calendar quarter. */
export const monthInQuarter = (iso: string): number => ((Number(iso.slice(5, 7)) - 1) % 3) + 1;
