/**
 * Sequential stopping for a precision target. The rule is evaluated only on the accumulator
 * state after whole blocks, reduced in block order, so the decision after block k — and hence
 * the stopping trial count — is the same for any worker count or grouping (the state is). The
 * engine must then report exactly blocks 0..k, discarding blocks already computed beyond k.
 *
 * Criteria on the mean m̂ with standard error se = s/√n (z = z₀.₉₇₅):
 *   relativeSe          se / |m̂| ≤ threshold          (e.g. 0.005 for "relative SE ≤ 0.5%")
 *   halfWidth           z·se ≤ threshold               (absolute 95% half-width, metric units)
 *   relativeHalfWidth   z·se / |m̂| ≤ threshold
 * A minimum number of blocks guards against stopping on an early, underestimated variance
 * (the sequential procedure is asymptotically valid as the threshold → 0: Chow & Robbins,
 * "On the asymptotic theory of fixed-width sequential confidence intervals for the mean",
 * Ann. Math. Statist. 36(2), 1965; Law, "Simulation Modeling and Analysis", §9.4.1).
 */
import type { AccumulatorState } from "./accumulator.js";
import type { MomentState } from "./moments.js";
import { Z95 } from "./normalQuantile.js";

export type PrecisionCriterion = "relativeSe" | "halfWidth" | "relativeHalfWidth";

/** Which mean a target is about: a column's mean or a pair's mean difference. */
export type TargetQuantity =
  | { readonly kind: "mean"; readonly column: number }
  | { readonly kind: "pairedDifference"; readonly pair: number };

export interface PrecisionTarget {
  readonly quantity: TargetQuantity;
  readonly criterion: PrecisionCriterion;
  readonly threshold: number;
}

export interface StopTarget {
  /** All must be met. */
  readonly precision: readonly PrecisionTarget[];
  /** Never stop before this many blocks (≥ 1). */
  readonly minBlocks: number;
  /** Always stop at this many blocks (the trial budget); omit for no cap. */
  readonly maxBlocks?: number;
}

/** True when the run may stop after the blocks in `state`. */
export function shouldStop(state: AccumulatorState, target: StopTarget): boolean {
  checkTarget(target);
  if (target.maxBlocks !== undefined && state.blocks >= target.maxBlocks) return true;
  if (state.blocks < target.minBlocks) return false;
  return target.precision.every((p) => precisionMet(quantityMoments(state, p.quantity), p));
}

/** Whether one precision target holds for the given moments (false below 2 trials). */
export function precisionMet(moments: MomentState, target: PrecisionTarget): boolean {
  if (moments.n < 2) return false;
  const se = Math.sqrt(moments.m2 / (moments.n - 1) / moments.n);
  const scale = target.criterion === "halfWidth" ? 1 : Math.abs(moments.mean);
  const spread = target.criterion === "relativeSe" ? se : Z95 * se;
  return spread <= target.threshold * scale;
}

/**
 * Trials one precision target needs at the current variance estimate: the smallest n with the
 * criterion met if s² and m̂ stayed as they are, n = ⌈(k·s / (threshold·scale))²⌉ (k = 1 for
 * relativeSe, z₀.₉₇₅ otherwise). Infinity when unknown (n < 2, or m̂ = 0 for relative targets).
 */
export function trialsForPrecision(moments: MomentState, target: PrecisionTarget): number {
  if (moments.n < 2) return Number.POSITIVE_INFINITY;
  const sd = Math.sqrt(moments.m2 / (moments.n - 1));
  const scale = target.criterion === "halfWidth" ? 1 : Math.abs(moments.mean);
  const k = target.criterion === "relativeSe" ? 1 : Z95;
  if (scale === 0) return Number.POSITIVE_INFINITY;
  const root = (k * sd) / (target.threshold * scale);
  return Math.max(2, Math.ceil(root * root));
}

/**
 * Trials the whole stop target needs (for an ETA): the largest need over its precision targets,
 * rounded up to whole blocks of `blockSize`, at least minBlocks and at most maxBlocks blocks.
 */
export function trialsNeeded(state: AccumulatorState, target: StopTarget, blockSize: number): number {
  checkTarget(target);
  if (!Number.isInteger(blockSize) || blockSize < 1)
    throw new RangeError(`block size must be a whole number ≥ 1, got ${blockSize}`);
  let need = 0;
  for (const p of target.precision)
    need = Math.max(need, trialsForPrecision(quantityMoments(state, p.quantity), p));
  let blocks = Math.max(target.minBlocks, Math.ceil(need / blockSize));
  if (target.maxBlocks !== undefined) blocks = Math.min(blocks, target.maxBlocks);
  return blocks * blockSize;
}

/** The moments a target quantity refers to (a pair's are those of the per-trial differences). */
export function quantityMoments(state: AccumulatorState, quantity: TargetQuantity): MomentState {
  if (quantity.kind === "mean") {
    const m = state.moments[quantity.column];
    if (!m) throw new RangeError(`no column ${quantity.column}`);
    return m;
  }
  const p = state.pairs[quantity.pair];
  if (!p) throw new RangeError(`no pair ${quantity.pair}`);
  return { n: p.n, mean: p.meanY, m2: p.m2Y };
}

function checkTarget(target: StopTarget): void {
  if (!Number.isInteger(target.minBlocks) || target.minBlocks < 1)
    throw new RangeError(`minBlocks must be a whole number ≥ 1, got ${target.minBlocks}`);
  if (
    target.maxBlocks !== undefined &&
    (!Number.isInteger(target.maxBlocks) || target.maxBlocks < target.minBlocks)
  )
    throw new RangeError(`maxBlocks must be a whole number ≥ minBlocks, got ${target.maxBlocks}`);
  for (const p of target.precision) {
    if (!(p.threshold > 0) || !Number.isFinite(p.threshold))
      throw new RangeError(`precision threshold must be a positive number, got ${p.threshold}`);
  }
}
