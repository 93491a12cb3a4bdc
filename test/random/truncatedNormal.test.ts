import { describe, expect, test } from "vitest";
import { drawTruncatedNormal, makeTruncatedNormal } from "../../sim/random/distributions/truncatedNormal.js";
import { keyedStream } from "../../sim/random/stream.js";
import { expectMoments, ksCritical, ksStatistic, N, normalCdf, sample } from "./stats.js";

const phi = (x: number) => (Number.isFinite(x) ? Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI) : 0);
const xphi = (x: number) => (Number.isFinite(x) ? x * phi(x) : 0);

/**
 * Analytic moments of N(μ, σ²) truncated to [lo, hi], α = (lo−μ)/σ, β = (hi−μ)/σ, Z = Φ(β) − Φ(α):
 * mean μ + σ(φ(α) − φ(β))/Z; var σ²[1 + (αφ(α) − βφ(β))/Z − ((φ(α) − φ(β))/Z)²]
 * (Johnson, Kotz & Balakrishnan vol. 1, §10.1).
 */
function truncatedMoments(mu: number, sigma: number, lo: number, hi: number) {
  const a = (lo - mu) / sigma;
  const b = (hi - mu) / sigma;
  // Compute Z in the tail it lives in, so far tails keep relative accuracy.
  const z = a > 0 ? normalCdf(-a) - normalCdf(-b) : normalCdf(b) - normalCdf(a);
  const d = (phi(a) - phi(b)) / z;
  return {
    mean: mu + sigma * d,
    variance: sigma * sigma * (1 + (xphi(a) - xphi(b)) / z - d * d),
    cdf: (x: number) =>
      a > 0
        ? (normalCdf(-a) - normalCdf(-(x - mu) / sigma)) / z
        : (normalCdf((x - mu) / sigma) - normalCdf(a)) / z,
  };
}

// Cases chosen to hit every branch of Robert (1995): wide around 0 (normal rejection), narrow
// around 0 (uniform), one-sided tail (exponential), narrow tail interval (uniform), far tail,
// and an upper tail handled by symmetry.
const cases: [string, number, number, number, number][] = [
  ["wide around the mean", 0, 1, -2, 3],
  ["narrow around the mean", 5, 2, 4, 7],
  ["right tail [μ+2σ, ∞)", 0, 1, 2, Number.POSITIVE_INFINITY],
  ["narrow tail [3, 3.2]", 0, 1, 3, 3.2],
  ["far tail [6σ, ∞)", 100, 10, 160, Number.POSITIVE_INFINITY],
  ["left tail (−∞, −4]", 0, 1, Number.NEGATIVE_INFINITY, -4],
  ["non-negative deal discount", 0.1, 0.15, 0, 0.4],
];

describe.each(cases)("truncated normal: %s", (name, mu, sigma, lo, hi) => {
  test("within bounds, analytic mean/variance, KS vs the truncated CDF", () => {
    const xs = sample(N, makeTruncatedNormal(keyedStream("42", 0, "tn", name), mu, sigma, lo, hi));
    expect(xs.every((x) => x >= lo && x <= hi)).toBe(true);
    const m = truncatedMoments(mu, sigma, lo, hi);
    expectMoments(xs, m.mean, m.variance);
    expect(ksStatistic(xs, m.cdf)).toBeLessThan(ksCritical(N));
  });
});

describe("truncated normal edge cases", () => {
  const s = keyedStream("42", 0, "tn", "edge");
  test("sigma 0 clamps mu into the interval", () => {
    expect(drawTruncatedNormal(s, 5, 0, 0, 1)).toBe(1);
    expect(makeTruncatedNormal(s, 0.5, 0, 0, 1)()).toBe(0.5);
  });
  test("empty or NaN interval throws", () => {
    expect(() => drawTruncatedNormal(s, 0, 1, 1, 1)).toThrow(RangeError);
    expect(() => drawTruncatedNormal(s, 0, 1, 2, 1)).toThrow(RangeError);
    expect(() => makeTruncatedNormal(s, 0, 1, Number.NaN, 1)).toThrow(RangeError);
  });
});
