import type { RandomSource, Sampler } from "../source.js";
import { requireProbability } from "./check.js";

/**
 * Bernoulli(p): true with probability p (U < p). Reference: d3-random randomBernoulli.
 * One uniform per draw, so p = 0 and p = 1 still consume a draw (stable stream positions).
 */
export function drawBernoulli(source: RandomSource, p: number): boolean {
  requireProbability("p", p);
  return source.next() < p;
}

export function makeBernoulli(source: RandomSource, p: number): Sampler<boolean> {
  requireProbability("p", p);
  return () => source.next() < p;
}
