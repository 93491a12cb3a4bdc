import { describe, expect, it } from "vitest";
import { estimateQuantile } from "../../../sim/metrics/montecarlo/quantileEstimate.js";
import { quantileRanks } from "../../../sim/metrics/montecarlo/quantileRanks.js";
import { keyedStream } from "../../../sim/random/stream.js";

describe("quantileRanks (binomial order-statistic CI)", () => {
  it("matches a hand computation for the median of n = 10", () => {
    // hand-computed with Bin(10, ½): F(1) = 11/1024 ≤ 0.025 < F(2) = 56/1024 → lo = 2;
    // F(7) = 968/1024 < 0.975 ≤ F(8) = 1013/1024 → hi = 9; coverage F(8) − F(1) = 1002/1024
    const r = quantileRanks(10, 0.5);
    expect(r.lo).toBe(2);
    expect(r.hi).toBe(9);
    expect(r.coverage).toBeCloseTo(1002 / 1024, 12);
  });

  it("matches the textbook ranks for the median of n = 100", () => {
    // oracle: Conover (1999) §3.2 / Hahn & Meeker (1991) Table A.15: X(40), X(61), coverage 0.9648
    const r = quantileRanks(100, 0.5);
    expect([r.lo, r.hi]).toEqual([40, 61]);
    expect(r.coverage).toBeCloseTo(0.9648, 4);
  });

  it("gives P95 ranks of n = 1,000 near np ± z√(np(1−p))", () => {
    // hand-computed normal approximation: 950 ± 1.96·√47.5 = 950 ± 13.5 → ranks ≈ 937 and ≈ 964
    const r = quantileRanks(1_000, 0.95);
    expect(r.lo).toBeGreaterThanOrEqual(935);
    expect(r.lo).toBeLessThanOrEqual(938);
    expect(r.hi).toBeGreaterThanOrEqual(963);
    expect(r.hi).toBeLessThanOrEqual(966);
    expect(r.coverage).toBeGreaterThanOrEqual(0.95);
  });

  it("clamps to [1, n] and reports the lower coverage when n is too small", () => {
    // hand-computed: n = 20, P95: P(all 20 ≤ ξ) = 0.95²⁰ = 0.3585 > 0.025, so hi clamps to 20;
    // lo: F(16) = 0.0159 ≤ 0.025 < F(17) = 0.0755 → lo = 17; coverage F(19) − F(16) = 1 − 0.3585 − 0.0159
    const r = quantileRanks(20, 0.95);
    expect(r.hi).toBe(20);
    expect(r.lo).toBe(17);
    expect(r.coverage).toBeCloseTo(1 - 0.95 ** 20 - 0.015902, 5);
    expect(r.coverage).toBeLessThan(0.95);
  });
});

describe("estimateQuantile", () => {
  it("uses type-7 interpolation and order statistics at the ranks", () => {
    // hand-computed: 1..100, P95 at position 99·0.95 = 94.05 → 95 + 0.05·(96 − 95) = 95.05
    const sorted = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    const e = estimateQuantile(sorted, 0.95);
    expect(e.quantile).toBeCloseTo(95.05, 12);
    expect(e.ci95).toEqual([e.ranks[0], e.ranks[1]]); // X(r) = r here
    expect(e.ci95[0]).toBeLessThanOrEqual(95.05);
    expect(e.ci95[1]).toBeGreaterThanOrEqual(95.05);
  });

  it("covers the true P95 of uniform(0,1) (0.95) in ≥ 93% of 400 replications of n = 500", () => {
    // oracle: exact binomial coverage ≥ 95% for continuous data; ±1.1% binomial sd over 400 reps
    let covered = 0;
    for (let rep = 0; rep < 400; rep++) {
      const s = keyedStream("p95-coverage", rep, "uniform", 0);
      const sorted = Float64Array.from({ length: 500 }, () => s.next()).sort();
      const e = estimateQuantile(sorted, 0.95);
      if (e.ci95[0] <= 0.95 && 0.95 <= e.ci95[1]) covered++;
    }
    expect(covered / 400).toBeGreaterThanOrEqual(0.93);
  });
});
