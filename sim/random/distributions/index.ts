/**
 * Distributions over an explicit RandomSource (d3-random style: randomness is passed in, never
 * defaulted). Every file exports the same two shapes:
 * - `makeX(source, …params): Sampler` — validates once, precomputes, returns `() => value`;
 *   use it when parameters are fixed across many draws.
 * - `drawX(source, …params): value` — one-shot, for parameters that change every draw
 *   (e.g. a Poisson rate that moves with the month); no state survives the call.
 * A sampler's sequence depends only on the source's draws and its own calls.
 */
export { drawBernoulli, makeBernoulli } from "./bernoulli.js";
export { drawBeta, makeBeta } from "./beta.js";
export { drawBinomial, makeBinomial } from "./binomial.js";
export type { AliasTable } from "./categorical.js";
export { aliasTable, drawCategorical, makeCategorical, makeWeightedChoice } from "./categorical.js";
export { drawExponential, makeExponential } from "./exponential.js";
export { drawGamma, makeGamma } from "./gamma.js";
export type { LogNormalParams } from "./lognormal.js";
export { drawLogNormal, logNormalFromMeanCv, logNormalFromMedianP90, makeLogNormal } from "./lognormal.js";
export { drawNormal, drawStandardNormal, makeNormal } from "./normal.js";
export { drawPoisson, makePoisson } from "./poisson.js";
export { shuffled, shuffleInPlace } from "./shuffle.js";
export { drawTruncatedNormal, makeTruncatedNormal } from "./truncatedNormal.js";
export { drawUniform, makeUniform } from "./uniform.js";
export { drawUniformInt, makeUniformInt } from "./uniformInt.js";
