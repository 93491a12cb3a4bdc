/**
 * The payout kernel against hand-computed values and, bit for bit, against simple-statistics
 * (the library the simulation and the backtest used before the shared kernel), so moving to the
 * kernel changed no number.
 */
import { mean, quantileSorted, sampleStandardDeviation, sum } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { compensatedSum } from "../../../sim/metrics/kernels/compensatedSum.js";
import {
  giniSorted,
  PAY_STATS,
  payDistribution,
  payStats,
} from "../../../sim/metrics/kernels/payDistribution.js";

/** Deterministic pay-like values (no randomness needed): lognormal-ish spread with ties. */
const sample = (n: number) =>
  Array.from({ length: n }, (_, i) => Math.round(40_000 * Math.exp(Math.sin(i * 2.3) + (i % 7) / 5)));

describe("payDistribution", () => {
  it("matches hand-computed mean, sd, cv and quantiles", () => {
    // values 10,20,30,40: mean 25; sample variance = (225+25+25+225)/3 = 166.67; sd = 12.9099
    const s = payStats([40, 10, 30, 20]);
    expect(s.mean).toBe(25);
    expect(s.sd).toBeCloseTo(12.909944, 5);
    expect(s.cv).toBeCloseTo(12.909944 / 25, 6);
    // type 7: p50 at index 1.5 → 20 + 0.5 × 10 = 25; p10 at 0.3 → 10 + 0.3 × 10 = 13
    expect(s.p50).toBe(25);
    expect(s.p10).toBeCloseTo(13, 12);
  });

  it("equals simple-statistics bit for bit and sorts the buffer in place", () => {
    for (const n of [1, 2, 7, 150, 251]) {
      const values = sample(n);
      const sorted = [...values].sort((a, b) => a - b);
      const buffer = new Float64Array(n + 5); // longer than n, as the simulation's scratch is
      buffer.set(values);
      const out = new Float64Array(PAY_STATS.length + 2);
      payDistribution(buffer, n, out, 2);
      expect(out[2]).toBe(mean(sorted));
      expect(out[3]).toBe(n > 1 ? sampleStandardDeviation(sorted) : 0);
      expect(out[5]).toBe(quantileSorted(sorted, 0.1));
      expect(out[6]).toBe(quantileSorted(sorted, 0.5));
      expect(out[7]).toBe(quantileSorted(sorted, 0.9));
      expect(Array.from(buffer.subarray(0, n))).toEqual(sorted);
    }
  });

  it("gives NaN for no reps (a statistic of nobody is undefined)", () => {
    for (const v of Object.values(payStats([]))) expect(v).toBeNaN();
  });
});

describe("giniSorted", () => {
  it("matches hand-computed values", () => {
    expect(giniSorted([5, 5, 5, 5])).toBe(0);
    // hand-computed: [0,0,0,1]: 2·(4·1)/(4·1) − 5/4 = 2 − 1.25 = 0.75
    expect(giniSorted([0, 0, 0, 1])).toBeCloseTo(0.75, 12);
    // hand-computed: [1,2,3]: mean abs difference over all ordered pairs = 8/9; G = (8/9)/(2·2) = 2/9
    expect(giniSorted([1, 2, 3])).toBeCloseTo(2 / 9, 12);
  });
  it("is scale invariant and 0 when nothing is paid", () => {
    expect(giniSorted([1, 4, 9, 16])).toBeCloseTo(giniSorted([100, 400, 900, 1600]), 12);
    expect(giniSorted([0, 0])).toBe(0);
  });
});

describe("compensatedSum", () => {
  it("equals simple-statistics' sum on values where naive summation loses digits", () => {
    const xs = [1e16, 1, -1e16, 3.14, 1e-3, 2e15, -7];
    expect(compensatedSum(xs)).toBe(sum(xs));
    expect(compensatedSum(Float64Array.from(xs), 3)).toBe(sum(xs.slice(0, 3)));
  });
});
