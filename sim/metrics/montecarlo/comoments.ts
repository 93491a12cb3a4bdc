/**
 * Streaming bivariate moments of pairs (x, y): n, both means, both M2 and the co-moment
 * C = Σ(xᵢ − mean_x)(yᵢ − mean_y), by the bivariate Welford update and the pairwise merge of
 * Pébay. Reference: P. Pébay, "Formulas for robust, one-pass parallel computation of covariances
 * and arbitrary-order statistical moments", Sandia report SAND2008-6212, 2008 (eqs. 3.1, 3.4).
 * Same floating-point contract as moments.ts: pushes are grouping-independent, merges are not
 * bit-identical to a single pass and must be done in data order.
 */
export interface CoMomentState {
  n: number;
  meanX: number;
  meanY: number;
  m2X: number;
  m2Y: number;
  /** Σ(xᵢ − mean_x)(yᵢ − mean_y). */
  cXY: number;
}

export function emptyCoMoments(): CoMomentState {
  return { n: 0, meanX: 0, meanY: 0, m2X: 0, m2Y: 0, cXY: 0 };
}

/** One bivariate Welford update; throws on a non-finite coordinate. */
export function pushPair(state: CoMomentState, x: number, y: number): void {
  if (!Number.isFinite(x) || !Number.isFinite(y))
    throw new RangeError(`non-finite pair (${x}, ${y}) in a Monte Carlo metric`);
  const n = state.n + 1;
  const dx = x - state.meanX;
  const dy = y - state.meanY;
  const meanX = state.meanX + dx / n;
  const meanY = state.meanY + dy / n;
  state.m2X += dx * (x - meanX);
  state.m2Y += dy * (y - meanY);
  state.cXY += dx * (y - meanY);
  state.meanX = meanX;
  state.meanY = meanY;
  state.n = n;
}

/** Moments of the concatenation a ++ b; a must hold the earlier trials. */
export function mergeCoMoments(a: CoMomentState, b: CoMomentState): CoMomentState {
  if (b.n === 0) return { ...a };
  if (a.n === 0) return { ...b };
  const n = a.n + b.n;
  const dx = b.meanX - a.meanX;
  const dy = b.meanY - a.meanY;
  const w = (a.n / n) * b.n;
  return {
    n,
    meanX: a.meanX + (dx * b.n) / n,
    meanY: a.meanY + (dy * b.n) / n,
    m2X: a.m2X + b.m2X + dx * dx * w,
    m2Y: a.m2Y + b.m2Y + dy * dy * w,
    cXY: a.cXY + b.cXY + dx * dy * w,
  };
}

/** Sample covariance C / (n − 1); NaN below 2 pairs. */
export function sampleCovariance(state: CoMomentState): number {
  return state.n < 2 ? Number.NaN : state.cXY / (state.n - 1);
}
