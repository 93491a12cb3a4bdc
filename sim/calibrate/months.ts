/** Whole-month arithmetic on ISO dates for calibration (calendar months, UTC). */
import { monthOrdinal, parseDay } from "../plan/dates.js";

/** Calendar months from `from` to `to` (e.g. 2024-01-31 → 2024-03-01 is 2). */
export function monthsBetween(from: string, to: string): number {
  return monthOrdinal(parseDay(to)) - monthOrdinal(parseDay(from));
}

/** Months in [from, to] inclusive of both ends' months (an account active Jan–Mar has 3). */
export function monthsSpanned(from: string, to: string): number {
  return monthsBetween(from, to) + 1;
}
