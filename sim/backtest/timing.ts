/**
 * Deal-timing diagnostics of a backtest (DESIGN §8 `timing.*`): the last-month and last-week
 * shares from the shared kernel (sim/metrics/kernels/periodEndShares.ts, the simulation's too),
 * plus what only a history can show — booked value and value-weighted discount by week of the
 * plan period, and the shares an even spread over the periods' days would give (the
 * no-bunching reference). Uniform timing puts about 1/3 of a quarter's value in its last month
 * and 7/91 in its last week.
 */

import type { Calendar } from "../language/canonical.js";
import {
  accumulatePeriodEnds,
  lastMonthShare,
  lastWeekShare,
  type PeriodTable,
  periodIndex,
  TIMING_ACC,
} from "../metrics/kernels/periodEndShares.js";
import { periodTable } from "../trial/periodTable.js";

export interface DatedAmount {
  /** Day number (sim/plan/dates.ts parseDay). */
  readonly day: number;
  readonly amount: number;
  /** Discount off list price (0–1), when known; NaN otherwise. */
  readonly discount: number;
}

export interface TimingDiagnostics {
  /** NaN when no booking value was counted. */
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
  readonly lastMonthValue: number;
  readonly lastWeekValue: number;
  /** Days covered by the periods (the weight of the uniform reference when merging). */
  readonly days: number;
  /** Days of the periods' last months, and 7 per period: the uniform shares' numerators. */
  readonly lastMonthDays: number;
  readonly lastWeekDays: number;
}

/** Diagnostics of bookings under one calendar's periods overlapping [fromDay, toDay]. */
export function timingDiagnostics(
  bookings: readonly DatedAmount[],
  calendar: Calendar,
  fromDay: number,
  toDay: number,
): TimingDiagnostics {
  return diagnose(bookings, periodTable(calendar, fromDay, toDay));
}

function diagnose(bookings: readonly DatedAmount[], periods: PeriodTable): TimingDiagnostics {
  const acc = new Float64Array(TIMING_ACC);
  accumulatePeriodEnds(
    bookings.map((b) => b.day),
    bookings.map((b) => b.amount),
    bookings.length,
    periods,
    acc,
  );
  const weeks = byWeek(bookings, periods);
  let days = 0;
  let lastMonthDays = 0;
  for (let p = 0; p < periods.count; p++) {
    days += periods.end[p]! - periods.start[p]! + 1;
    lastMonthDays += periods.end[p]! - periods.lastMonthStart[p]! + 1;
  }
  return {
    lastMonthShare: lastMonthShare(acc),
    lastWeekShare: lastWeekShare(acc),
    uniformLastMonthShare: days > 0 ? lastMonthDays / days : Number.NaN,
    uniformLastWeekShare: days > 0 ? (7 * periods.count) / days : Number.NaN,
    ...weeks,
    bookings: acc[3]!,
    totalValue: acc[0]!,
    lastMonthValue: acc[1]!,
    lastWeekValue: acc[2]!,
    days,
    lastMonthDays,
    lastWeekDays: 7 * periods.count,
  };
}

/** Value and value-weighted discount by week of the period containing each booking. */
function byWeek(bookings: readonly DatedAmount[], periods: PeriodTable) {
  const valueByWeek: number[] = [];
  const weighted: number[] = [];
  const discounted: number[] = [];
  for (const b of bookings) {
    const p = periodIndex(periods, b.day);
    if (p < 0) continue;
    const start = periods.start[p]!;
    // a period's trailing days beyond whole weeks (day 92 of a quarter) join its last week
    const week = Math.min(Math.floor((b.day - start) / 7), Math.floor((periods.end[p]! - start + 1) / 7) - 1);
    while (valueByWeek.length <= week) {
      valueByWeek.push(0);
      weighted.push(0);
      discounted.push(0);
    }
    valueByWeek[week]! += b.amount;
    if (Number.isFinite(b.discount)) {
      weighted[week]! += b.discount * b.amount;
      discounted[week]! += b.amount;
    }
  }
  return {
    valueByWeek,
    discountByWeek: weighted.map((d, i) => (discounted[i]! > 0 ? d / discounted[i]! : Number.NaN)),
  };
}

/**
 * Pools diagnostics of disjoint booking sets (one per plan calendar): shares from the pooled
 * sums, so the pooled share is the kernel's over all bookings at once.
 */
export function mergeTiming(parts: readonly TimingDiagnostics[]): TimingDiagnostics {
  const sum = (f: (p: TimingDiagnostics) => number) => parts.reduce((s, p) => s + f(p), 0);
  const total = sum((p) => p.totalValue);
  const days = sum((p) => p.days);
  const weeks = Math.max(0, ...parts.map((p) => p.valueByWeek.length));
  const valueByWeek = Array.from({ length: weeks }, (_, w) =>
    parts.reduce((s, p) => s + (p.valueByWeek[w] ?? 0), 0),
  );
  const discountByWeek = valueByWeek.map((_, w) => {
    let weighted = 0;
    let value = 0;
    for (const p of parts) {
      const d = p.discountByWeek[w];
      if (d !== undefined && Number.isFinite(d)) {
        weighted += d * p.valueByWeek[w]!;
        value += p.valueByWeek[w]!;
      }
    }
    return value > 0 ? weighted / value : Number.NaN;
  });
  const lastMonthValue = sum((p) => p.lastMonthValue);
  const lastWeekValue = sum((p) => p.lastWeekValue);
  const lastMonthDays = sum((p) => p.lastMonthDays);
  const lastWeekDays = sum((p) => p.lastWeekDays);
  return {
    lastMonthShare: total > 0 ? lastMonthValue / total : Number.NaN,
    lastWeekShare: total > 0 ? lastWeekValue / total : Number.NaN,
    uniformLastMonthShare: days > 0 ? lastMonthDays / days : Number.NaN,
    uniformLastWeekShare: days > 0 ? lastWeekDays / days : Number.NaN,
    discountByWeek,
    valueByWeek,
    bookings: sum((p) => p.bookings),
    totalValue: total,
    lastMonthValue,
    lastWeekValue,
    days,
    lastMonthDays,
    lastWeekDays,
  };
}
