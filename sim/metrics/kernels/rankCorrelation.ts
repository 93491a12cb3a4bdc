/**
 * payPerformance.rho: Spearman's rank correlation, as the Pearson correlation of mid-ranks (ties
 * share the mean of their ranks), step for step as simple-statistics' `sampleRankCorrelation`
 * so values match it bit for bit. `rankCorrelationByGroup` is the metric: the correlation within
 * each group (role), averaged weighted by group size over groups with at least 3 members and a
 * defined correlation — pay and value are not comparable across roles (an AE's value is ARR
 * sold, a CSM's is net expansion), so pooling them would correlate the roles, not the reps.
 *
 * Buffers come from a RankScratch the caller keeps (one per trial or backtest variant), so the
 * per-trial call allocates nothing but sort views.
 */
import { compensatedSum, sampleSd } from "./compensatedSum.js";

export interface RankScratch {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly rx: Float64Array;
  readonly ry: Float64Array;
  readonly order: Uint32Array;
}

export function rankScratch(capacity: number): RankScratch {
  return {
    x: new Float64Array(capacity),
    y: new Float64Array(capacity),
    rx: new Float64Array(capacity),
    ry: new Float64Array(capacity),
    order: new Uint32Array(capacity),
  };
}

/** Mid-ranks (0-based) of v[0..n) into ranks[0..n). */
function midranks(v: ArrayLike<number>, n: number, ranks: Float64Array, order: Uint32Array): void {
  for (let i = 0; i < n; i++) order[i] = i;
  (n === order.length ? order : order.subarray(0, n)).sort((a, b) => v[a]! - v[b]!);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && v[order[j + 1]!] === v[order[i]!]) j++;
    const rank = (i + j) / 2;
    for (let k = i; k <= j; k++) ranks[order[k]!] = rank;
    i = j + 1;
  }
}

/** Pearson correlation of a[0..n) and b[0..n) (sample covariance / sample sds); NaN when n < 2. */
function correlation(a: ArrayLike<number>, b: ArrayLike<number>, n: number): number {
  if (n < 2) return Number.NaN;
  const ma = compensatedSum(a, n) / n;
  const mb = compensatedSum(b, n) / n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i]! - ma) * (b[i]! - mb);
  return s / (n - 1) / sampleSd(a, n) / sampleSd(b, n);
}

/** Spearman's rho of x[0..n) and y[0..n); NaN when n < 2 or either side is constant. */
export function rankCorrelation(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  n: number,
  scratch: RankScratch = rankScratch(n),
): number {
  if (n < 2) return Number.NaN;
  midranks(x, n, scratch.rx, scratch.order);
  midranks(y, n, scratch.ry, scratch.order);
  return correlation(scratch.rx, scratch.ry, n);
}

/**
 * Within-group Spearman's rho averaged weighted by group size: group[i] in 0…groups−1 (negative:
 * left out, e.g. a rep without a plan), groups visited in index order. NaN when no group counts.
 */
export function rankCorrelationByGroup(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  group: ArrayLike<number>,
  n: number,
  groups: number,
  scratch: RankScratch = rankScratch(n),
): number {
  let sum = 0;
  let weight = 0;
  for (let g = 0; g < groups; g++) {
    let k = 0;
    for (let i = 0; i < n; i++) {
      if (group[i] !== g) continue;
      scratch.x[k] = x[i]!;
      scratch.y[k] = y[i]!;
      k++;
    }
    if (k < 3) continue;
    const rho = rankCorrelation(scratch.x, scratch.y, k, scratch);
    if (!Number.isFinite(rho)) continue;
    sum += rho * k;
    weight += k;
  }
  return weight > 0 ? sum / weight : Number.NaN;
}
