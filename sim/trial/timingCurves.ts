/**
 * Larkin's deal-timing curves of a trial (sim/metrics/kernels/periodCurves.ts): the horizon's
 * bookings by week of the crediting AE plan's periods (last day apart), their value-weighted
 * discount, and booked value by month of that plan's fiscal year. Without an AE plan, a quarterly
 * calendar from January. Lives in the trial layer because it reads plan calendars.
 */
import type { Calendar } from "../language/canonical.js";
import { accumulatePeriodCurves, curveLength, type MonthTable } from "../metrics/kernels/periodCurves.js";
import { addMonths, civilFromDays } from "../plan/dates.js";
import type { WorldState } from "../world/state.js";
import { periodTable } from "./periodTable.js";

/** Whole weeks in the calendar's shortest period: the week buckets of its curves. */
export function periodWeeks(calendar: Calendar): number {
  switch (calendar.period) {
    case "month":
      return 4;
    case "quarter":
      return 13;
    case "half":
      return 26;
    default:
      return 52;
  }
}

/** The calendar months covering [fromDay, toDay] with their 0-based month of the fiscal year. */
export function monthTable(calendar: Calendar, fromDay: number, toDay: number): MonthTable {
  const first = civilFromDays(fromDay);
  const starts: number[] = [];
  const fiscal: number[] = [];
  let d = fromDay - (first.day - 1);
  for (; d <= toDay; d = addMonths(d, 1)) {
    starts.push(d);
    fiscal.push((civilFromDays(d).month - calendar.fiscalYearStartMonth + 12) % 12);
  }
  return {
    count: starts.length,
    start: Int32Array.from(starts),
    fiscalMonth: Int8Array.from(fiscal),
    endDay: d - 1,
  };
}

export const DEFAULT_CALENDAR: Calendar = { period: "quarter", fiscalYearStartMonth: 1 };

/** The accumulated curve sums of a world's horizon bookings (curveLength(periodWeeks) values). */
export function trialTimingCurves(s: WorldState, calendar: Calendar): Float64Array {
  const weeks = periodWeeks(calendar);
  const acc = new Float64Array(curveLength(weeks));
  const from = s.cal.monthStart[0]!;
  const to = s.cal.monthStart[s.horizon]! - 1;
  const t = s.tallies;
  accumulatePeriodCurves(
    t.bookingDay,
    t.bookingArr,
    t.bookingDiscount,
    t.bookingDay.length,
    periodTable(calendar, from, to),
    weeks,
    monthTable(calendar, from, to),
    acc,
  );
  return acc;
}
