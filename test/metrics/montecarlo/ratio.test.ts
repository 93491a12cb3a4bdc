import { describe, expect, it } from "vitest";
import { emptyCoMoments, pushPair } from "../../../sim/metrics/montecarlo/comoments.js";
import { emptyPaired, pushPairedColumns } from "../../../sim/metrics/montecarlo/paired.js";
import {
  estimateRatioOfMeans,
  estimateRelativeDifference,
  estimateWindfall,
} from "../../../sim/metrics/montecarlo/ratio.js";
import { makeNormal } from "../../../sim/random/distributions/normal.js";
import { keyedStream } from "../../../sim/random/stream.js";

function paired(base: ArrayLike<number>, variant: ArrayLike<number>) {
  const s = emptyPaired();
  pushPairedColumns(s, base, variant);
  return s;
}

describe("ratio of means (delta method)", () => {
  it("matches a hand example", () => {
    // hand-computed: x = 1,2,3,4 (x̄ 2.5, s² 5/3), y = 2,3,5,6 (ȳ 4, s² 10/3), s_xy = 7/3:
    // R = 1.6; Var(Y − RX) = 10/3 − 2·1.6·7/3 + 2.56·5/3 = 2/15; se = √((2/15)/(4·6.25)) = 0.0730297
    const co = emptyCoMoments();
    for (const [x, y] of [
      [1, 2],
      [2, 3],
      [3, 5],
      [4, 6],
    ])
      pushPair(co, x!, y!);
    const r = estimateRatioOfMeans(co);
    expect(r.mean).toBeCloseTo(1.6, 14);
    expect(r.se).toBeCloseTo(Math.sqrt(2 / 15 / 25), 12);
    // the relative difference (y − x)/x = R − 1 has the same SE, computed from d = y − x
    const rel = estimateRelativeDifference(paired([1, 2, 3, 4], [2, 3, 5, 6]));
    expect(rel.mean).toBeCloseTo(0.6, 14);
    expect(rel.se).toBeCloseTo(r.se, 12);
  });

  it("windfall CI covers the true (configured − honest)/honest in 92–97.5% of 500 replications", () => {
    // oracle: honest X = exp(N(0, 0.5²)), configured Y = 1.1·X·exp(N(0, 0.1²)) on the same trial:
    // E[Y]/E[X] − 1 = 1.1·e^{0.005} − 1 exactly; binomial sd of the coverage rate ≈ 1%
    const truth = 1.1 * Math.exp(0.005) - 1;
    let covered = 0;
    for (let rep = 0; rep < 500; rep++) {
      const z = makeNormal(keyedStream("windfall", rep, "honest", 0));
      const g = makeNormal(keyedStream("windfall", rep, "gaming", 0));
      const honest = Float64Array.from({ length: 200 }, () => Math.exp(0.5 * z()));
      const configured = honest.map((x) => 1.1 * x * Math.exp(0.1 * g()));
      const w = estimateWindfall(paired(honest, configured));
      if (w.ci95[0] <= truth && truth <= w.ci95[1]) covered++;
    }
    expect(covered / 500).toBeGreaterThanOrEqual(0.92);
    expect(covered / 500).toBeLessThanOrEqual(0.975);
  });

  it("rejects a zero denominator mean", () => {
    expect(() => estimateRelativeDifference(paired([1, -1], [2, 3]))).toThrow(RangeError);
  });
});
