/**
 * The backtest check of a history experiment (issue 17 item 3): the historical plan replayed on
 * the recorded history (sim/backtest, the exact evaluator) over the whole periods the trials
 * resample, read the way a trial reads its resampled history — the AE plan's pay and the share
 * of won value booked in the last month of a period, over the horizon's periods — with the
 * spread the block bootstrap gives it (each AE's periods drawn with replacement, BOOTSTRAP draws
 * from a keyed stream), so the simulated reference variant's cost and timing can be checked
 * against it: they agree when the simulated mean's 95% interval and the bootstrap's 95% interval
 * overlap. Only the AE plan is compared: the customer side of a history world is simulated from
 * the calibrated customer model, not replayed.
 */

import { replayVariant } from "../backtest/replay.js";
import type { HistoryWorld } from "../core/history.js";
import type { CanonicalTables } from "../data/rows.js";
import { toLedgers } from "../data/toLedgers.js";
import type { Plan } from "../language/canonical.js";
import { formatDay, parseDay } from "../plan/dates.js";
import { keyedStream } from "../random/index.js";

/** Bootstrap draws of the backtest's spread. */
export const BOOTSTRAP = 2000;

export interface Interval {
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

export interface BacktestCheck {
  readonly plan: string;
  readonly from: string;
  readonly to: string;
  /** Periods per simulated horizon the figures are read over. */
  readonly periods: number;
  readonly cost: Interval;
  readonly lastMonthShare: Interval;
}

function interval(xs: Float64Array): Interval {
  const s = Float64Array.from(xs).sort();
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { mean, lo: s[Math.floor(0.025 * (s.length - 1))]!, hi: s[Math.ceil(0.975 * (s.length - 1))]! };
}

export function backtestCheck(
  tables: CanonicalTables,
  history: HistoryWorld,
  aePlan: Plan,
  blockStart: readonly number[],
  blockEnd: readonly number[],
  horizonMonths: number,
  seed: string,
): BacktestCheck {
  const range = { start: formatDay(blockStart[0]!), end: formatDay(blockEnd[blockEnd.length - 1]!) };
  const ledgers = toLedgers(tables, { from: range.start, to: range.end });
  const replay = replayVariant({ name: "historical", plans: [aePlan], files: [] }, ledgers, range);
  const K = history.blocks;
  const R = history.reps.length;
  const repIndex = new Map(history.reps.map((r, i) => [r.id, i]));
  const blockOf = (day: number) => blockStart.findIndex((s, k) => day >= s && day <= blockEnd[k]!);
  const pay = new Float64Array(R * K);
  for (const rr of replay.reps) {
    const r = repIndex.get(rr.rep.id);
    if (r === undefined) continue;
    for (const st of rr.statements) {
      const k = blockOf(parseDay(st.period.start));
      if (k >= 0) pay[r * K + k]! += st.totalCents / 100;
    }
  }
  const won = new Float64Array(R * K);
  const lastMonth = new Float64Array(R * K);
  const d = history.deals;
  for (let i = 0; i < d.rep.length; i++) {
    if (d.won[i] !== 1) continue;
    const j = d.rep[i]! * K + d.block[i]!;
    won[j]! += d.amount[i]!;
    if (d.closeMonth[i] === history.blockMonths - 1) lastMonth[j]! += d.amount[i]!;
  }
  const H = Math.ceil(horizonMonths / history.blockMonths);
  const rng = keyedStream(seed, 0, "backtestBootstrap", 0);
  const cost = new Float64Array(BOOTSTRAP);
  const share = new Float64Array(BOOTSTRAP);
  for (let b = 0; b < BOOTSTRAP; b++) {
    let c = 0;
    let w = 0;
    let l = 0;
    for (let r = 0; r < R; r++)
      for (let h = 0; h < H; h++) {
        const j = r * K + Math.min(K - 1, Math.floor(rng.next() * K));
        c += pay[j]!;
        w += won[j]!;
        l += lastMonth[j]!;
      }
    cost[b] = c;
    share[b] = w > 0 ? l / w : 0;
  }
  return {
    plan: aePlan.name,
    from: range.start,
    to: range.end,
    periods: H,
    cost: interval(cost),
    lastMonthShare: interval(share),
  };
}
