import { describe, expect, it } from "vitest";
import {
  attainmentBandShares,
  belowHalfTargetShare,
  costRatio,
} from "../../../sim/metrics/kernels/shares.js";

describe("attainment bands", () => {
  it("counts band edges as in the middle band", () => {
    // 0.5 low; 0.8, 1.0, 1.2 middle; 1.5 high → 1/5, 3/5, 1/5
    expect(attainmentBandShares([0.5, 0.8, 1.0, 1.2, 1.5])).toEqual({
      below80: 0.2,
      from80to120: 0.6,
      above120: 0.2,
    });
  });
  it("is undefined (NaN) without rep-years", () => {
    expect(attainmentBandShares([]).below80).toBeNaN();
  });
});

describe("payout.zeroShare and cost.ratio", () => {
  it("counts reps paid below half of target", () => {
    // targets 100 each: 49 < 50 counts, 50 does not, 120 does not → 1/3
    expect(belowHalfTargetShare([49, 50, 120], [100, 100, 100], 3)).toBeCloseTo(1 / 3, 12);
    expect(belowHalfTargetShare([], [], 0)).toBeNaN();
  });
  it("divides cost by credited ARR, NaN when nothing was credited", () => {
    // hand-computed: 121,000 / 1,000,000 = 12.1%
    expect(costRatio(121_000, 1_000_000)).toBeCloseTo(0.121, 12);
    expect(costRatio(5, 0)).toBeNaN();
  });
});
