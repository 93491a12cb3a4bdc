/**
 * The documented rules behind the decision section's cues (model.ts Cue). A metric's direction
 * (higher/lower is better) comes from the metric registry.
 *
 * Runs (Monte Carlo): a difference from the baseline is clear when its 95% interval excludes 0.
 * Paired differences (same trials, common random numbers) are used where summary.json has them
 * (cost.total, customer.nrr, payout.zeroShare); for figures without one (cost.p95,
 * cost.overBudgetProb, gaming.windfall) the interval of the difference is taken conservatively
 * from the two intervals, [lo_v − hi_b, hi_v − lo_b], i.e. clear only when they do not overlap.
 *
 * Backtests (one history, exact): a difference is material when it is at least MATERIALITY of
 * the metric's unit: 1% of the baseline for money, 0.5 percentage points for shares and ratios,
 * 0.01 for indices and correlations, 1 point for scores.
 *
 * Colour: only a clear difference on the worse side is coloured; better is said in words.
 */
import type { MetricDirection, MetricUnit } from "../../sim/metrics/registry/index.js";
import type { Cue, Interval } from "./model.js";

export const MATERIALITY: Readonly<Record<MetricUnit, (base: number) => number>> = {
  currency: (base) => 0.01 * Math.abs(base),
  share: () => 0.005,
  ratio: () => 0.005,
  index: () => 0.01,
  correlation: () => 0.01,
  score: () => 1,
  count: (base) => 0.01 * Math.abs(base),
};

/** Good-side sign of a difference: +1 when it is better, −1 when worse, 0 for neutral metrics. */
function side(difference: number, direction: MetricDirection): number {
  if (direction === "neutral") return 0;
  return Math.sign(difference) * (direction === "higher" ? 1 : -1);
}

/** The cue of a run's difference (a 95% interval). */
export function intervalCue(d: Interval | null, direction: MetricDirection): Cue {
  if (!d || !Number.isFinite(d.value)) return "na";
  if (!(d.lo > 0 || d.hi < 0)) return "unclear";
  const s = side(d.value, direction);
  return s > 0 ? "better" : s < 0 ? "worse" : "unclear";
}

/** The cue of a backtest's exact difference. */
export function exactCue(d: number, base: number, unit: MetricUnit, direction: MetricDirection): Cue {
  if (!Number.isFinite(d)) return "na";
  if (Math.abs(d) < MATERIALITY[unit](base)) return "same";
  const s = side(d, direction);
  return s > 0 ? "better" : s < 0 ? "worse" : "same";
}

/** The interval of v − b from two independent intervals: conservative, clear only when they do not overlap. */
export function unpairedDifference(v: Interval, b: Interval): Interval {
  return { value: v.value - b.value, lo: v.lo - b.hi, hi: v.hi - b.lo };
}
