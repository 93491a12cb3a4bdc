import type { CvarEstimate } from "./estimate.js";
import { Z95 } from "./normalQuantile.js";

/**
 * CVaR (expected shortfall) of the upper tail at `level` (0.95: the mean of the worst 5% of
 * trials; for costs "worst" = highest). With β = 1 − level, k = ⌊nβ⌋ and sorted X₍₁₎ ≤ … ≤ X₍ₙ₎:
 *   CVaR = (Σ_{i=n−k+1..n} X₍ᵢ₎ + (nβ − k)·X₍ₙ₋ₖ₎) / (nβ)
 * — the coherent sample estimator of Acerbi & Tasche, "On the coherence of expected shortfall",
 * J. Banking & Finance 26(7), 2002 (the fractional term weights the boundary trial when nβ is not
 * whole). VaR is X₍ₙ₋ₖ₎, the largest trial outside the tail.
 *
 * Standard error: the asymptotic variance of the estimator (Manistre & Hancock, "Variance of the
 * CTE estimator", North American Actuarial Journal 9(2), 2005) is
 *   Var(CVaR̂) ≈ [V + level·(CVaR − VaR)²] / (nβ),
 * V the variance of the tail values; it is the variance of the influence function
 * VaR + (X − VaR)⁺/β − CVaR, so it needs no bootstrap or batching. The CI is normal; the
 * estimator is right-skewed for heavy tails when nβ is small (< ~100 tail trials), where the
 * interval is optimistic.
 */
export function estimateCvar(sorted: ArrayLike<number>, level = 0.95): CvarEstimate {
  const n = sorted.length;
  if (!(level > 0 && level < 1)) throw new RangeError(`CVaR level must be in (0, 1), got ${level}`);
  const tailMass = wholeIfClose(n * (1 - level));
  const k = Math.floor(tailMass);
  if (k < 2 || k >= n)
    throw new RangeError(`CVaR${level * 100} needs ≥ 2 tail trials; ${n} trials give ${k}`);
  const valueAtRisk = sorted[n - k - 1]!;
  let sum = 0;
  for (let i = n - k; i < n; i++) sum += sorted[i]! - valueAtRisk;
  // Summed as excesses over VaR (the boundary trial's excess is 0, so its fractional weight
  // drops out), then shifted back: stable when the values carry a large common offset.
  const cvar = valueAtRisk + sum / tailMass;
  let ss = 0;
  const tailMean = sum / k;
  for (let i = n - k; i < n; i++) {
    const d = sorted[i]! - valueAtRisk - tailMean;
    ss += d * d;
  }
  const tailVariance = ss / (k - 1);
  const gap = cvar - valueAtRisk;
  const se = Math.sqrt((tailVariance + level * gap * gap) / tailMass);
  return {
    kind: "cvar",
    level,
    mean: cvar,
    se,
    ci95: [cvar - Z95 * se, cvar + Z95 * se],
    valueAtRisk,
    n,
  };
}

/** n·β rounded to a whole number when within rounding noise of one (1e5 × 0.05 → 5000). */
function wholeIfClose(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) <= 1e-9 * Math.max(1, Math.abs(x)) ? r : x;
}
