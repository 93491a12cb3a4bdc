import { describe, expect, it } from "vitest";
import { formatEstimate } from "../../reports/formatEstimate.js";
import type { MetricEstimate } from "../../sim/metrics/montecarlo/estimate.js";
import { estimateProportion } from "../../sim/metrics/montecarlo/proportion.js";

function mean(m: number, se: number): MetricEstimate {
  return { kind: "mean", mean: m, se, ci95: [m - 1.96 * se, m + 1.96 * se], n: 1000 };
}

describe("formatEstimate", () => {
  it("formats shares as value ± 95% half-width", () => {
    // hand-computed: 1.959964 × 0.002 = 0.0039 → 0.4%
    expect(formatEstimate(mean(0.123, 0.002), "share")).toBe("12.3% ± 0.4%");
    // half-width 1.96e-5 = 0.002%: decimals grow until it shows
    expect(formatEstimate(mean(0.123, 0.00001), "share")).toBe("12.300% ± 0.002%");
  });

  it("formats money in whole units", () => {
    // hand-computed: 1.959964 × 10,000 = 19,599.6 → $19,600
    expect(formatEstimate(mean(1_234_567, 10_000), "currency")).toBe("$1,234,567 ± $19,600");
    expect(formatEstimate(mean(1_000, 10), "currency", { currency: "EUR" })).toBe("€1,000 ± €20");
  });

  it("formats proportions with their (asymmetric) Wilson interval", () => {
    // Wilson 8/10 → [0.490, 0.943]
    expect(formatEstimate(estimateProportion(8, 10), "share")).toBe("80.0% [49.0%, 94.3%]");
  });

  it("signs paired differences", () => {
    const e = {
      kind: "pairedDifference" as const,
      difference: mean(1_500, 100),
      unpairedSe: 400,
      correlation: 0.9,
      varianceReduction: 16,
    };
    expect(formatEstimate(e, "currency")).toBe("+$1,500 ± $196");
    // a ratio (NRR) difference in percentage points: -0.25 → -25.0 pp; 1.96 × 0.01 → 2.0 pp
    expect(formatEstimate({ ...e, difference: mean(-0.25, 0.01) }, "ratio")).toBe("-25.0 pp ± 2.0 pp");
    expect(formatEstimate({ ...e, difference: mean(-0.0025, 0.0001) }, "ratio")).toBe("-0.25 pp ± 0.02 pp");
  });

  it("reads ratios as percentages and indices as decimals", () => {
    // NRR 1.047 ± 1.96 × 0.002 = 0.0039 → 104.7% ± 0.4%
    expect(formatEstimate(mean(1.047, 0.002), "ratio")).toBe("104.7% ± 0.4%");
    // Gini 0.4213 ± 1.96 × 0.01 = 0.0196 → 0.42 ± 0.02
    expect(formatEstimate(mean(0.4213, 0.01), "index")).toBe("0.42 ± 0.02");
  });
});
