import type { CoMomentState } from "./comoments.js";
import type { MetricEstimate } from "./estimate.js";
import { meanEstimateFrom } from "./meanEstimate.js";
import { type PairedState, pairedVariances } from "./paired.js";

/**
 * Ratio of means R = ȳ/x̄ over paired trials with its first-order (delta-method) variance
 *   Var(R̂) ≈ (s_y² − 2R·s_xy + R²·s_x²) / (n·x̄²) = Var(Y − R·X) / (n·x̄²).
 * The estimator is biased by O(1/n), negligible against its SE at Monte Carlo trial counts.
 * Reference: W. G. Cochran, "Sampling Techniques", 3rd ed. (1977), §6.3–6.4; delta method:
 * Casella & Berger, "Statistical Inference" (2002), §5.5.4.
 */
export function ratioEstimate(
  meanY: number,
  meanX: number,
  varY: number,
  varX: number,
  covXY: number,
  n: number,
): MetricEstimate {
  if (meanX === 0) throw new RangeError("ratio of means with a denominator mean of 0");
  const r = meanY / meanX;
  const residualVar = varY - 2 * r * covXY + r * r * varX;
  return meanEstimateFrom(r, residualVar / (meanX * meanX), n);
}

/** ȳ/x̄ of arbitrary paired columns (x, y), e.g. cost over credited ARR as a ratio of means. */
export function estimateRatioOfMeans(state: CoMomentState): MetricEstimate {
  const n = state.n;
  if (n < 2) throw new RangeError(`a ratio estimate needs at least 2 trials, got ${n}`);
  return ratioEstimate(
    state.meanY,
    state.meanX,
    state.m2Y / (n - 1),
    state.m2X / (n - 1),
    state.cXY / (n - 1),
    n,
  );
}

/**
 * Relative difference of means (variant − base)/base = d̄/x̄ on paired trials, with the
 * delta-method SE computed from the per-trial differences d (Var(D − r·X), no cancellation
 * between two large variances).
 */
export function estimateRelativeDifference(state: PairedState): MetricEstimate {
  const v = pairedVariances(state);
  return ratioEstimate(v.meanDifference, v.meanBase, v.varDifference, v.varBase, v.covBaseDifference, v.n);
}

/**
 * gaming.windfall = (configured − honest) / honest payout on paired trials (the same population
 * and draws, with and without gaming): the relative difference with base = honest payout and
 * variant = configured payout.
 */
export function estimateWindfall(honestVsConfigured: PairedState): MetricEstimate {
  return estimateRelativeDifference(honestVsConfigured);
}
