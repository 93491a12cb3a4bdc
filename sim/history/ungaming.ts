/**
 * How a history's pipeline is un-gamed before the historical plan's behaviour is fitted to it
 * (issue 17 item 2). The assumption: where no period-end pay moves them, deals close evenly over
 * the days of a period (the parametric world's honest reps do: cycles and days are uniform), so
 * what history piles above that — e.g. maven-crm's 49% of won value in the quarter's third month,
 * against 33% — is taken as moved there by the plan. The un-gamed pipeline moves a deal out of
 * bucket b (week of the period, the last day apart) with probability max(0, 1 − even_b / h_b) to a
 * day of a bucket history under-fills, drawn by the buckets' weights (sim/world/ungamedDay.ts draws
 * it per trial, inside the deal's feasible window: a deal created in the period's last month may
 * only go back to that month or the next period's first). Because of those windows the plain
 * shortfalls max(0, even_b − h_b) would refill the period unevenly (the buckets a deal can reach
 * get more than their share), so the weights are fitted: the expected un-gamed profile of the
 * history's own won deals is computed (every deal moved at its bucket's probability, its
 * destination integrated over STRATA draws) and each weight scaled by even_b / result_b, ITERATIONS
 * times. Which deals were moved history cannot say; the draw is per trial, so that uncertainty is
 * in the CIs. The behaviour fit (ungamingFit.ts) then finds the mix whose gaming rebuilds history's
 * profile from it.
 */
import type { HistoryDeals, HistoryUngaming } from "../core/history.js";
import { formatDay } from "../plan/dates.js";
import { SimCalendar } from "../world/clock.js";
import { bucketOf, bucketSpan, ungamedDay } from "../world/ungamedDay.js";

const STRATA = 16;
const ITERATIONS = 6;

/** The history's periods as a calendar: block k starts at month k × blockMonths (one spare period). */
function historyCalendar(blockStart: readonly number[], blockMonths: number): SimCalendar {
  return new SimCalendar(formatDay(blockStart[0]!), (blockStart.length + 1) * blockMonths);
}

export function ungaming(
  deals: HistoryDeals,
  blockStart: readonly number[],
  blockEnd: readonly number[],
  weeks: number,
  blockMonths: number,
): HistoryUngaming {
  const n = weeks + 1;
  const cal = historyCalendar(blockStart, blockMonths);
  const bucketIn = (p0: number, month: number, day: number) => {
    const start = cal.monthStart[p0]!;
    const days = cal.monthStart[p0 + blockMonths]! - start;
    return bucketOf(cal.monthStart[month]! - start + day, days, weeks);
  };
  const value = new Float64Array(n);
  const even = new Float64Array(n);
  let total = 0;
  const won: number[] = [];
  for (let i = 0; i < deals.rep.length; i++) {
    if (deals.won[i] !== 1) continue;
    won.push(i);
    const k = deals.block[i]!;
    const p0 = k * blockMonths;
    const month = p0 + deals.closeMonth[i]!;
    const day = Math.min(cal.daysIn(month) - 1, deals.closeDay[i]!);
    const days = blockEnd[k]! - blockStart[k]! + 1;
    const a = deals.amount[i]!;
    value[bucketIn(p0, month, day)]! += a;
    for (let b = 0; b < n; b++) {
      const [lo, hi] = bucketSpan(b, days, weeks);
      even[b]! += (a * (hi - lo)) / days;
    }
    total += a;
  }
  const moveProb: number[] = [];
  const deficit: number[] = [];
  for (let b = 0; b < n; b++) {
    const h = total > 0 ? value[b]! / total : 0;
    const e = total > 0 ? even[b]! / total : 0;
    moveProb.push(h > 0 ? Math.max(0, 1 - e / h) : 0);
    deficit.push(Math.max(0, e - h));
  }
  let u: HistoryUngaming = { moveProb, deficit };
  for (let it = 0; it < ITERATIONS && total > 0; it++) {
    const result = expectedProfile(u, deals, won, cal, blockMonths, bucketIn, n);
    u = {
      moveProb,
      deficit: u.deficit.map((d, b) => (d > 0 && result[b]! > 0 ? d * (even[b]! / total / result[b]!) : d)),
    };
  }
  return u;
}

/** The un-gamed profile (shares by bucket) the history's won deals are expected to have under `u`. */
function expectedProfile(
  u: HistoryUngaming,
  deals: HistoryDeals,
  won: readonly number[],
  cal: SimCalendar,
  blockMonths: number,
  bucketIn: (p0: number, month: number, day: number) => number,
  n: number,
): Float64Array {
  const out = new Float64Array(n);
  let total = 0;
  for (const i of won) {
    const p0 = deals.block[i]! * blockMonths;
    const month = p0 + deals.closeMonth[i]!;
    const day = Math.min(cal.daysIn(month) - 1, deals.closeDay[i]!);
    const a = deals.amount[i]!;
    const b = bucketIn(p0, month, day);
    const move = u.moveProb[b]!;
    total += a;
    let stayed = 1 - move;
    for (let s = 0; s < STRATA; s++) {
      const to = ungamedDay(
        u,
        cal,
        p0,
        blockMonths,
        month,
        day,
        month - deals.cycle[i]!,
        0,
        (s + 0.5) / STRATA,
      );
      if (to === null) stayed += move / STRATA;
      else {
        const q0 = to.month >= p0 + blockMonths ? p0 + blockMonths : p0;
        out[bucketIn(q0, to.month, to.day)]! += (a * move) / STRATA;
      }
    }
    out[b]! += a * stayed;
  }
  for (let b = 0; b < n; b++) out[b] = total > 0 ? out[b]! / total : 0;
  return out;
}

/** Nothing moves (world: {history, ungame: false}). */
export function noUngaming(weeks: number): HistoryUngaming {
  return { moveProb: new Array(weeks + 1).fill(0), deficit: new Array(weeks + 1).fill(0) };
}
