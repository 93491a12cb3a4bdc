/**
 * Where an un-gamed deal closes (issue 17, sim/history/ungaming.ts): a deal on day `day` of month
 * `month`, in the simulated period of `blockMonths` months starting at month p0, sits in a bucket
 * of its period (week w = days [7w, 7w + 7), the last week running to the day before the period's
 * last day, the last day apart). With the bucket's move probability it moves to a day drawn from
 * the buckets weighted by their deficit (history's shortfall against an even spread of value over
 * the period's days), restricted to days not before the month after its creation (its feasible
 * window: a deal is never closed before it was engaged). Returns null when it stays.
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
  if (earliest >= end) return null;
  const minPos = cal.monthStart[earliest]! - start;
  let total = 0;
  const weight = new Float64Array(weeks + 1);
  for (let b = 0; b <= weeks; b++) {
    const [lo, hi] = bucketSpan(b, days, weeks);
    const feasible = Math.max(0, hi - Math.max(lo, minPos));
    weight[b] = hi > lo ? (u.deficit[b]! * feasible) / (hi - lo) : 0;
    total += weight[b]!;
  }
  if (!(total > 0)) return null;
  let x = uDest * total;
  for (let b = 0; b <= weeks; b++) {
    const w = weight[b]!;
    if (w <= 0) continue;
    if (x < w || b === weeks) {
      const [lo, hi] = bucketSpan(b, days, weeks);
      const from = Math.max(lo, minPos);
      const p = Math.min(hi - 1, from + Math.floor((Math.min(x, w) / w) * (hi - from)));
      let m = earliest;
      while (m + 1 < end && cal.monthStart[m + 1]! - start <= p) m++;
      return { month: m, day: p - (cal.monthStart[m]! - start) };
    }
    x -= w;
  }
  return null;
}
