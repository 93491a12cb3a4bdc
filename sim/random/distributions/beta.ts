import type { RandomSource, Sampler } from "../source.js";
import { requirePositive } from "./check.js";
import { drawGamma } from "./gamma.js";

/**
 * Beta(α, β) on [0, 1]: X/(X + Y) with X ~ Gamma(α, 1), Y ~ Gamma(β, 1); mean α/(α+β),
 * variance αβ/((α+β)²(α+β+1)). Reference: Devroye (1986) §IX.4.1; d3-random randomBeta.
 */
export function drawBeta(source: RandomSource, alpha: number, beta: number): number {
  for (;;) {
    const x = drawGamma(source, alpha, 1);
    const y = drawGamma(source, beta, 1);
    // Both can underflow to 0 only for tiny α and β; redrawing keeps the draw exact.
    if (x + y > 0) return x / (x + y);
  }
}

export function makeBeta(source: RandomSource, alpha: number, beta: number): Sampler {
  requirePositive("alpha", alpha);
  requirePositive("beta", beta);
  return () => drawBeta(source, alpha, beta);
}
