/** Test-only statistics: sample moments, KS and chi-square goodness of fit. */
import { chiSquaredDistributionTable, errorFunction } from "simple-statistics";
import { expect } from "vitest";
import type { RandomSource } from "../../sim/random/source.js";

export const N = 200_000;

export function sample(n: number, draw: () => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = draw();
  return out;
}

export function uniforms(source: RandomSource, n: number): Float64Array {
  return sample(n, () => source.next());
}

export interface Moments {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
  /** Fourth central moment, for the standard error of the variance. */
  readonly m4: number;
}

export function moments(xs: ArrayLike<number>): Moments {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += xs[i]!;
  const mean = sum / n;
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = xs[i]! - mean;
    const d2 = d * d;
    m2 += d2;
    m4 += d2 * d2;
  }
  return { n, mean, variance: m2 / (n - 1), m4: m4 / n };
}

/**
 * Sample mean within z standard errors of the analytic mean (SE = √(var/n)), and sample variance
 * within z standard errors of the analytic variance (SE ≈ √((m4 − s⁴)/n)). Draws come from a fixed
 * key, so a pass is deterministic; z = 5 keeps the bounds meaningful, not flaky.
 */
export function expectMoments(xs: ArrayLike<number>, mean: number, variance: number, z = 5): Moments {
  const m = moments(xs);
  expect(Math.abs(m.mean - mean)).toBeLessThan(z * Math.sqrt(variance / m.n) + 1e-12);
  const seVar = Math.sqrt(Math.max(m.m4 - m.variance * m.variance, 0) / m.n);
  // (z²·var/n covers the mean-estimation term the delta method drops; it matters only when
  // m4 = s⁴, e.g. Bernoulli(½).)
  expect(Math.abs(m.variance - variance)).toBeLessThan(z * seVar + (z * z * variance) / m.n + 1e-12);
  return m;
}

/** Kolmogorov–Smirnov statistic D = sup |F_n − F|. */
export function ksStatistic(xs: ArrayLike<number>, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(xs).sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]!);
    d = Math.max(d, f - i / n, (i + 1) / n - f);
  }
  return d;
}

/** Asymptotic KS critical value at α = 0.001: 1.949/√n (Smirnov; e.g. Massey 1951 table). */
export function ksCritical(n: number): number {
  return 1.949 / Math.sqrt(n);
}

/** Φ(x) via simple-statistics' erf (fractional error < 1.2e-7, Numerical Recipes erfc). */
export function normalCdf(x: number): number {
  return 0.5 * (1 + errorFunction(x / Math.SQRT2));
}

/** Upper 0.5% point of χ²(df): simple-statistics' table, else Wilson–Hilferty. */
export function chiSquareCritical(df: number): number {
  const row = (chiSquaredDistributionTable as Record<number, Record<string, number>>)[df];
  if (row?.["0.005"] !== undefined) return row["0.005"];
  const z = 2.5758293035489;
  const c = 2 / (9 * df);
  return df * (1 - c + z * Math.sqrt(c)) ** 3;
}

/**
 * Pearson χ² of observed counts against expected probabilities; bins with expected count < 5
 * are pooled with their neighbour first. Returns the statistic and degrees of freedom.
 */
export function chiSquare(
  observed: readonly number[],
  probs: readonly number[],
): { stat: number; df: number } {
  const total = observed.reduce((a, b) => a + b, 0);
  const obs: number[] = [];
  const exp: number[] = [];
  let o = 0;
  let e = 0;
  for (let i = 0; i < probs.length; i++) {
    o += observed[i]!;
    e += probs[i]! * total;
    if (e >= 5) {
      obs.push(o);
      exp.push(e);
      o = 0;
      e = 0;
    }
  }
  if (exp.length > 0) {
    obs[obs.length - 1]! += o;
    exp[exp.length - 1]! += e;
  }
  let stat = 0;
  for (let i = 0; i < obs.length; i++) stat += (obs[i]! - exp[i]!) ** 2 / exp[i]!;
  return { stat, df: obs.length - 1 };
}

export function expectChiSquareFit(observed: readonly number[], probs: readonly number[]): void {
  const { stat, df } = chiSquare(observed, probs);
  expect(df).toBeGreaterThan(0);
  expect(stat).toBeLessThan(chiSquareCritical(df));
}

/** Counts of integer draws 0..max (draws above max land in the last bin). */
export function counts(xs: ArrayLike<number>, max: number): number[] {
  const c = new Array<number>(max + 1).fill(0);
  for (let i = 0; i < xs.length; i++) c[Math.min(xs[i]!, max)]!++;
  return c;
}

/** Pearson correlation coefficient. */
export function correlation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const mx = moments(x).mean;
  const my = moments(y).mean;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}
