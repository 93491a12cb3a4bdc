import { quantileSorted } from "simple-statistics";
import type { QuantileEstimate } from "./estimate.js";
import { quantileRanks } from "./quantileRanks.js";

/**
 * The `prob` quantile of sorted trial values, by simple-statistics' `quantileSorted`: linear
 * interpolation between order statistics at position (n − 1)·prob, Hyndman & Fan type 7 (the
 * R/NumPy default; same definition as distribution.ts). Interval: the order statistics of
 * quantileRanks (distribution-free, exact binomial coverage). Reference: Hyndman & Fan, "Sample
 * quantiles in statistical packages", The American Statistician 50(4), 1996.
 */
export function estimateQuantile(sorted: ArrayLike<number>, prob: number): QuantileEstimate {
  const n = sorted.length;
  if (n < 1) throw new RangeError("a quantile needs at least 1 trial");
  const ranks = quantileRanks(n, prob);
  const values = Array.from(sorted);
  return {
    kind: "quantile",
    prob,
    quantile: quantileSorted(values, prob),
    ci95: [values[ranks.lo - 1]!, values[ranks.hi - 1]!],
    ranks: [ranks.lo, ranks.hi],
    coverage: ranks.coverage,
    n,
  };
}
