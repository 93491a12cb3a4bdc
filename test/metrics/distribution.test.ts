import { describe, expect, it } from "vitest";
import {
  attainmentBands,
  belowHalfTargetShare,
  summarizeDistribution,
} from "../../sim/metrics/distribution.js";
import { gini } from "../../sim/metrics/gini.js";

describe("gini", () => {
  it("is 0 for equal pay", () => {
    expect(gini([5, 5, 5, 5])).toBe(0);
  });
  it("matches hand-computed values", () => {
    // hand-computed: [0,0,0,1]: 2·(4·1)/(4·1) − 5/4 = 2 − 1.25 = 0.75
    expect(gini([1, 0, 0, 0])).toBeCloseTo(0.75, 12);
    // hand-computed: [1,2,3]: mean abs difference over all ordered pairs = (0+1+2+1+0+1+2+1+0)/9 = 8/9;
    // G = (8/9) / (2·2) = 2/9
    expect(gini([3, 1, 2])).toBeCloseTo(2 / 9, 12);
  });
  it("is scale invariant", () => {
    expect(gini([1, 4, 9, 16])).toBeCloseTo(gini([100, 400, 900, 1600]), 12);
  });
});

describe("summarizeDistribution", () => {
  it("matches hand-computed mean, sd, cv and quantiles", () => {
    // values 10,20,30,40: mean 25; sample variance = (225+25+25+225)/3 = 166.67; sd = 12.9099
    const s = summarizeDistribution([40, 10, 30, 20]);
    expect(s.mean).toBe(25);
    expect(s.sd).toBeCloseTo(12.909944, 5);
    expect(s.cv).toBeCloseTo(12.909944 / 25, 6);
    expect(s.p50).toBe(25);
    expect(s.n).toBe(4);
  });
  it("handles empty input", () => {
    expect(summarizeDistribution([]).n).toBe(0);
  });
});

describe("attainment bands and zero share", () => {
  it("counts band edges as in the middle band", () => {
    // 0.5 low; 0.8, 1.0, 1.2 middle; 1.5 high → 1/5, 3/5, 1/5
    expect(attainmentBands([0.5, 0.8, 1.0, 1.2, 1.5])).toEqual({
      below80: 0.2,
      from80to120: 0.6,
      above120: 0.2,
    });
  });
  it("counts reps paid below half of target", () => {
    // targets 100 each: 49 < 50 counts, 50 does not, 120 does not → 1/3
    expect(belowHalfTargetShare([49, 50, 120], [100, 100, 100])).toBeCloseTo(1 / 3, 12);
  });
});
