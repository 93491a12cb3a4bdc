/**
 * Deal-timing diagnostics (DESIGN §8 `timing.*`): how much credited booking value lands at the
 * end of a plan period. Under period-based accelerators, reps pull deals into (or push them out
 * of) a period, so bookings bunch at period end (Oyer 1998; Larkin 2014). Uniform timing would
 * put about 1/3 of a quarter's value in its last month and about 7/91 in its last week.
 */
import { parseDay } from "../plan/dates.js";
import type { PeriodInfo } from "../plan/statement.js";

export interface DatedAmount {
  readonly date: string;
  readonly amount: number;
  /** Discount off list price (0–1), when known; NaN otherwise. */
  readonly discount: number;
}

export interface TimingDiagnostics {
  readonly lastMonthShare: number;
  readonly lastWeekShare: number;
  /** Share of the value if bookings were spread evenly over days (the no-bunching reference). */
  readonly uniformLastMonthShare: number;
  readonly uniformLastWeekShare: number;
  /** Value-weighted mean discount by week of period (week 1 = first 7 days); NaN when no data. */
  readonly discountByWeek: readonly number[];
  /** Booked value by week of period. */
  readonly valueByWeek: readonly number[];
  readonly bookings: number;
  readonly totalValue: number;
  /** Days covered by the periods (the weight of the uniform reference when merging). */
  readonly days: number;
}

/** First day of the last calendar month of a period (its end date's month). */
function lastMonthStart(period: PeriodInfo): number {
  return parseDay(`${period.end.slice(0, 7)}-01`);
}

export function timingDiagnostics(
  bookings: readonly DatedAmount[],
  periods: readonly PeriodInfo[],
): TimingDiagnostics {
  const bounds = periods.map((p) => ({
    start: parseDay(p.start),
    end: parseDay(p.end),
    lastMonth: lastMonthStart(p),
  }));
  let total = 0;
  let lastMonth = 0;
  let lastWeek = 0;
  let counted = 0;
  const valueByWeek: number[] = [];
  const discountWeighted: number[] = [];
  const discountValue: number[] = [];
  for (const booking of bookings) {
    const day = parseDay(booking.date);
    const period = bounds.find((b) => day >= b.start && day <= b.end);
    if (!period) continue;
    counted++;
    total += booking.amount;
    if (day >= period.lastMonth) lastMonth += booking.amount;
    if (day > period.end - 7) lastWeek += booking.amount;
    // a period's trailing days beyond whole weeks (day 92 of a quarter) join its last week
    const week = Math.min(
      Math.floor((day - period.start) / 7),
      Math.floor((period.end - period.start + 1) / 7) - 1,
    );
    while (valueByWeek.length <= week) {
      valueByWeek.push(0);
      discountWeighted.push(0);
      discountValue.push(0);
    }
    valueByWeek[week]! += booking.amount;
    if (Number.isFinite(booking.discount)) {
      discountWeighted[week]! += booking.discount * booking.amount;
      discountValue[week]! += booking.amount;
    }
  }
  const uniform = uniformShares(bounds);
  return {
    lastMonthShare: total > 0 ? lastMonth / total : 0,
    lastWeekShare: total > 0 ? lastWeek / total : 0,
    uniformLastMonthShare: uniform.lastMonth,
    uniformLastWeekShare: uniform.lastWeek,
    discountByWeek: discountWeighted.map((d, i) =>
      discountValue[i]! > 0 ? d / discountValue[i]! : Number.NaN,
    ),
    valueByWeek,
    bookings: counted,
    totalValue: total,
    days: uniform.days,
  };
}

/** Combine diagnostics of disjoint booking sets (e.g. one per plan calendar), value-weighted. */
export function mergeTiming(parts: readonly TimingDiagnostics[]): TimingDiagnostics {
  const total = parts.reduce((s, p) => s + p.totalValue, 0);
  const days = parts.reduce((s, p) => s + p.days, 0);
  const weeks = Math.max(0, ...parts.map((p) => p.valueByWeek.length));
  const valueByWeek = Array.from({ length: weeks }, (_, w) =>
    parts.reduce((s, p) => s + (p.valueByWeek[w] ?? 0), 0),
  );
  const discountByWeek = valueByWeek.map((v, w) => {
    let weighted = 0;
    let value = 0;
    for (const p of parts) {
      const d = p.discountByWeek[w];
      if (d !== undefined && Number.isFinite(d)) {
        weighted += d * p.valueByWeek[w]!;
        value += p.valueByWeek[w]!;
      }
    }
    return value > 0 && v > 0 ? weighted / value : Number.NaN;
  });
  const byValue = (f: (p: TimingDiagnostics) => number) =>
    total > 0 ? parts.reduce((s, p) => s + f(p) * p.totalValue, 0) / total : 0;
  const byDays = (f: (p: TimingDiagnostics) => number) =>
    days > 0 ? parts.reduce((s, p) => s + f(p) * p.days, 0) / days : 0;
  return {
    lastMonthShare: byValue((p) => p.lastMonthShare),
    lastWeekShare: byValue((p) => p.lastWeekShare),
    uniformLastMonthShare: byDays((p) => p.uniformLastMonthShare),
    uniformLastWeekShare: byDays((p) => p.uniformLastWeekShare),
    discountByWeek,
    valueByWeek,
    bookings: parts.reduce((s, p) => s + p.bookings, 0),
    totalValue: total,
    days,
  };
}

function uniformShares(bounds: readonly { start: number; end: number; lastMonth: number }[]): {
  lastMonth: number;
  lastWeek: number;
  days: number;
} {
  let days = 0;
  let monthDays = 0;
  for (const b of bounds) {
    days += b.end - b.start + 1;
    monthDays += b.end - b.lastMonth + 1;
  }
  return {
    lastMonth: days > 0 ? monthDays / days : 0,
    lastWeek: days > 0 ? (7 * bounds.length) / days : 0,
    days,
  };
}
