import { describe, expect, test } from "vitest";
import { drawBeta, makeBeta } from "../../sim/random/distributions/beta.js";
import { drawExponential, makeExponential } from "../../sim/random/distributions/exponential.js";
import { drawGamma, makeGamma } from "../../sim/random/distributions/gamma.js";
import {
  drawLogNormal,
  logNormalFromMeanCv,
  logNormalFromMedianP90,
  makeLogNormal,
} from "../../sim/random/distributions/lognormal.js";
import { drawNormal, drawStandardNormal, makeNormal } from "../../sim/random/distributions/normal.js";
import { drawUniform, makeUniform } from "../../sim/random/distributions/uniform.js";
import { keyedStream } from "../../sim/random/stream.js";
import { expectMoments, ksCritical, ksStatistic, N, normalCdf, sample } from "./stats.js";

const src = (purpose: string) => keyedStream("42", 0, purpose, "dist-test");

describe("uniform", () => {
  test("U(2, 5): mean (a+b)/2 = 3.5, var (b−a)²/12 = 0.75; KS vs (x−2)/3", () => {
    const xs = sample(N, makeUniform(src("uniform"), 2, 5));
    expectMoments(xs, 3.5, 0.75);
    expect(ksStatistic(xs, (x) => (x - 2) / 3)).toBeLessThan(ksCritical(N));
    expect(xs.reduce((a, b) => Math.min(a, b))).toBeGreaterThanOrEqual(2);
    expect(xs.reduce((a, b) => Math.max(a, b))).toBeLessThan(5);
  });

  test("drawUniform = makeUniform on the same stream", () => {
    const a = src("u2");
    const b = makeUniform(src("u2"), -1, 1);
    for (let i = 0; i < 100; i++) expect(drawUniform(a, -1, 1)).toBe(b());
  });
});

describe("normal", () => {
  test("makeNormal N(10, 2²): mean 10, var 4; KS vs Φ((x−10)/2)", () => {
    const xs = sample(N, makeNormal(src("normal"), 10, 2));
    expectMoments(xs, 10, 4);
    expect(ksStatistic(xs, (x) => normalCdf((x - 10) / 2))).toBeLessThan(ksCritical(N));
  });

  test("drawNormal N(−3, 0.5²): mean −3, var 0.25; KS", () => {
    const s = src("normal-draw");
    const xs = sample(N, () => drawNormal(s, -3, 0.5));
    expectMoments(xs, -3, 0.25);
    expect(ksStatistic(xs, (x) => normalCdf((x + 3) / 0.5))).toBeLessThan(ksCritical(N));
  });

  test("Box–Muller pairs are uncorrelated: cos and sin outputs of makeNormal", () => {
    const next = makeNormal(src("pairs"));
    const m = 100_000;
    let sxy = 0;
    for (let i = 0; i < m; i++) sxy += next() * next();
    // E[XY] = 0, SE = 1/√m
    expect(Math.abs(sxy / m)).toBeLessThan(5 / Math.sqrt(m));
  });

  test("drawStandardNormal consumes exactly two uniforms (no hidden state)", () => {
    const a = src("consume");
    const b = src("consume");
    drawStandardNormal(a);
    b.next();
    b.next();
    expect(a.next()).toBe(b.next());
  });

  test("sigma = 0 gives mu", () => {
    expect(makeNormal(src("z"), 4, 0)()).toBe(4);
  });
});

