import { type CoMomentState, emptyCoMoments, pushPair } from "./comoments.js";

/**
 * Per-trial pairs of a base variant and a compared variant under common random numbers, kept as
 * bivariate moments of (x = base, d = variant − base). Accumulating the difference d itself —
 * not var(base) + var(variant) − 2·cov afterwards — keeps the paired variance exact to rounding
 * when the variants are highly correlated, which is exactly when CRN pays off and the
 * subtraction would cancel catastrophically.
 */
export type PairedState = CoMomentState;

export function emptyPaired(): PairedState {
  return emptyCoMoments();
}

export function pushPaired(state: PairedState, base: number, variant: number): void {
  pushPair(state, base, variant - base);
}

/** Pushes trial i of both columns, for every i, in index order. */
export function pushPairedColumns(
  state: PairedState,
  base: ArrayLike<number>,
  variant: ArrayLike<number>,
): void {
  if (base.length !== variant.length)
    throw new RangeError(`paired columns differ in length: ${base.length} vs ${variant.length}`);
  for (let i = 0; i < base.length; i++) pushPaired(state, base[i]!, variant[i]!);
}

export interface PairedVariances {
  readonly n: number;
  readonly meanBase: number;
  readonly meanVariant: number;
  readonly meanDifference: number;
  readonly varBase: number;
  readonly varVariant: number;
  readonly varDifference: number;
  readonly covBaseVariant: number;
  /** cov(base, variant − base). */
  readonly covBaseDifference: number;
}

/** Sample (n − 1) variances and covariances recovered from the (base, difference) moments. */
export function pairedVariances(state: PairedState): PairedVariances {
  const n = state.n;
  if (n < 2) throw new RangeError(`a paired estimate needs at least 2 trials, got ${n}`);
  const varBase = state.m2X / (n - 1);
  const varDifference = state.m2Y / (n - 1);
  const covBaseDifference = state.cXY / (n - 1);
  return {
    n,
    meanBase: state.meanX,
    meanVariant: state.meanX + state.meanY,
    meanDifference: state.meanY,
    varBase,
    varVariant: Math.max(0, varBase + varDifference + 2 * covBaseDifference),
    varDifference,
    covBaseVariant: varBase + covBaseDifference,
    covBaseDifference,
  };
}
