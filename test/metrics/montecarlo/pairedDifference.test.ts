import { describe, expect, it } from "vitest";
import { emptyPaired, pushPairedColumns } from "../../../sim/metrics/montecarlo/paired.js";
import { estimatePairedDifference } from "../../../sim/metrics/montecarlo/pairedDifference.js";
import { makeNormal } from "../../../sim/random/distributions/normal.js";
import { keyedStream } from "../../../sim/random/stream.js";

function paired(base: ArrayLike<number>, variant: ArrayLike<number>) {
  const s = emptyPaired();
  pushPairedColumns(s, base, variant);
  return s;
}

describe("estimatePairedDifference", () => {
  it("matches a hand example", () => {
    // hand-computed: a = 1,2,3,4 (s² = 5/3); b = 2,3,5,6 (s² = 10/3); cov = 7/3;
    // d = b − a = 1,1,2,2: mean 1.5, s_d² = 1/3 → se = √(1/12) = 0.288675;
    // unpaired se = √((5/3 + 10/3)/4) = √1.25 = 1.118034; ρ = (7/3)/√(50/9) = 7/√50 = 0.989949;
    // variance reduction = 5 / (1/3) = 15
    const e = estimatePairedDifference(paired([1, 2, 3, 4], [2, 3, 5, 6]));
    expect(e.difference.mean).toBe(1.5);
    expect(e.difference.se).toBeCloseTo(Math.sqrt(1 / 12), 14);
    expect(e.unpairedSe).toBeCloseTo(Math.sqrt(1.25), 14);
    expect(e.correlation).toBeCloseTo(7 / Math.sqrt(50), 14);
    expect(e.varianceReduction).toBeCloseTo(15, 12);
    expect(e.difference.se).toBeLessThan(e.unpairedSe);
  });

  it("shows CRN's benefit on positively correlated trials and none on independent ones", () => {
    // oracle: Var(b − a) = σa² + σb² − 2ρσaσb; with b = a + ε (σa = 10, σε = 1):
    // ρ = 10/√101 ≈ 0.995, variance reduction (100 + 101)/1 ≈ 201
    const z = makeNormal(keyedStream("crn", 0, "a", 0));
    const e = makeNormal(keyedStream("crn", 0, "eps", 0));
    const a = Float64Array.from({ length: 20_000 }, () => 10 * z());
    const eps = Float64Array.from({ length: 20_000 }, () => e());
    const correlated = estimatePairedDifference(
      paired(
        a,
        a.map((x, i) => x + eps[i]!),
      ),
    );
    expect(correlated.correlation).toBeCloseTo(10 / Math.sqrt(101), 2);
    expect(correlated.varianceReduction / 201).toBeGreaterThan(0.9);
    expect(correlated.varianceReduction / 201).toBeLessThan(1.1);
    // independent "variants": no reduction (ratio ≈ 1)
    const independent = estimatePairedDifference(
      paired(
        a,
        eps.map((x) => 10 * x),
      ),
    );
    expect(Math.abs(independent.correlation)).toBeLessThan(0.03);
    expect(independent.varianceReduction).toBeGreaterThan(0.9);
    expect(independent.varianceReduction).toBeLessThan(1.1);
  });

  it("keeps the paired SE exact for nearly identical variants with a huge common level", () => {
    // oracle: two-pass sd of the per-trial differences; var(a) + var(b) − 2cov would cancel
    // ~1e12-sized terms down to ~1 and lose every digit
    const z = makeNormal(keyedStream("cancel", 0, "a", 0));
    const e = makeNormal(keyedStream("cancel", 0, "eps", 0));
    const a = Float64Array.from({ length: 5_000 }, () => 1e9 + 1e6 * z());
    const b = a.map((x) => x + 5 + e());
    const d = b.map((x, i) => x - a[i]!);
    const m = d.reduce((s, x) => s + x, 0) / d.length;
    const sd = Math.sqrt(d.reduce((s, x) => s + (x - m) ** 2, 0) / (d.length - 1));
    const est = estimatePairedDifference(paired(a, b));
    expect(est.difference.mean).toBeCloseTo(m, 9);
    expect(est.difference.se / (sd / Math.sqrt(d.length))).toBeCloseTo(1, 9);
  });

  it("rejects columns of different lengths", () => {
    expect(() => paired([1, 2], [1])).toThrow(RangeError);
  });
});
