/** Read estimates off an accumulator state (see accumulator.ts); one function per figure. */
import type { AccumulatorState } from "./accumulator.js";
import { estimateCvar } from "./cvar.js";
import type { CvarEstimate, MetricEstimate, ProportionEstimate, QuantileEstimate } from "./estimate.js";
import { estimateMean } from "./meanEstimate.js";
import { estimatePairedDifference, type PairedDifferenceEstimate } from "./pairedDifference.js";
import { countAbove, estimateProportion } from "./proportion.js";
import { estimateQuantile } from "./quantileEstimate.js";
import { estimateRelativeDifference } from "./ratio.js";

export function meanOf(state: AccumulatorState, column: number): MetricEstimate {
  const moments = state.moments[column];
  if (!moments) throw new RangeError(`no column ${column}`);
  return estimateMean(moments);
}

export function pairedDifferenceOf(state: AccumulatorState, pair: number): PairedDifferenceEstimate {
  return estimatePairedDifference(pairState(state, pair));
}

/** (variant − base)/base of pair `pair`; gaming.windfall when base = honest, variant = configured. */
export function relativeDifferenceOf(state: AccumulatorState, pair: number): MetricEstimate {
  return estimateRelativeDifference(pairState(state, pair));
}

/** P(X > threshold) of the layout's exceedance spec `index`. */
export function exceedanceOf(state: AccumulatorState, index: number): ProportionEstimate {
  const hits = state.exceedanceHits[index];
  if (hits === undefined) throw new RangeError(`no exceedance spec ${index}`);
  return estimateProportion(hits, state.trials);
}

/** P(X > threshold) for any threshold, from a tail column's stored values. */
export function exceedanceProbabilityOf(
  state: AccumulatorState,
  column: number,
  threshold: number,
): ProportionEstimate {
  const values = tailValues(state, column).values();
  return estimateProportion(countAbove(values, threshold), values.length);
}

export function quantileOf(state: AccumulatorState, column: number, prob: number): QuantileEstimate {
  return estimateQuantile(tailValues(state, column).sorted(), prob);
}

export function cvarOf(state: AccumulatorState, column: number, level = 0.95): CvarEstimate {
  return estimateCvar(tailValues(state, column).sorted(), level);
}

function pairState(state: AccumulatorState, pair: number) {
  const s = state.pairs[pair];
  if (!s) throw new RangeError(`no pair ${pair}`);
  return s;
}

function tailValues(state: AccumulatorState, column: number) {
  const i = state.layout.tailColumns.indexOf(column);
  if (i < 0) throw new RangeError(`column ${column} is not a tail column (its values are not kept)`);
  return state.tails[i]!;
}
