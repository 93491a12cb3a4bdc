/**
 * The p-quantile of ascending x[0..n) by linear interpolation between order statistics
 * (Hyndman & Fan 1996 type 7, numpy's default), step for step as simple-statistics'
 * `quantileSorted`. NaN when n = 0.
 */
export function quantileSorted(x: ArrayLike<number>, n: number, p: number): number {
  if (n === 0) return Number.NaN;
  if (p === 1) return x[n - 1]!;
  if (p === 0) return x[0]!;
  const idx = (n - 1) * p;
  if (idx % 1 !== 0) {
    const lower = Math.floor(idx);
    const upper = Math.ceil(idx);
    return x[lower]! + (idx - lower) * (x[upper]! - x[lower]!);
  }
  return x[idx]!;
}
