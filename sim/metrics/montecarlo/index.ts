/**
 * Monte Carlo statistics: streaming accumulators over block results, estimates with Monte Carlo
 * errors (means, proportions, quantiles, CVaR, paired and relative differences), the precision
 * stop rule (formatting is in reports/formatEstimate.ts).
 */

export type {
  AccumulatorLayout,
  AccumulatorState,
  ExceedanceSpec,
  PairSpec,
} from "./accumulator.js";
export { createAccumulator, mergeAccumulators, pushBlock } from "./accumulator.js";
export type { CoMomentState } from "./comoments.js";
export { emptyCoMoments, mergeCoMoments, pushPair, sampleCovariance } from "./comoments.js";
export type {
  PrecisionCriterion,
  PrecisionTarget,
  StopTarget,
  TargetQuantity,
} from "./convergence.js";
export {
  precisionMet,
  quantityMoments,
  shouldStop,
  trialsForPrecision,
  trialsNeeded,
} from "./convergence.js";
export { estimateCvar } from "./cvar.js";
export type {
  AnyEstimate,
  CvarEstimate,
  Interval,
  MetricEstimate,
  ProportionEstimate,
  QuantileEstimate,
} from "./estimate.js";
export { estimateMean, meanEstimateFrom } from "./meanEstimate.js";
export type { MomentState } from "./moments.js";
export {
  emptyMoments,
  mergeMoments,
  momentsOf,
  pushValue,
  pushValues,
  sampleSd,
  sampleVariance,
} from "./moments.js";
export { criticalValue, normalQuantile, Z95 } from "./normalQuantile.js";
export type { PairedState, PairedVariances } from "./paired.js";
export { emptyPaired, pairedVariances, pushPaired, pushPairedColumns } from "./paired.js";
export type { PairedDifferenceEstimate } from "./pairedDifference.js";
export { estimatePairedDifference } from "./pairedDifference.js";
export { countAbove, estimateProportion, wilsonInterval } from "./proportion.js";
export { estimateQuantile } from "./quantileEstimate.js";
export type { QuantileRanks } from "./quantileRanks.js";
export { quantileRanks } from "./quantileRanks.js";
export {
  estimateRatioOfMeans,
  estimateRelativeDifference,
  estimateWindfall,
  ratioEstimate,
} from "./ratio.js";
export {
  cvarOf,
  exceedanceOf,
  exceedanceProbabilityOf,
  meanOf,
  pairedDifferenceOf,
  quantileOf,
  relativeDifferenceOf,
} from "./summarize.js";
export { ValueStore } from "./valueStore.js";
