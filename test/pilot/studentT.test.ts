/** Student's t quantiles against tabulated values (Abramowitz & Stegun Table 26.10; scipy.stats.t.ppf). */
import { describe, expect, it } from "vitest";
import { studentTCdf, studentTQuantile } from "../../sim/pilot/studentT.js";

describe("Student's t distribution", () => {
  it("matches tabulated quantiles", () => {
    const table: [number, number, number][] = [
      [0.975, 1, 12.706204736174707],
      [0.975, 2, 4.302652729749464],
      [0.975, 10, 2.228138851986273],
      [0.975, 30, 2.042272456301238],
      [0.95, 5, 2.015048372669157],
      [0.995, 3, 5.84090930973337],
      [0.975, 2.5, 3.5746548420036817], // non-integer df (scipy.stats.t.ppf(0.975, 2.5))
    ];
    for (const [p, df, q] of table) expect(studentTQuantile(p, df)).toBeCloseTo(q, 5);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228138851986273, 8);
    expect(studentTQuantile(0.975, 1e8)).toBeCloseTo(1.959963984540054, 8);
  });

  it("has a CDF that inverts the quantile and is symmetric", () => {
    for (const df of [1, 3.7, 12, 200]) {
      for (const p of [0.6, 0.9, 0.975, 0.999])
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 10);
      expect(studentTCdf(-1.3, df) + studentTCdf(1.3, df)).toBeCloseTo(1, 12);
    }
  });
});
