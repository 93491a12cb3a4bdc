import { describe, expect, it } from "vitest";
import { estimateMean } from "../../../sim/metrics/montecarlo/meanEstimate.js";
import { momentsOf } from "../../../sim/metrics/montecarlo/moments.js";
import { makeNormal } from "../../../sim/random/distributions/normal.js";
import { keyedStream } from "../../../sim/random/stream.js";

describe("estimateMean", () => {
  it("matches a hand computation", () => {
    // hand-computed: 10,20,30,40 → s² = 500/3, se = √(500/3/4) = 6.454972, half-width 1.959964·se
    const e = estimateMean(momentsOf([10, 20, 30, 40]));
    expect(e.kind).toBe("mean");
    expect(e.mean).toBe(25);
    expect(e.n).toBe(4);
    expect(e.se).toBeCloseTo(6.454972243679028, 12);
    expect(e.ci95[0]).toBeCloseTo(25 - 1.959963984540054 * 6.454972243679028, 10);
    expect(e.ci95[1]).toBeCloseTo(25 + 1.959963984540054 * 6.454972243679028, 10);
  });

  it("95% CI covers the true mean in 93.5–96.5% of 2,000 replications (N(0,1), n = 100)", () => {
    // oracle: nominal coverage. With z instead of t₉₉ the expected coverage is 94.7%; the
    // binomial sd of the observed rate over 2,000 replications is 0.5%, so the band is ±3 sd.
    let covered = 0;
    for (let rep = 0; rep < 2_000; rep++) {
      const draw = makeNormal(keyedStream("mc-coverage", rep, "normal", 0));
      const e = estimateMean(momentsOf(Array.from({ length: 100 }, () => draw())));
      if (e.ci95[0] <= 0 && 0 <= e.ci95[1]) covered++;
    }
    const rate = covered / 2_000;
    expect(rate).toBeGreaterThanOrEqual(0.935);
    expect(rate).toBeLessThanOrEqual(0.965);
  });

  it("needs two trials", () => {
    expect(() => estimateMean(momentsOf([1]))).toThrow(RangeError);
  });

  it("is JSON-friendly", () => {
    const e = estimateMean(momentsOf([1, 2, 3]));
    expect(JSON.parse(JSON.stringify(e))).toEqual({ ...e, ci95: [...e.ci95] });
  });
});
