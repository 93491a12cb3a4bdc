/**
 * timing.lastMonthShare / timing.lastWeekShare: the share of booking ARR dated in the last
 * calendar month, and in the last 7 days, of the plan period that contains it. Under
 * period-based accelerators reps pull deals into (or push them out of) a period, so bookings
 * bunch at period ends (Oyer 1998; Larkin 2014); spread evenly, about 1/3 of a quarter's value
 * would fall in its last month and 7/91 in its last week.
 *
 * Conventions (backtest and simulation alike): a booking counts in the period of the crediting
 * plan's calendar that contains its day (bookings outside every period are left out); sums are
 * accumulated so that bookings under plans with different calendars pool exactly; the shares are
 * NaN when no booking value was counted.
 */
/** A calendar's periods as typed columns (sim/trial/periodTable.ts builds it from a plan calendar). */
export interface PeriodTable {
  readonly count: number;
  readonly start: Int32Array;
  /** Last day, inclusive. */
  readonly end: Int32Array;
  /** First day of the period's last calendar month. */
  readonly lastMonthStart: Int32Array;
}

/** Accumulator layout: [booked value, value in last months, value in last weeks, bookings]. */
export const TIMING_ACC = 4;

/** Index of the period containing `day` (periods ascending, disjoint), or −1. */
export function periodIndex(periods: PeriodTable, day: number): number {
  let lo = 0;
  let hi = periods.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (day < periods.start[mid]!) hi = mid - 1;
    else if (day > periods.end[mid]!) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Adds bookings (day numbers, amounts) 0…n−1 into acc (TIMING_ACC values, from `at`). */
export function accumulatePeriodEnds(
  days: ArrayLike<number>,
  amounts: ArrayLike<number>,
  n: number,
  periods: PeriodTable,
  acc: Float64Array,
  at = 0,
): void {
  for (let k = 0; k < n; k++) {
    const day = days[k]!;
    const p = periodIndex(periods, day);
    if (p < 0) continue;
    const amount = amounts[k]!;
    acc[at] = acc[at]! + amount;
    if (day >= periods.lastMonthStart[p]!) acc[at + 1] = acc[at + 1]! + amount;
    if (day > periods.end[p]! - 7) acc[at + 2] = acc[at + 2]! + amount;
    acc[at + 3] = acc[at + 3]! + 1;
  }
}

export function lastMonthShare(acc: Float64Array, at = 0): number {
  return acc[at]! > 0 ? acc[at + 1]! / acc[at]! : Number.NaN;
}

export function lastWeekShare(acc: Float64Array, at = 0): number {
  return acc[at]! > 0 ? acc[at + 2]! / acc[at]! : Number.NaN;
}
