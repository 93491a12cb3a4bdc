import type { RandomSource, Sampler } from "../source.js";
import { requirePositive } from "./check.js";

/**
 * Exponential(rate λ), mean 1/λ, by inversion: −ln(1 − U)/λ.
 * Reference: Devroye, Non-Uniform Random Variate Generation (1986), §II.2.
 */
export function drawExponential(source: RandomSource, rate: number): number {
  requirePositive("rate", rate);
  return -Math.log(1 - source.next()) / rate;
}

export function makeExponential(source: RandomSource, rate = 1): Sampler {
  requirePositive("rate", rate);
  return () => -Math.log(1 - source.next()) / rate;
}
