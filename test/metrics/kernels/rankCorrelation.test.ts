/**
 * payPerformance.rho's kernel: Spearman's rho bit for bit as simple-statistics (the oracle and
 * the previous implementation of both sides), ties included, and the within-role average on a
 * hand-made case.
 */
import { sampleRankCorrelation } from "simple-statistics";
import { describe, expect, it } from "vitest";
import {
  rankCorrelation,
  rankCorrelationByGroup,
  rankScratch,
} from "../../../sim/metrics/kernels/rankCorrelation.js";

describe("rankCorrelation", () => {
  it("equals simple-statistics' sampleRankCorrelation bit for bit, with ties", () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9];
    const y = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5, 9, 0, 4];
    for (const n of [3, 5, 10, 15])
      expect(rankCorrelation(x, y, n)).toBe(sampleRankCorrelation(x.slice(0, n), y.slice(0, n)));
  });
  it("is 1 for any increasing relation and NaN when one side is constant", () => {
    expect(rankCorrelation([1, 2, 3, 4], [10, 100, 1000, 10_000], 4)).toBeCloseTo(1, 12);
    expect(rankCorrelation([1, 2, 3], [5, 5, 5], 3)).toBeNaN();
  });
});

describe("rankCorrelationByGroup", () => {
  it("averages within-group rho weighted by group size, skipping groups under 3", () => {
    // group 0 (3 reps): pay rises with value → ρ = 1; group 1 (4 reps): pay falls → ρ = −1;
    // group 2 (2 reps) is too small; a rep in group −1 (no plan) is left out.
    // hand-computed: (1·3 + (−1)·4) / 7 = −1/7
    const pay = [1, 2, 3, 40, 30, 20, 10, 7, 8, 99];
    const value = [5, 6, 7, 1, 2, 3, 4, 1, 1, 0];
    const group = [0, 0, 0, 1, 1, 1, 1, 2, 2, -1];
    expect(rankCorrelationByGroup(pay, value, group, 10, 3, rankScratch(10))).toBeCloseTo(-1 / 7, 12);
  });
  it("is NaN when no group has 3 members", () => {
    expect(rankCorrelationByGroup([1, 2], [1, 2], [0, 0], 2, 1)).toBeNaN();
  });
});