describe("lognormal", () => {
  test("exp(N(1, 0.5²)): mean e^(μ+σ²/2), var (e^σ² − 1)e^(2μ+σ²)", () => {
    const mu = 1;
    const sigma = 0.5;
    const xs = sample(N, makeLogNormal(src("lognormal"), mu, sigma));
    const mean = Math.exp(mu + sigma ** 2 / 2); // 3.0802
    const variance = (Math.exp(sigma ** 2) - 1) * Math.exp(2 * mu + sigma ** 2); // 2.6948
    expectMoments(xs, mean, variance);
    expect(ksStatistic(xs, (x) => normalCdf((Math.log(x) - mu) / sigma))).toBeLessThan(ksCritical(N));
  });

  test("logNormalFromMeanCv(50,000, 0.8) reproduces mean 50,000 and sd 40,000", () => {
    const p = logNormalFromMeanCv(50_000, 0.8);
    // hand-computed: σ² = ln(1.64) = 0.494696, μ = ln 50000 − σ²/2 = 10.819778 − 0.247348 = 10.572430
    expect(p.sigma ** 2).toBeCloseTo(Math.log(1.64), 12);
    expect(p.mu).toBeCloseTo(10.57243, 5);
    const s = src("lognormal-cv");
    const xs = sample(N, () => drawLogNormal(s, p.mu, p.sigma));
    expectMoments(xs, 50_000, 40_000 ** 2);
  });

  test("logNormalFromMedianP90(20,000, 60,000): sample median and p90 match", () => {
    const p = logNormalFromMedianP90(20_000, 60_000);
    // hand-computed: σ = ln 3 / z₀.₉ = 1.098612 / 1.281552 = 0.857252
    expect(p.sigma).toBeCloseTo(0.857252, 5);
    const xs = Float64Array.from(sample(N, makeLogNormal(src("lognormal-p90"), p.mu, p.sigma))).sort();
    // Quantile SE ≈ √(q(1−q)/n)/f(x_q): ±1% in probability is > 20 SE here; check via the CDF.
    const below20k = xs.findIndex((x) => x >= 20_000) / N;
    const below60k = xs.findIndex((x) => x >= 60_000) / N;
    expect(Math.abs(below20k - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(below60k - 0.9)).toBeLessThan(0.004);
  });

  test("bad helper inputs throw", () => {
    expect(() => logNormalFromMeanCv(-1, 0.5)).toThrow(RangeError);
    expect(() => logNormalFromMedianP90(10, 5)).toThrow(RangeError);
  });
});

describe("exponential", () => {
  test("Exp(rate 0.25): mean 1/λ = 4, var 1/λ² = 16; KS vs 1 − e^(−λx)", () => {
    const xs = sample(N, makeExponential(src("exp"), 0.25));
    expectMoments(xs, 4, 16);
    expect(ksStatistic(xs, (x) => 1 - Math.exp(-0.25 * x))).toBeLessThan(ksCritical(N));
  });

  test("drawExponential consumes one uniform and matches makeExponential", () => {
    const a = src("exp2");
    const b = makeExponential(src("exp2"), 3);
    for (let i = 0; i < 100; i++) expect(drawExponential(a, 3)).toBe(b());
  });
});

describe("gamma (Marsaglia–Tsang)", () => {
  test("Gamma(k=2, θ=3): mean kθ = 6, var kθ² = 18", () => {
    expectMoments(sample(N, makeGamma(src("gamma"), 2, 3)), 6, 18);
  });

  test("Gamma(k=0.5, θ=2) (boosted path): mean 1, var 2", () => {
    const s = src("gamma-small");
    expectMoments(
      sample(N, () => drawGamma(s, 0.5, 2)),
      1,
      2,
    );
  });

  test("Gamma(k=1, θ=1) is Exp(1): KS vs 1 − e^(−x)", () => {
    const xs = sample(N, makeGamma(src("gamma-exp"), 1, 1));
    expect(ksStatistic(xs, (x) => 1 - Math.exp(-x))).toBeLessThan(ksCritical(N));
  });

  test("Gamma(k=50, θ=0.1): mean 5, var 0.5", () => {
    expectMoments(sample(N, makeGamma(src("gamma-big"), 50, 0.1)), 5, 0.5);
  });
});

describe("beta", () => {
  test("Beta(2, 5): mean α/(α+β) = 2/7, var αβ/((α+β)²(α+β+1)) = 10/392", () => {
    const xs = sample(N, makeBeta(src("beta"), 2, 5));
    expectMoments(xs, 2 / 7, 10 / 392);
    // Beta(2,5) CDF: I_x(2,5) = 1 − (1−x)⁶ − 6x(1−x)⁵ (hand-derived for integer parameters)
    expect(ksStatistic(xs, (x) => 1 - (1 - x) ** 6 - 6 * x * (1 - x) ** 5)).toBeLessThan(ksCritical(N));
  });

  test("Beta(0.5, 0.5) (arcsine): mean ½, var 1/8", () => {
    const s = src("beta-arcsine");
    const xs = sample(N, () => drawBeta(s, 0.5, 0.5));
    expectMoments(xs, 0.5, 1 / 8);
    expect(ksStatistic(xs, (x) => (2 / Math.PI) * Math.asin(Math.sqrt(x)))).toBeLessThan(ksCritical(N));
  });
});

describe("parameter validation", () => {
  const s = src("bad");
  test.each([
    ["normal sigma < 0", () => makeNormal(s, 0, -1)],
    ["normal NaN mu", () => drawNormal(s, Number.NaN, 1)],
    ["uniform max < min", () => makeUniform(s, 2, 1)],
    ["exponential rate 0", () => makeExponential(s, 0)],
    ["gamma shape 0", () => makeGamma(s, 0, 1)],
    ["gamma scale ∞", () => drawGamma(s, 1, Number.POSITIVE_INFINITY)],
    ["beta alpha < 0", () => makeBeta(s, -1, 1)],
    ["lognormal sigma NaN", () => makeLogNormal(s, 0, Number.NaN)],
  ])("%s throws RangeError", (_name, f) => {
    expect(f).toThrow(RangeError);
  });
});
