/**
 * Where an un-gamed deal closes (issue 17, sim/history/ungaming.ts): a deal on day `day` of month
 * `month`, in the simulated period of `blockMonths` months starting at month p0, sits in a bucket
 * of its period (week w = days [7w, 7w + 7), the last week running to the day before the period's
 * last day, the last day apart). With the bucket's move probability it moves to a day drawn from
 * the buckets weighted by their deficit (history's shortfall against an even spread of value over
 * the period's days), restricted to days not before the month after its creation (its feasible
 * window: a deal is never closed before it was engaged). A deal with no such day in its own period
 * (created in the period's last month) cannot have been held there: it was pulled in, and goes back
 * to a day of the next period's first month, drawn the same way. Returns null when it stays.
 */
import type { HistoryUngaming } from "../core/history.js";
import type { SimCalendar } from "./clock.js";

export interface MovedDay {
  readonly month: number;
  readonly day: number;
}

/** Bucket of a day position in a period of `days` days with `weeks` week buckets. */
export function bucketOf(pos: number, days: number, weeks: number): number {
  return pos >= days - 1 ? weeks : Math.min(weeks - 1, Math.floor(pos / 7));
}

/** [start, end) of bucket b in a period of `days` days. */
export function bucketSpan(b: number, days: number, weeks: number): [number, number] {
  if (b === weeks) return [days - 1, days];
  return [Math.min(7 * b, days - 1), b === weeks - 1 ? days - 1 : Math.min(7 * b + 7, days - 1)];
}

export function ungamedDay(
  u: HistoryUngaming,
  cal: SimCalendar,
  p0: number,
  blockMonths: number,
  month: number,
  day: number,
  createdMonth: number,
  uMove: number,
  uDest: number,
): MovedDay | null {
  const weeks = u.moveProb.length - 1;
  const end = Math.min(p0 + blockMonths, cal.months);
  const start = cal.monthStart[p0]!;
  const days = cal.monthStart[end]! - start;
  const pos = cal.monthStart[month]! - start + day;
  if (!(uMove < u.moveProb[bucketOf(pos, days, weeks)]!)) return null;
  const earliest = Math.max(p0, createdMonth + 1);
  // held: due on a day of its own period from `earliest` on (not possible if created after it)
  const here = earliest < end ? weights(u, cal, p0, end, earliest, end) : null;
  if (earliest < end - 1) return here === null ? null : pick(here, uDest);
  // due in the period's last month at the earliest: held inside it, or pulled in from the next
  // period's first month, in proportion to the two windows' shortfalls
  const nextEnd = Math.min(end + blockMonths, cal.months);
  const next = end + 1 <= cal.months ? weights(u, cal, end, nextEnd, end, end + 1) : null;
  const a = here?.total ?? 0;
  const b = next?.total ?? 0;
  if (!(a + b > 0)) return null;
  const x = uDest * (a + b);
  return x < a ? pick(here!, x / a) : pick(next!, Math.min(0.999999, (x - a) / b));
}

interface Window {
  readonly cal: SimCalendar;
  readonly start: number;
  readonly days: number;
  readonly weeks: number;
  readonly from: number;
  readonly to: number;
  readonly minPos: number;
  readonly maxPos: number;
  readonly weight: Float64Array;
  readonly total: number;
}

/** Deficit weights of the buckets of period [p0, end) inside months [from, to) (each by its share of days in the window). */
function weights(
  u: HistoryUngaming,
  cal: SimCalendar,
  p0: number,
  end: number,
  from: number,
  to: number,
): Window {
  const weeks = u.moveProb.length - 1;
  const start = cal.monthStart[p0]!;
  const days = cal.monthStart[end]! - start;
  const minPos = cal.monthStart[from]! - start;
  const maxPos = cal.monthStart[to]! - start;
  let total = 0;
  const weight = new Float64Array(weeks + 1);
  for (let b = 0; b <= weeks; b++) {
    const [lo, hi] = bucketSpan(b, days, weeks);
    const feasible = Math.max(0, Math.min(hi, maxPos) - Math.max(lo, minPos));
    weight[b] = hi > lo ? (u.deficit[b]! * feasible) / (hi - lo) : 0;
    total += weight[b]!;
  }
  return { cal, start, days, weeks, from, to, minPos, maxPos, weight, total };
}

/** The day at uniform uDest of the window's weights; null when none has weight. */
function pick(w: Window, uDest: number): MovedDay | null {
  if (!(w.total > 0)) return null;
  let x = uDest * w.total;
  for (let b = 0; b <= w.weeks; b++) {
    const wb = w.weight[b]!;
    if (wb <= 0) continue;
    if (x < wb || b === w.weeks) {
      const [lo, hi] = bucketSpan(b, w.days, w.weeks);
      const a = Math.max(lo, w.minPos);
      const z = Math.min(hi, w.maxPos);
      const p = Math.min(z - 1, a + Math.floor((Math.min(x, wb) / wb) * (z - a)));
      let m = w.from;
      while (m + 1 < w.to && w.cal.monthStart[m + 1]! - w.start <= p) m++;
      return { month: m, day: p - (w.cal.monthStart[m]! - w.start) };
    }
    x -= wb;
  }
  return null;
}
