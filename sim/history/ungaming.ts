/**
 * How a history's pipeline is un-gamed before the historical plan's behaviour is fitted to it
 * (issue 17 item 2). The assumption: where no period-end pay moves them, deals close evenly over
 * the days of a period (the parametric world's honest reps do: cycles and days are uniform), so
 * what history piles above that — e.g. maven-crm's 49% of won value in the quarter's third month,
 * against 33% — is taken as moved there by the plan. The un-gamed pipeline moves a deal out of
 * bucket b (week of the period, the last day apart) with probability max(0, 1 − even_b / h_b) to a
 * day of a bucket history under-fills, weighted by the shortfall max(0, even_b − h_b)
 * (sim/world/ungamedDay.ts draws it per trial, inside the deal's feasible window). Moves stay in
 * the deal's own period (held deals come back to their own date; deals pulled in from the next
 * period are re-timed inside this one: the block bootstrap keeps periods whole). Which deals were
 * moved history cannot say; the draw is per trial, so that uncertainty is in the CIs. The
 * behaviour fit (ungamingFit.ts) then finds the mix whose gaming rebuilds history's profile from it.
 */
import type { HistoryDeals, HistoryUngaming } from "../core/history.js";
import { bucketOf, bucketSpan } from "../world/ungamedDay.js";

export function ungaming(
  deals: HistoryDeals,
  blockStart: readonly number[],
  blockEnd: readonly number[],
  weeks: number,
  monthStart: (block: number, month: number) => number,
): HistoryUngaming {
  const n = weeks + 1;
  const value = new Float64Array(n);
  const even = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < deals.rep.length; i++) {
    if (deals.won[i] !== 1) continue;
    const k = deals.block[i]!;
    const days = blockEnd[k]! - blockStart[k]! + 1;
    const pos = monthStart(k, deals.closeMonth[i]!) - blockStart[k]! + deals.closeDay[i]!;
    const a = deals.amount[i]!;
    value[bucketOf(pos, days, weeks)]! += a;
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
  return { moveProb, deficit };
}

/** Nothing moves (world: {history, ungame: false}). */
export function noUngaming(weeks: number): HistoryUngaming {
  return { moveProb: new Array(weeks + 1).fill(0), deficit: new Array(weeks + 1).fill(0) };
}
