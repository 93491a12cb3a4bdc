import type { RandomSource, Sampler } from "../source.js";
import { requireFinite, requireNonNegative } from "./check.js";
import { drawStandardNormal } from "./normal.js";

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * Normal N(mu, sigma²) conditioned on [lo, hi] (either bound may be ±Infinity). Exact rejection
 * after Robert, "Simulation of truncated normal variables", Statistics and Computing 5, 1995:
 * plain normal rejection when the interval holds 0 and is wide; uniform rejection when narrow;
 * translated-exponential rejection with the optimal rate α* = (a + √(a² + 4))/2 in a tail.
 * Bounded acceptance rate for every interval, including far tails (no inverse-CDF underflow).
 */
export function drawTruncatedNormal(
  source: RandomSource,
  mu: number,
  sigma: number,
  lo: number,
  hi: number,
): number {
  checkTruncated(mu, sigma, lo, hi);
  if (sigma === 0) return Math.min(Math.max(mu, lo), hi);
  return mu + sigma * standardTruncated(source, (lo - mu) / sigma, (hi - mu) / sigma);
}

export function makeTruncatedNormal(
  source: RandomSource,
  mu: number,
  sigma: number,
  lo: number,
  hi: number,
): Sampler {
  checkTruncated(mu, sigma, lo, hi);
  if (sigma === 0) {
    const x = Math.min(Math.max(mu, lo), hi);
    return () => x;
  }
  const a = (lo - mu) / sigma;
  const b = (hi - mu) / sigma;
  return () => mu + sigma * standardTruncated(source, a, b);
}

function checkTruncated(mu: number, sigma: number, lo: number, hi: number): void {
  requireFinite("mu", mu);
  requireNonNegative("sigma", sigma);
  if (Number.isNaN(lo) || Number.isNaN(hi) || !(lo < hi)) {
    throw new RangeError(`truncatedNormal: need lo < hi, got [${lo}, ${hi}]`);
  }
}

/** Standard normal truncated to [a, b], a < b. */
function standardTruncated(source: RandomSource, a: number, b: number): number {
  if (b <= 0) return -standardTruncated(source, -b, -a);
  if (a <= 0) {
    // 0 ∈ [a, b]: Robert's uniform proposal with ρ = exp(−z²/2) when b − a < √(2π),
    // otherwise plain normal rejection (acceptance > ½ in that case).
    if (b - a < SQRT_2PI) return uniformRejection(source, a, b, 0);
    for (;;) {
      const z = drawStandardNormal(source);
      if (z >= a && z <= b) return z;
    }
  }
  // 0 < a < b: uniform proposal if the interval is narrower than Robert's bound, else the
  // exponential tail proposal.
  const root = Math.sqrt(a * a + 4);
  const bound = (2 / (a + root)) * Math.exp((a * a - a * root) / 4 + 0.5);
  if (b - a < bound) return uniformRejection(source, a, b, a);
  const rate = (a + root) / 2;
  for (;;) {
    const z = a - Math.log(1 - source.next()) / rate;
    const accept = source.next() <= Math.exp(-0.5 * (z - rate) * (z - rate));
    if (accept && z <= b) return z;
  }
}

/** Uniform proposal on [a, b], accepted with exp((m² − z²)/2), m the point of max density. */
function uniformRejection(source: RandomSource, a: number, b: number, m: number): number {
  for (;;) {
    const z = a + (b - a) * source.next();
    if (source.next() <= Math.exp((m * m - z * z) / 2)) return z;
  }
}
