import { logFactorial } from "../math/logFactorial.js";
import type { RandomSource, Sampler } from "../source.js";
import { requireNonNegative } from "./check.js";

/** Below this mean, inversion; at or above, PTRS (valid for λ ≥ 10 per Hörmann). */
const PTRS_THRESHOLD = 10;
/** Guard for the inversion loop; P(K > λ + 200 | λ < 10) is far below 2^-32. */
const INVERSION_MAX_STEPS = 400;

/**
 * Poisson(λ): P(K = k) = e^−λ λ^k / k!, mean = variance = λ. Exact for every λ:
 * - λ < 10: inversion by sequential search (Devroye 1986 §X.3.3) — distributionally the same
 *   as Knuth's product-of-uniforms method but one uniform per draw, and monotone in U, which
 *   keeps counts paired across plan variants when λ differs slightly (common random numbers).
 * - λ ≥ 10: PTRS transformed rejection with squeeze, Hörmann, "The transformed rejection method
 *   for generating Poisson random variables", Insurance: Math. & Econ. 12(1), 1993.
 */
export function drawPoisson(source: RandomSource, lambda: number): number {
  requireNonNegative("lambda", lambda);
  return lambda < PTRS_THRESHOLD ? poissonInversion(source, lambda) : poissonPtrs(source, lambda);
}

export function makePoisson(source: RandomSource, lambda: number): Sampler {
  requireNonNegative("lambda", lambda);
  if (lambda < PTRS_THRESHOLD) return () => poissonInversion(source, lambda);
  const c = ptrsConstants(lambda);
  return () => ptrsSample(source, c);
}

function poissonInversion(source: RandomSource, lambda: number): number {
  for (;;) {
    const u = source.next();
    let p = Math.exp(-lambda);
    let cdf = p;
    let k = 0;
    while (u >= cdf && k < INVERSION_MAX_STEPS) {
      k++;
      p *= lambda / k;
      cdf += p;
    }
    // Only reachable through rounding in cdf for u within ~1e-15 of 1: redraw (exact).
    if (k < INVERSION_MAX_STEPS) return k;
  }
}

interface PtrsConstants {
  readonly lambda: number;
  readonly logLambda: number;
  readonly a: number;
  readonly b: number;
  readonly logInvAlpha: number;
  readonly vr: number;
}

function ptrsConstants(lambda: number): PtrsConstants {
  const b = 0.931 + 2.53 * Math.sqrt(lambda);
  return {
    lambda,
    logLambda: Math.log(lambda),
    a: -0.059 + 0.02483 * b,
    b,
    logInvAlpha: Math.log(1.1239 + 1.1328 / (b - 3.4)),
    vr: 0.9277 - 3.6224 / (b - 2),
  };
}

function poissonPtrs(source: RandomSource, lambda: number): number {
  return ptrsSample(source, ptrsConstants(lambda));
}

function ptrsSample(source: RandomSource, c: PtrsConstants): number {
  for (;;) {
    const u = source.next() - 0.5;
    const v = source.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * c.a) / us + c.b) * u + c.lambda + 0.43);
    if (us >= 0.07 && v <= c.vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    const lhs = Math.log(v) + c.logInvAlpha - Math.log(c.a / (us * us) + c.b);
    if (lhs <= -c.lambda + k * c.logLambda - logFactorial(k)) return k;
  }
}
