import type { MetricEstimate } from "./estimate.js";
import { type MomentState, sampleVariance } from "./moments.js";
import { Z95 } from "./normalQuantile.js";

/**
 * Mean ± Monte Carlo standard error: se = s/√n with s the sample sd (n − 1), 95% CI
 * mean ± z₀.₉₇₅·se (normal, not Student t: Monte Carlo runs have hundreds of trials or more,
 * where t₀.₉₇₅,ₙ₋₁ − z₀.₉₇₅ < 0.02). Reference: Glasserman, "Monte Carlo Methods in Financial
 * Engineering" (2003), §1.1.1. Needs n ≥ 2.
 */
export function estimateMean(state: MomentState): MetricEstimate {
  return meanEstimateFrom(state.mean, sampleVariance(state), state.n);
}

/** The estimate of a mean from its sample variance (shared by paired differences). */
export function meanEstimateFrom(mean: number, variance: number, n: number): MetricEstimate {
  if (n < 2) throw new RangeError(`a Monte Carlo estimate needs at least 2 trials, got ${n}`);
  const se = Math.sqrt(Math.max(0, variance) / n);
  return { kind: "mean", mean, se, ci95: [mean - Z95 * se, mean + Z95 * se], n };
}
