import { sampleCovariance as ssCovariance } from "simple-statistics";
import { describe, expect, it } from "vitest";
import {
  emptyCoMoments,
  mergeCoMoments,
  pushPair,
  sampleCovariance,
} from "../../../sim/metrics/montecarlo/comoments.js";

function coMomentsOf(xs: readonly number[], ys: readonly number[]) {
  const s = emptyCoMoments();
  xs.forEach((x, i) => {
    pushPair(s, x, ys[i]!);
  });
  return s;
}

describe("bivariate Welford co-moments", () => {
  it("matches a hand computation", () => {
    // hand-computed: x = 1,2,3,4; y = 2,3,5,6 → deviations (−1.5,−.5,.5,1.5)·(−2,−1,1,2) sum to 7
    const s = coMomentsOf([1, 2, 3, 4], [2, 3, 5, 6]);
    expect(s.cXY).toBe(7);
    expect(sampleCovariance(s)).toBeCloseTo(7 / 3, 14);
    expect(s.m2X).toBe(5);
    expect(s.m2Y).toBe(10);
  });

  it("matches simple-statistics' two-pass covariance and merges to the one-pass result", () => {
    const xs = Array.from({ length: 500 }, (_, i) => Math.sin(i) * 100 + 1e6);
    const ys = xs.map((x, i) => 0.5 * x + Math.cos(i * 7));
    const once = coMomentsOf(xs, ys);
    expect(sampleCovariance(once) / ssCovariance(xs, ys)).toBeCloseTo(1, 9);
    const merged = mergeCoMoments(
      coMomentsOf(xs.slice(0, 123), ys.slice(0, 123)),
      coMomentsOf(xs.slice(123), ys.slice(123)),
    );
    expect(merged.n).toBe(once.n);
    expect(merged.cXY / once.cXY).toBeCloseTo(1, 11);
    expect(merged.meanY / once.meanY).toBeCloseTo(1, 14);
    expect(mergeCoMoments(emptyCoMoments(), once)).toEqual(once);
  });
});
