import { describe, expect, test } from "vitest";
import { drawBernoulli, makeBernoulli } from "../../sim/random/distributions/bernoulli.js";
import { drawBinomial, makeBinomial } from "../../sim/random/distributions/binomial.js";
import { drawPoisson, makePoisson } from "../../sim/random/distributions/poisson.js";
import { drawUniformInt, makeUniformInt } from "../../sim/random/distributions/uniformInt.js";
import { logFactorial } from "../../sim/random/math/logFactorial.js";
import { keyedStream } from "../../sim/random/stream.js";
import { counts, expectChiSquareFit, expectMoments, N, sample } from "./stats.js";

/** The exact rejection samplers get a larger sample: a χ² on 10⁶ draws sees pmf errors ≳ 0.3%. */
const PMF_N = 1_000_000;

const src = (purpose: string) => keyedStream("42", 0, purpose, "dist-test");

/** ln k! by direct summation — the independent oracle for logFactorial and the pmfs below. */
const LN_FACT = [0];
function lnFactSum(k: number): number {
  for (let j = LN_FACT.length; j <= k; j++) LN_FACT.push(LN_FACT[j - 1]! + Math.log(j));
  return LN_FACT[k]!;
}

const poissonPmf = (lambda: number, k: number) => Math.exp(-lambda + k * Math.log(lambda) - lnFactSum(k));
const binomialPmf = (n: number, p: number, k: number) =>
  Math.exp(lnFactSum(n) - lnFactSum(k) - lnFactSum(n - k) + k * Math.log(p) + (n - k) * Math.log1p(-p));

describe("logFactorial", () => {
  test.each([0, 1, 2, 10, 255, 256, 257, 1000, 123_456])("ln %i! matches direct summation", (k) => {
    const exact = lnFactSum(k);
    expect(Math.abs(logFactorial(k) - exact)).toBeLessThanOrEqual(1e-13 * Math.max(1, exact));
  });
});

describe("bernoulli", () => {
  test("Bernoulli(0.3): mean p = 0.3, var p(1−p) = 0.21", () => {
    const next = makeBernoulli(src("bern"), 0.3);
    expectMoments(
      sample(N, () => (next() ? 1 : 0)),
      0.3,
      0.21,
    );
  });
  test("p = 0 and p = 1 are certain and still consume one draw", () => {
    const a = src("bern-edge");
    const b = src("bern-edge");
    expect(drawBernoulli(a, 0)).toBe(false);
    expect(drawBernoulli(a, 1)).toBe(true);
    b.next();
    b.next();
    expect(a.next()).toBe(b.next());
    expect(() => makeBernoulli(a, 1.5)).toThrow(RangeError);
  });
});

describe("poisson", () => {
  // mean = variance = λ; λ = 0.5 and 5 use inversion, 9.99 its edge, 10/50/500 use PTRS.
  test.each([0.5, 5, 9.99, 10, 50, 500])("Poisson(λ=%s): mean λ, var λ, pmf χ²", (lambda) => {
    const next = makePoisson(src(`poisson-${lambda}`), lambda);
    const xs = sample(PMF_N, next);
    expectMoments(xs, lambda, lambda);
    expect(xs.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    const max = Math.ceil(lambda + 12 * Math.sqrt(lambda) + 12);
    const probs = Array.from({ length: max + 1 }, (_, k) => poissonPmf(lambda, k));
    expectChiSquareFit(counts(xs, max), probs);
  });

  test("drawPoisson with a changing rate (e.g. monthly lead flow) keeps the right mean", () => {
    const s = src("poisson-varying");
    // rates 2, 4, …, 40 cycled; mean of the rates = 21, var = mean rate + var of rates
    const rates = Array.from({ length: 20 }, (_, i) => 2 * (i + 1));
    const xs = sample(
      N,
      (() => {
        let i = 0;
        return () => drawPoisson(s, rates[i++ % 20]!);
      })(),
    );
    const meanRate = 21;
    const varRates = rates.reduce((a, r) => a + (r - meanRate) ** 2, 0) / rates.length; // 133
    expectMoments(xs, meanRate, meanRate + varRates);
  });

  test("λ = 0 gives 0; negative or NaN λ throws", () => {
    const s = src("poisson-edge");
    expect(drawPoisson(s, 0)).toBe(0);
    expect(() => drawPoisson(s, -1)).toThrow(RangeError);
    expect(() => makePoisson(s, Number.NaN)).toThrow(RangeError);
  });

  test("small-λ inversion is monotone in the uniform (paired counts across variants)", () => {
    // Same stream, λ = 3 vs 3.3: every count under the larger rate is ≥ the smaller one.
    const a = src("poisson-crn");
    const b = src("poisson-crn");
    for (let i = 0; i < 10_000; i++) expect(drawPoisson(b, 3.3)).toBeGreaterThanOrEqual(drawPoisson(a, 3));
  });
});

describe("binomial", () => {
  // mean np, variance np(1−p); np < 10 → inversion, ≥ 10 → BTRS, p > ½ via n − Bin(n, 1−p).
  test.each([
    [20, 0.3],
    [1, 0.5],
    [100, 0.05],
    [100, 0.5],
    [1000, 0.3],
    [50, 0.9],
    [100_000, 0.001],
    [5000, 0.25],
  ])("Binomial(n=%i, p=%s): mean np, var np(1−p), pmf χ²", (n, p) => {
    const xs = sample(PMF_N, makeBinomial(src(`binom-${n}-${p}`), n, p));
    expectMoments(xs, n * p, n * p * (1 - p));
    expect(xs.every((x) => Number.isInteger(x) && x >= 0 && x <= n)).toBe(true);
    const probs = Array.from({ length: n + 1 }, (_, k) => binomialPmf(n, p, k));
    expectChiSquareFit(counts(xs, n), probs);
  });

  test("edge cases: p = 0, p = 1, n = 0; bad n throws", () => {
    const s = src("binom-edge");
    expect(drawBinomial(s, 10, 0)).toBe(0);
    expect(drawBinomial(s, 10, 1)).toBe(10);
    expect(drawBinomial(s, 0, 0.5)).toBe(0);
    expect(() => drawBinomial(s, 2.5, 0.5)).toThrow(RangeError);
    expect(() => makeBinomial(s, 10, -0.1)).toThrow(RangeError);
  });
});

describe("uniformInt", () => {
  test("n = 7: each value with probability 1/7 (χ²); mean 3, var (n²−1)/12 = 4", () => {
    const xs = sample(N, makeUniformInt(src("int7"), 7));
    expectMoments(xs, 3, 4);
    expectChiSquareFit(counts(xs, 6), new Array<number>(7).fill(1 / 7));
  });

  test("n = 3·2^30 (rejection matters: modulo bias would put 2/3 of the mass in the low half)", () => {
    const n = 3 * 2 ** 30;
    const s = src("int-big");
    const xs = sample(N, () => drawUniformInt(s, n));
    // mean (n−1)/2, var (n²−1)/12
    expectMoments(xs, (n - 1) / 2, (n * n - 1) / 12);
  });

  test("n must be an integer in [1, 2^32]", () => {
    expect(() => makeUniformInt(src("x"), 0)).toThrow(RangeError);
    expect(() => drawUniformInt(src("x"), 1.5)).toThrow(RangeError);
    expect(drawUniformInt(src("x"), 1)).toBe(0);
  });
});
