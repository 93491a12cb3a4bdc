import { describe, expect, it } from "vitest";
import { kolmogorovQ, ksTwoSample } from "../../sim/metrics/ks.js";

describe("ksTwoSample", () => {
  it("computes D by hand on small samples", () => {
    // a = {1,2,3}, b = {2.5, 4}: gaps |F_a − F_b| at 1, 2, 2.5, 3, 4 are 1/3, 2/3, 1/6, 1/2, 0 → D = 2/3
    expect(ksTwoSample([1, 2, 3], [2.5, 4]).d).toBeCloseTo(2 / 3, 15);
    // identical samples → D = 0, p = 1
    expect(ksTwoSample([1, 2, 3], [3, 2, 1])).toMatchObject({ d: 0, pValue: 1 });
    // disjoint samples → D = 1
    expect(ksTwoSample([1, 2], [5, 6]).d).toBe(1);
  });
  it("matches Kolmogorov's distribution at known points", () => {
    // Q_KS(1.36) ≈ 0.0495 and Q_KS(1.63) ≈ 0.0098: the classic 5% and 1% critical values
    expect(kolmogorovQ(1.36)).toBeCloseTo(0.0495, 3);
    expect(kolmogorovQ(1.63)).toBeCloseTo(0.0098, 3);
  });
});
