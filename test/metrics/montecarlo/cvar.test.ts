import { describe, expect, it } from "vitest";
import { estimateCvar } from "../../../sim/metrics/montecarlo/cvar.js";
import { keyedStream } from "../../../sim/random/stream.js";

/** Manistre–Hancock asymptotic SE for uniform(0,1) at 95%: tail U(0.95, 1), V = 0.05²/12. */
function uniformCvarSe(n: number): number {
  return Math.sqrt((0.05 ** 2 / 12 + 0.95 * 0.025 ** 2) / (0.05 * n));
}

describe("estimateCvar", () => {
  it("is exactly 0.975 on the uniform(0,1) midpoint grid", () => {
    // hand-computed: values (i − ½)/n, n = 10⁵; the top 5,000 are i = 95,001..100,000 with mean
    // ((95,000.5 + 99,999.5)/2)/10⁵ = 0.975 = CVaR95 of uniform(0,1) ((0.95 + 1)/2)
    const n = 100_000;
    const sorted = Float64Array.from({ length: n }, (_, i) => (i + 0.5) / n);
    const e = estimateCvar(sorted);
    expect(e.mean).toBeCloseTo(0.975, 12);
    expect(e.valueAtRisk).toBeCloseTo(94_999.5 / n, 12);
    expect(e.se).toBeCloseTo(uniformCvarSe(n), 6);
    expect(e.ci95[0]).toBeLessThan(0.975);
    expect(e.ci95[1]).toBeGreaterThan(0.975);
  });

  it("uses the Acerbi–Tasche fractional weight when nβ is not whole", () => {
    // hand-computed: 1..30 at 95%: nβ = 1.5 → k = 1 is too few; 1..50: nβ = 2.5, k = 2:
    // (50 + 49 + 0.5·48)/2.5 = 123/2.5 = 49.2, VaR = X(48) = 48
    const sorted = Float64Array.from({ length: 50 }, (_, i) => i + 1);
    const e = estimateCvar(sorted);
    expect(e.mean).toBeCloseTo(49.2, 12);
    expect(e.valueAtRisk).toBe(48);
    expect(() => estimateCvar(Float64Array.from({ length: 30 }, (_, i) => i))).toThrow(RangeError);
  });

  it("recovers CVaR95 = 0.975 from uniform draws within its standard error", () => {
    // oracle: CVaR95 of uniform(0,1) = 0.975; SE from Manistre & Hancock (2005) ≈ 4.0e-4
    const n = 100_000;
    const s = keyedStream("cvar-uniform", 0, "uniform", 0);
    const sorted = Float64Array.from({ length: n }, () => s.next()).sort();
    const e = estimateCvar(sorted);
    expect(Math.abs(e.mean - 0.975)).toBeLessThan(4 * e.se);
    expect(e.se / uniformCvarSe(n)).toBeCloseTo(1, 1);
  });

  it("its 95% CI covers the true CVaR in 91–98% of 400 replications (uniform, n = 4,000)", () => {
    // oracle: nominal 95%; binomial sd over 400 reps is 1.1%, and 200 tail trials leave a little
    // finite-sample skew, so the band is wider below
    let covered = 0;
    for (let rep = 0; rep < 400; rep++) {
      const s = keyedStream("cvar-coverage", rep, "uniform", 0);
      const e = estimateCvar(Float64Array.from({ length: 4_000 }, () => s.next()).sort());
      if (e.ci95[0] <= 0.975 && 0.975 <= e.ci95[1]) covered++;
    }
    expect(covered / 400).toBeGreaterThanOrEqual(0.91);
    expect(covered / 400).toBeLessThanOrEqual(0.98);
  });

  it("is shift-equivariant (costs with a large common offset)", () => {
    const sorted = Float64Array.from({ length: 1_000 }, (_, i) => (i + 0.5) / 1_000);
    const shifted = sorted.map((x) => x + 1e9);
    const a = estimateCvar(sorted);
    const b = estimateCvar(shifted);
    expect(b.mean - 1e9).toBeCloseTo(a.mean, 6);
    expect(b.se).toBeCloseTo(a.se, 6);
  });
});
