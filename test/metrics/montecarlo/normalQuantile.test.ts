import { probit } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { criticalValue, normalQuantile, Z95 } from "../../../sim/metrics/montecarlo/normalQuantile.js";

describe("normalQuantile (AS 241)", () => {
  it("matches tabulated percentage points", () => {
    // oracle: standard normal tables (Abramowitz & Stegun table 26.5) / R qnorm, 16 digits
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 14);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489004, 14);
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655446004, 14);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 14);
    // R: qnorm(1e-10) = -6.361340902404056 (the far-tail branch, r > 5)
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
    expect(normalQuantile(0.5)).toBe(0);
  });
  it("is exact where simple-statistics' probit is not", () => {
    expect(Math.abs(probit(0.975) - 1.959963984540054)).toBeGreaterThan(1e-3);
    expect(Z95).toBe(normalQuantile(0.975));
    expect(criticalValue(0.99)).toBeCloseTo(2.5758293035489004, 14);
  });
  it("handles the ends and rejects bad input", () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
    expect(() => criticalValue(1)).toThrow(RangeError);
  });
});
