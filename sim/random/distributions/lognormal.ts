import type { RandomSource, Sampler } from "../source.js";
import { requireFinite, requireNonNegative, requirePositive } from "./check.js";
import { drawStandardNormal, makeNormal } from "./normal.js";

/** Parameters of the underlying normal: X = exp(mu + sigma·Z). */
export interface LogNormalParams {
  readonly mu: number;
  readonly sigma: number;
}

/** z such that Φ(z) = 0.9 (probit(0.9)). */
const Z90 = 1.2815515655446004;

/**
 * Log-normal: X = exp(mu + sigma·Z), Z ~ N(0, 1). Mean exp(mu + sigma²/2), median exp(mu).
 * Reference: Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions vol. 1, ch. 14.
 */
export function drawLogNormal(source: RandomSource, mu: number, sigma: number): number {
  requireFinite("mu", mu);
  requireNonNegative("sigma", sigma);
  return Math.exp(mu + sigma * drawStandardNormal(source));
}

export function makeLogNormal(source: RandomSource, mu: number, sigma: number): Sampler {
  requireFinite("mu", mu);
  requireNonNegative("sigma", sigma);
  const z = makeNormal(source, mu, sigma);
  return () => Math.exp(z());
}

/**
 * From the mean m and coefficient of variation cv of X (how deal sizes are usually quoted):
 * sigma² = ln(1 + cv²), mu = ln m − sigma²/2.
 */
export function logNormalFromMeanCv(mean: number, cv: number): LogNormalParams {
  requirePositive("mean", mean);
  requireNonNegative("cv", cv);
  const sigma2 = Math.log1p(cv * cv);
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

/** From the median and 90th percentile of X: mu = ln median, sigma = ln(p90/median)/z₀.₉. */
export function logNormalFromMedianP90(median: number, p90: number): LogNormalParams {
  requirePositive("median", median);
  requirePositive("p90", p90);
  if (p90 < median) throw new RangeError(`lognormal: p90 (${p90}) < median (${median})`);
  return { mu: Math.log(median), sigma: Math.log(p90 / median) / Z90 };
}
