/**
 * Simulation time: month 0 is the experiment's start month; ledger dates are real ISO dates so
 * plan calendars (fiscal years, periods, last weeks) apply unchanged (DESIGN §5). A PlanClock
 * places each simulated month inside one plan calendar's periods.
 */

import type { Calendar, Plan } from "../language/canonical.js";
import { PERIODS_PER_YEAR } from "../language/canonical.js";
import { addMonths, civilFromDays, formatDay, parseDay } from "../plan/dates.js";

export class SimCalendar {
  /** Day number of the first day of month m, for m = 0 … months (the last is the end bound). */
  readonly monthStart: Int32Array;
  /** Calendar month (1–12) of simulated month m. */
  readonly calendarMonth: Int32Array;
  private readonly dates: string[] = [];

  constructor(
    start: string,
    readonly months: number,
  ) {
    const first = parseDay(start);
    if (civilFromDays(first).day !== 1)
      throw new RangeError(`experiment start must be the first of a month: ${start}`);
    this.monthStart = new Int32Array(months + 1);
    this.calendarMonth = new Int32Array(months);
    for (let m = 0; m <= months; m++) this.monthStart[m] = addMonths(first, m);
    for (let m = 0; m < months; m++) this.calendarMonth[m] = civilFromDays(this.monthStart[m]!).month;
  }

  daysIn(m: number): number {
    return this.monthStart[m + 1]! - this.monthStart[m]!;
  }

  /** Day number of a day inside month m chosen by a uniform u (0 → first day, → last day). */
  dayAt(m: number, u: number): number {
    return this.monthStart[m]! + Math.min(this.daysIn(m) - 1, Math.floor(u * this.daysIn(m)));
  }

  /** Simulated month containing a day number (−1 before the start, months after the end). */
  monthOf(day: number): number {
    const ms = this.monthStart;
    if (day < ms[0]!) return -1;
    let lo = 0;
    let hi = this.months;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ms[mid]! <= day) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** ISO text of a day number (cached: a trial formats the same few thousand days many times). */
  iso(day: number): string {
    const k = day - this.monthStart[0]!;
    if (k < 0 || k > 40_000) return formatDay(day);
    let s = this.dates[k];
    if (s === undefined) {
      s = formatDay(day);
      this.dates[k] = s;
    }
    return s;
  }
}

/** Each rep's plan clock (null without a plan), one PlanClock per distinct plan. */
export function planClocks(cal: SimCalendar, plans: readonly (Plan | null)[]): (PlanClock | null)[] {
  const byPlan = new Map<Plan, PlanClock>();
  return plans.map((p) => {
    if (p === null) return null;
    let c = byPlan.get(p);
    if (c === undefined) {
      c = new PlanClock(cal, p.calendar);
      byPlan.set(p, c);
    }
    return c;
  });
}

/** Where each simulated month sits in one plan calendar. */
export class PlanClock {
  readonly monthsPerPeriod: number;
  readonly monthInFiscalYear: Int32Array;
  readonly monthInPeriod: Int32Array;
  /** Simulated month of the first month of the next period. */
  readonly nextPeriodStart: Int32Array;
  /** Running period number (fiscal year × periods per year + index). */
  readonly periodOrdinal: Int32Array;

  constructor(
    sim: SimCalendar,
    readonly calendar: Calendar,
  ) {
    const n = sim.months;
    this.monthsPerPeriod = 12 / PERIODS_PER_YEAR[calendar.period];
    this.monthInFiscalYear = new Int32Array(n);
    this.monthInPeriod = new Int32Array(n);
    this.nextPeriodStart = new Int32Array(n);
    this.periodOrdinal = new Int32Array(n);
    for (let m = 0; m < n; m++) {
      const civil = civilFromDays(sim.monthStart[m]!);
      const inFy = (civil.month - calendar.fiscalYearStartMonth + 12) % 12;
      const fy = civil.month >= calendar.fiscalYearStartMonth ? civil.year : civil.year - 1;
      this.monthInFiscalYear[m] = inFy;
      this.monthInPeriod[m] = inFy % this.monthsPerPeriod;
      this.nextPeriodStart[m] = m + this.monthsPerPeriod - this.monthInPeriod[m]!;
      this.periodOrdinal[m] = fy * (12 / this.monthsPerPeriod) + Math.floor(inFy / this.monthsPerPeriod);
    }
  }

  isLastMonthOfPeriod(m: number): boolean {
    return this.monthInPeriod[m] === this.monthsPerPeriod - 1;
  }
}
