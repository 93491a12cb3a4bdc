import type { RandomSource, Sampler } from "../source.js";
import { requirePositive } from "./check.js";
import { drawStandardNormal } from "./normal.js";

/**
 * Gamma(shape k, scale θ): density x^(k−1) e^(−x/θ) / (Γ(k) θ^k); mean kθ, variance kθ².
 * Marsaglia & Tsang, "A simple method for generating gamma variables", ACM TOMS 26(3), 2000:
 * d = k − 1/3, c = 1/√(9d), X = d·v with v = (1 + cZ)³, accepted by a squeeze then a log test.
 * For k < 1, the same paper's boost: Gamma(k) = Gamma(k + 1)·U^(1/k).
 */
export function drawGamma(source: RandomSource, shape: number, scale: number): number {
  requirePositive("shape", shape);
  requirePositive("scale", scale);
  return gammaUnchecked(source, shape, scale);
}

export function makeGamma(source: RandomSource, shape: number, scale = 1): Sampler {
  requirePositive("shape", shape);
  requirePositive("scale", scale);
  return () => gammaUnchecked(source, shape, scale);
}

function gammaUnchecked(source: RandomSource, shape: number, scale: number): number {
  if (shape < 1) {
    const boost = (1 - source.next()) ** (1 / shape);
    return marsagliaTsang(source, shape + 1) * boost * scale;
  }
  return marsagliaTsang(source, shape) * scale;
}

function marsagliaTsang(source: RandomSource, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let z: number;
    let v: number;
    do {
      z = drawStandardNormal(source);
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - source.next();
    const z2 = z * z;
    if (u < 1 - 0.0331 * z2 * z2) return d * v;
    if (Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) return d * v;
  }
}
