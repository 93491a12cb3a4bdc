/**
 * A plan's calendar: fiscal years aligned to the fiscal-year start month, cut into periods
 * (month, quarter, half, year). A fiscal year is named by the calendar year it starts in:
 * with a February start, FY2025 runs 2025-02-01 … 2026-01-31. Period ids count inside the
 * fiscal year: FY2025-M03 is its third month, FY2025-Q1 its first quarter.
 */
import { type Calendar, PERIODS_PER_YEAR } from "../language/canonical.js";
import { addMonths, civilFromDays, daysFromCivil, formatDay, monthOrdinal } from "./dates.js";
import type { PeriodInfo } from "./statement.js";

/** A period with its day-number bounds (inclusive) and months, for plan math. */
export interface PeriodDef {
  readonly info: PeriodInfo;
  readonly startDay: number;
  /** Last day, inclusive. */
  readonly endDay: number;
  readonly days: number;
  /** Calendar-month ordinals the period spans (see dates.monthOrdinal). */
  readonly firstMonth: number;
  readonly months: number;
  /** Running number across fiscal years: fiscalYear × periodsPerYear + index. */
  readonly ordinal: number;
  readonly periodsPerYear: number;
}

export function periodsPerYear(calendar: Calendar): number {
  return PERIODS_PER_YEAR[calendar.period];
}

/** The fiscal year containing a day. */
export function fiscalYearOf(calendar: Calendar, day: number): number {
  const c = civilFromDays(day);
  return c.month >= calendar.fiscalYearStartMonth ? c.year : c.year - 1;
}

export function fiscalYearStart(calendar: Calendar, fiscalYear: number): number {
  return daysFromCivil(fiscalYear, calendar.fiscalYearStartMonth, 1);
}

/** Last day (inclusive) of a fiscal year. */
export function fiscalYearEnd(calendar: Calendar, fiscalYear: number): number {
  return fiscalYearStart(calendar, fiscalYear + 1) - 1;
}

function periodId(kind: Calendar["period"], fiscalYear: number, index: number): string {
  switch (kind) {
    case "month":
      return `FY${fiscalYear}-M${String(index + 1).padStart(2, "0")}`;
    case "quarter":
      return `FY${fiscalYear}-Q${index + 1}`;
    case "half":
      return `FY${fiscalYear}-H${index + 1}`;
    case "year":
      return `FY${fiscalYear}`;
  }
}

/** The periods of one fiscal year, in order. */
export function fiscalYearPeriods(calendar: Calendar, fiscalYear: number): PeriodDef[] {
  const n = periodsPerYear(calendar);
  const monthsPer = 12 / n;
  const fyStart = fiscalYearStart(calendar, fiscalYear);
  const out: PeriodDef[] = [];
  for (let index = 0; index < n; index++) {
    const startDay = addMonths(fyStart, index * monthsPer);
    const endDay = addMonths(fyStart, (index + 1) * monthsPer) - 1;
    out.push({
      info: {
        id: periodId(calendar.period, fiscalYear, index),
        fiscalYear,
        index,
        start: formatDay(startDay),
        end: formatDay(endDay),
      },
      startDay,
      endDay,
      days: endDay - startDay + 1,
      firstMonth: monthOrdinal(startDay),
      months: monthsPer,
      ordinal: fiscalYear * n + index,
      periodsPerYear: n,
    });
  }
  return out;
}

/** Every period overlapping [startDay, endDay], in order, from whole fiscal years. */
export function periodsCovering(calendar: Calendar, startDay: number, endDay: number): PeriodDef[] {
  const out: PeriodDef[] = [];
  const last = fiscalYearOf(calendar, endDay);
  for (let fy = fiscalYearOf(calendar, startDay); fy <= last; fy++) {
    for (const p of fiscalYearPeriods(calendar, fy)) {
      if (p.endDay >= startDay && p.startDay <= endDay) out.push(p);
    }
  }
  return out;
}

/** The first and last day a rep is on the plan: max(hire, planStart) … min(termination, planEnd). */
export interface OnPlan {
  readonly fromDay: number;
  readonly toDay: number;
}

/** Days on plan inside [startDay, endDay] divided by the days of that span (0–1). */
export function prorationShare(onPlan: OnPlan, startDay: number, endDay: number): number {
  const from = Math.max(onPlan.fromDay, startDay);
  const to = Math.min(onPlan.toDay, endDay);
  return to < from ? 0 : (to - from + 1) / (endDay - startDay + 1);
}

/**
 * Months of tenure of a calendar month (by ordinal): 0 in the hire month, 1 in the next, …
 * Calendar months, not anniversaries, so a whole period maps to whole ramp steps; months before
 * hire count as 0 (proration, not the ramp, handles days before hire).
 */
export function tenureMonth(hireDay: number, monthOrdinalValue: number): number {
  return Math.max(0, monthOrdinalValue - monthOrdinal(hireDay));
}

/**
 * Ramp multiplier of a period: the ramp of each of its calendar months (1 after the list ends),
 * averaged over the period's months. `hireMonth` is the hire date's month ordinal.
 */
export function rampFactor(ramp: readonly number[], hireMonth: number, period: PeriodDef): number {
  if (ramp.length === 0 || period.firstMonth - hireMonth >= ramp.length) return 1;
  let sum = 0;
  for (let m = 0; m < period.months; m++) {
    const t = Math.max(0, period.firstMonth + m - hireMonth);
    sum += t < ramp.length ? ramp[t]! : 1;
  }
  return sum / period.months;
}
