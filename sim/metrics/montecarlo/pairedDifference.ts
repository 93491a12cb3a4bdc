import type { MetricEstimate } from "./estimate.js";
import { meanEstimateFrom } from "./meanEstimate.js";
import { type PairedState, pairedVariances } from "./paired.js";

/**
 * Mean difference variant − base over the same trials (common random numbers), with its SE from
 * the per-trial differences, se = s_d/√n, and what the SE would have been with independent runs
 * of n trials each, √((s_a² + s_b²)/n). Since s_d² = s_a² + s_b² − 2ρ·s_a·s_b, positive
 * correlation ρ shrinks the paired SE; `varianceReduction` = unpaired/paired variance is the
 * factor of trials CRN saves for the same precision. Reference: Law, "Simulation Modeling and
 * Analysis", 5th ed. (2015), §11.2 (common random numbers) and §10.2 (paired-t interval).
 */
export interface PairedDifferenceEstimate {
  readonly kind: "pairedDifference";
  readonly difference: MetricEstimate;
  readonly unpairedSe: number;
  /** Pearson correlation of base and variant across trials (NaN if either is constant). */
  readonly correlation: number;
  /** unpairedSe² / se²; > 1 when CRN helps (Infinity when the difference is constant). */
  readonly varianceReduction: number;
}

export function estimatePairedDifference(state: PairedState): PairedDifferenceEstimate {
  const v = pairedVariances(state);
  const difference = meanEstimateFrom(v.meanDifference, v.varDifference, v.n);
  const unpairedVar = v.varBase + v.varVariant;
  return {
    kind: "pairedDifference",
    difference,
    unpairedSe: Math.sqrt(unpairedVar / v.n),
    correlation: v.covBaseVariant / Math.sqrt(v.varBase * v.varVariant),
    varianceReduction: unpairedVar / v.varDifference,
  };
}
