/**
 * The payout.* distribution of annualised pay per rep: mean, sample sd (n − 1), cv = sd / mean
 * (0 when the mean is 0), the 10th/50th/90th percentiles (type 7, quantileSorted.ts) and the
 * Gini coefficient G = 2·Σ i·x₍ᵢ₎ / (n·Σ x) − (n + 1)/n over ascending values (Damgaard & Weiner
 * 2000; 0 when Σ x ≤ 0). All NaN for no reps.
 *
 * One kernel for backtest and simulation (it runs once per trial and cell): the caller passes a
 * buffer whose first n values are the pay; they are sorted in place; results go to out[at…at+6]
 * in PAY_STATS order, so nothing is allocated but a view when the buffer is longer than n.
 */
import { compensatedSum, sampleSd } from "./compensatedSum.js";
import { quantileSorted } from "./quantileSorted.js";

export const PAY_STATS = ["mean", "sd", "cv", "p10", "p50", "p90", "gini"] as const;
export type PayStat = (typeof PAY_STATS)[number];

export function payDistribution(values: Float64Array, n: number, out: Float64Array, at = 0): void {
  if (n === 0) {
    out.fill(Number.NaN, at, at + PAY_STATS.length);
    return;
  }
  const sorted = n === values.length ? values : values.subarray(0, n);
  sorted.sort();
  const mean = compensatedSum(sorted, n) / n;
  const sd = sampleSd(sorted, n);
  out[at] = mean;
  out[at + 1] = sd;
  out[at + 2] = mean === 0 ? 0 : sd / mean;
  out[at + 3] = quantileSorted(sorted, n, 0.1);
  out[at + 4] = quantileSorted(sorted, n, 0.5);
  out[at + 5] = quantileSorted(sorted, n, 0.9);
  out[at + 6] = giniSorted(sorted, n);
}

/** Gini coefficient of ascending non-negative x[0..n) (see above); 0 for n = 0 or Σ x ≤ 0. */
export function giniSorted(x: ArrayLike<number>, n: number = x.length): number {
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += x[i]!;
    weighted += (i + 1) * x[i]!;
  }
  if (n === 0 || total <= 0) return 0;
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

/** The same for a plain list (tests, notebooks): a copy is sorted, the input is left alone. */
export function payStats(values: readonly number[]): Record<PayStat, number> {
  const out = new Float64Array(PAY_STATS.length);
  payDistribution(Float64Array.from(values), values.length, out);
  return Object.fromEntries(PAY_STATS.map((k, i) => [k, out[i]!])) as Record<PayStat, number>;
}
