/**
 * The curves Larkin (2014) reports for deal timing, from booked value (issue 12 item 4): booked
 * value by week of the plan period with the period's last day apart, value-weighted discount by
 * the same buckets, and booked value by month of the fiscal year (Oyer 1998: the year-end spike
 * and the lull after it). The same kernel reads simulated bookings (sim/trial/timingCurves.ts)
 * and history (sim/backtest), so simulated and historical curves overlay exactly.
 *
 * Buckets of a period with W weeks (W = its whole weeks: 4 for a month, 13 for a quarter): week w
 * (0-based) holds days 7w … 7w + 6 from the period's start, the last week also the trailing days
 * beyond whole weeks, except the period's last day, which is bucket W. Sums, not shares, are
 * accumulated, so trials and calendars pool exactly; a booking outside every period, or without a
 * fiscal month, is left out of the matching part.
 */
import { type PeriodTable, periodIndex } from "./periodEndShares.js";

/** Months as typed columns: first day of each month (ascending) and its 0-based month of the fiscal year. */
export interface MonthTable {
  readonly count: number;
  readonly start: Int32Array;
  readonly fiscalMonth: Int8Array;
  /** Last day of the last month (inclusive). */
  readonly endDay: number;
}

/** Values accumulated for W weeks: value, value with a known discount, discount × value (W + 1 each), 12 months. */
export function curveLength(weeks: number): number {
  return 3 * (weeks + 1) + 12;
}

/** Index of the month containing `day` (months ascending, contiguous), or −1 outside them. */
function monthIndex(months: MonthTable, day: number): number {
  let lo = 0;
  let hi = months.count - 1;
  if (hi < 0 || day < months.start[0]! || day > months.endDay) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (months.start[mid]! <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The bucket of a day inside period p: its week, or W for the period's last day. */
export function weekBucket(periods: PeriodTable, p: number, day: number, weeks: number): number {
  if (day === periods.end[p]!) return weeks;
  return Math.min(weeks - 1, Math.floor((day - periods.start[p]!) / 7));
}

/** Adds bookings 0…n−1 (day numbers, amounts, discounts — NaN when unknown) into acc from `at`. */
export function accumulatePeriodCurves(
  days: ArrayLike<number>,
  amounts: ArrayLike<number>,
  discounts: ArrayLike<number>,
  n: number,
  periods: PeriodTable,
  weeks: number,
  months: MonthTable,
  acc: Float64Array,
  at = 0,
): void {
  const b = weeks + 1;
  for (let k = 0; k < n; k++) {
    const day = days[k]!;
    const amount = amounts[k]!;
    const p = periodIndex(periods, day);
    if (p >= 0) {
      const w = weekBucket(periods, p, day, weeks);
      acc[at + w] = acc[at + w]! + amount;
      const d = discounts[k]!;
      if (Number.isFinite(d)) {
        acc[at + b + w] = acc[at + b + w]! + amount;
        acc[at + 2 * b + w] = acc[at + 2 * b + w]! + d * amount;
      }
    }
    const m = monthIndex(months, day);
    if (m >= 0) {
      const f = at + 3 * b + months.fiscalMonth[m]!;
      acc[f] = acc[f]! + amount;
    }
  }
}

export interface PeriodCurves {
  readonly weeks: number;
  /** Share of booked value by week of the period (W values; the last day apart). */
  readonly volumeShareByWeek: readonly number[];
  /** Share of booked value signed on the period's last day. */
  readonly lastDayShare: number;
  /** Value-weighted mean discount by week, then the last day (W + 1 values; NaN where none). */
  readonly discountByWeek: readonly number[];
  /** Share of booked value by month of the fiscal year (12 values). */
  readonly volumeShareByFiscalMonth: readonly number[];
}

/** Shares from accumulated sums (NaN where nothing was booked). */
export function periodCurves(acc: ArrayLike<number>, weeks: number, at = 0): PeriodCurves {
  const b = weeks + 1;
  let total = 0;
  for (let w = 0; w < b; w++) total += acc[at + w]!;
  let year = 0;
  for (let m = 0; m < 12; m++) year += acc[at + 3 * b + m]!;
  const share = (x: number, of: number) => (of > 0 ? x / of : Number.NaN);
  const byWeek = Array.from({ length: b }, (_, w) => share(acc[at + w]!, total));
  return {
    weeks,
    volumeShareByWeek: byWeek.slice(0, weeks),
    lastDayShare: byWeek[weeks]!,
    discountByWeek: Array.from({ length: b }, (_, w) => share(acc[at + 2 * b + w]!, acc[at + b + w]!)),
    volumeShareByFiscalMonth: Array.from({ length: 12 }, (_, m) => share(acc[at + 3 * b + m]!, year)),
  };
}
