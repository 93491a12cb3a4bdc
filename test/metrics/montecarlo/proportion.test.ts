import { describe, expect, it } from "vitest";
import {
  countAbove,
  estimateProportion,
  wilsonInterval,
} from "../../../sim/metrics/montecarlo/proportion.js";

describe("Wilson interval", () => {
  it("matches the textbook value x = 8, n = 10 → [0.490, 0.943]", () => {
    // oracle: Wilson (1927) formula by hand: centre (8 + 1.9207)/(13.8415) = 0.71674,
    // half 1.96/13.8415 · √(1.6 + 0.9604) = 0.22658; Newcombe (1998) Table I: 0.4902–0.9433
    const [lo, hi] = wilsonInterval(8, 10);
    expect(lo).toBeCloseTo(0.4902, 4);
    expect(hi).toBeCloseTo(0.9433, 4);
  });

  it("stays inside [0, 1] and is non-degenerate at 0 and n hits", () => {
    // oracle: at x = 0 the Wilson interval is [0, z²/(n + z²)] = [0, 3.8415/103.8415] for n = 100
    const [lo0, hi0] = wilsonInterval(0, 100);
    expect(lo0).toBe(0);
    expect(hi0).toBeCloseTo(1.959963984540054 ** 2 / (100 + 1.959963984540054 ** 2), 12);
    const [lo1, hi1] = wilsonInterval(100, 100);
    expect(hi1).toBe(1);
    expect(lo1).toBeCloseTo(100 / (100 + 1.959963984540054 ** 2), 12);
  });

  it("estimates p with its binomial SE", () => {
    // hand-computed: 25/100 → se = √(0.25·0.75/100) = 0.04330127
    const e = estimateProportion(25, 100);
    expect(e).toMatchObject({ kind: "proportion", p: 0.25, n: 100, hits: 25 });
    expect(e.se).toBeCloseTo(0.04330127018922193, 14);
    expect(e.ci95[0]).toBeLessThan(0.25);
    expect(e.ci95[1]).toBeGreaterThan(0.25);
  });

  it("counts strictly greater values and rejects bad counts", () => {
    expect(countAbove([1, 2, 3, 3, 4], 3)).toBe(1);
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
  });
});
