/**
 * Streaming mean and variance: count n, mean, and M2 = Σ(xᵢ − mean)², updated one value at a time
 * by Welford's method (numerically stable: no Σx² − (Σx)²/n cancellation), and merged by the
 * pairwise formula of Chan, Golub & LeVeque. Memory is three numbers whatever the trial count.
 * References: B. P. Welford, "Note on a method for calculating corrected sums of squares and
 * products", Technometrics 4(3), 1962; T. F. Chan, G. H. Golub, R. J. LeVeque, "Updating formulae
 * and a pairwise algorithm for computing sample variances", Stanford CS-TR-79-773, 1979.
 *
 * Floating-point order: pushing the same values in the same order gives bit-identical state
 * however the values were grouped into calls (each value is one update). Merging two states is
 * a different rounding path than pushing the second state's values one by one, so a merged
 * state agrees with a single pass only to ~1e-15 relative; `n` is always exact. Merges are
 * therefore done in one fixed order (shard 0, 1, …) — see accumulator.ts.
 */
export interface MomentState {
  n: number;
  mean: number;
  /** Σ(xᵢ − mean)², the sum of squared deviations. */
  m2: number;
}

export function emptyMoments(): MomentState {
  return { n: 0, mean: 0, m2: 0 };
}

/** Welford update with one value; throws on NaN/±Infinity (a metric must be finite). */
export function pushValue(state: MomentState, x: number): void {
  if (!Number.isFinite(x)) throw new RangeError(`non-finite value ${x} in a Monte Carlo metric`);
  const n = state.n + 1;
  const delta = x - state.mean;
  const mean = state.mean + delta / n;
  state.m2 += delta * (x - mean);
  state.mean = mean;
  state.n = n;
}

/** Welford updates with each value of `xs`, in index order. */
export function pushValues(state: MomentState, xs: ArrayLike<number>): void {
  for (let i = 0; i < xs.length; i++) pushValue(state, xs[i]!);
}

/** Moments of `xs` in one pass. */
export function momentsOf(xs: ArrayLike<number>): MomentState {
  const state = emptyMoments();
  pushValues(state, xs);
  return state;
}

/**
 * Moments of the concatenation a ++ b (Chan et al. 1979):
 * δ = mean_b − mean_a, mean = mean_a + δ·n_b/n, M2 = M2_a + M2_b + δ²·n_a·n_b/n.
 * Not commutative in floating point: always merge in data order (a holds the earlier trials).
 */
export function mergeMoments(a: MomentState, b: MomentState): MomentState {
  if (b.n === 0) return { ...a };
  if (a.n === 0) return { ...b };
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  return {
    n,
    mean: a.mean + (delta * b.n) / n,
    m2: a.m2 + b.m2 + ((delta * delta * a.n) / n) * b.n,
  };
}

/** Sample variance s² = M2 / (n − 1); NaN below 2 values. */
export function sampleVariance(state: MomentState): number {
  return state.n < 2 ? Number.NaN : state.m2 / (state.n - 1);
}

/** Sample standard deviation s = √(M2 / (n − 1)); NaN below 2 values. */
export function sampleSd(state: MomentState): number {
  return Math.sqrt(sampleVariance(state));
}
