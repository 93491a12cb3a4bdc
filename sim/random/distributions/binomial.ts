import { logFactorial } from "../math/logFactorial.js";
import type { RandomSource, Sampler } from "../source.js";
import { requireProbability } from "./check.js";

/** Below this n·min(p, 1−p), inversion; at or above, BTRS (valid for np ≥ 10 per Hörmann). */
const BTRS_THRESHOLD = 10;

/**
 * Binomial(n, p): successes in n independent trials; mean np, variance np(1−p). Exact:
 * p > ½ is drawn as n − Binomial(n, 1 − p); then
 * - np < 10: inversion by sequential search (Devroye 1986 §X.4.3), one uniform per draw;
 * - np ≥ 10: BTRS transformed rejection, Hörmann, "The generation of binomial random
 *   variates", J. Statist. Comput. Simul. 46, 1993, with the acceptance test computed from
 *   exact log-factorials (ln f(k)/f(m), m the mode).
 */
export function drawBinomial(source: RandomSource, n: number, p: number): number {
  checkBinomial(n, p);
  if (p > 0.5) return n - binomialHalf(source, n, 1 - p);
  return binomialHalf(source, n, p);
}

export function makeBinomial(source: RandomSource, n: number, p: number): Sampler {
  checkBinomial(n, p);
  if (p > 0.5) {
    const q = 1 - p;
    return () => n - binomialHalf(source, n, q);
  }
  return () => binomialHalf(source, n, p);
}

function checkBinomial(n: number, p: number): void {
  if (!(Number.isSafeInteger(n) && n >= 0)) {
    throw new RangeError(`binomial: n must be a non-negative integer, got ${n}`);
  }
  requireProbability("p", p);
}

/** p ≤ ½. */
function binomialHalf(source: RandomSource, n: number, p: number): number {
  if (p === 0 || n === 0) {
    source.next(); // keep one draw per call, like the inversion path
    return 0;
  }
  return n * p < BTRS_THRESHOLD ? binomialInversion(source, n, p) : binomialBtrs(source, n, p);
}

function binomialInversion(source: RandomSource, n: number, p: number): number {
  const q = 1 - p;
  const r = p / q;
  for (;;) {
    const u = source.next();
    let f = q ** n;
    let cdf = f;
    let k = 0;
    while (u >= cdf && k < n) {
      f *= (r * (n - k)) / (k + 1);
      k++;
      cdf += f;
    }
    // k = n with u ≥ cdf only through rounding (cdf ≈ 1): redraw, keeping the draw exact.
    if (u < cdf) return k;
  }
}

function binomialBtrs(source: RandomSource, n: number, p: number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const logRatio = Math.log(p / q);
  const m = Math.floor((n + 1) * p);
  const logFm = -logFactorial(m) - logFactorial(n - m) + m * logRatio;
  for (;;) {
    const u = source.next() - 0.5;
    const v = source.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    const lhs = Math.log((v * alpha) / (a / (us * us) + b));
    const logFk = -logFactorial(k) - logFactorial(n - k) + k * logRatio;
    if (lhs <= logFk - logFm) return k;
  }
}
