/**
 * A plan calendar's periods over a span of days as typed columns (start, end, first day of the
 * last calendar month) for the timing kernel (sim/metrics/kernels/periodEndShares.ts), built once
 * per calendar and span so a booking's period is found by binary search. Used by the trial's
 * measurement and the backtest alike; it lives above sim/metrics because it reads plan calendars.
 */
import type { Calendar } from "../language/canonical.js";
import type { PeriodTable } from "../metrics/kernels/periodEndShares.js";
import { periodsCovering } from "../plan/calendar.js";
import { addMonths } from "../plan/dates.js";

/** Every period of the calendar overlapping [fromDay, toDay], whole (not cut at the span's ends). */
export function periodTable(calendar: Calendar, fromDay: number, toDay: number): PeriodTable {
  const periods = periodsCovering(calendar, fromDay, toDay);
  const count = periods.length;
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const lastMonthStart = new Int32Array(count);
  periods.forEach((p, i) => {
    start[i] = p.startDay;
    end[i] = p.endDay;
    lastMonthStart[i] = addMonths(p.endDay + 1, -1);
  });
  return { count, start, end, lastMonthStart };
}
