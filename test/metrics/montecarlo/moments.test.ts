import { mean, sampleVariance as ssVariance } from "simple-statistics";
import { describe, expect, it } from "vitest";
import {
  emptyMoments,
  mergeMoments,
  momentsOf,
  pushValues,
  sampleSd,
  sampleVariance,
} from "../../../sim/metrics/montecarlo/moments.js";
import { makeNormal } from "../../../sim/random/distributions/normal.js";
import { keyedStream } from "../../../sim/random/stream.js";

function normals(n: number, key: string, mu = 0, sigma = 1): Float64Array {
  const draw = makeNormal(keyedStream("moments-test", 0, key, 0), mu, sigma);
  return Float64Array.from({ length: n }, () => draw());
}

/** Oracle: the textbook two-pass variance Σ(x − x̄)²/(n − 1) with x̄ = Σx/n. */
function twoPassVariance(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  const m = s / xs.length;
  let ss = 0;
  for (let i = 0; i < xs.length; i++) ss += (xs[i]! - m) ** 2;
  return ss / (xs.length - 1);
}

describe("Welford moments", () => {
  it("matches a hand computation", () => {
    // hand-computed: 10, 20, 30, 40 → mean 25, M2 = 225 + 25 + 25 + 225 = 500, s² = 500/3
    const m = momentsOf([10, 20, 30, 40]);
    expect(m.n).toBe(4);
    expect(m.mean).toBe(25);
    expect(m.m2).toBe(500);
    expect(sampleVariance(m)).toBeCloseTo(500 / 3, 12);
  });

  it("matches a two-pass computation on random data", () => {
    const xs = normals(10_000, "random", 3, 2);
    const m = momentsOf(xs);
    expect(m.mean).toBeCloseTo(mean(Array.from(xs)), 12);
    expect(sampleVariance(m) / twoPassVariance(xs)).toBeCloseTo(1, 12);
    // and simple-statistics' sampleVariance (also two-pass)
    expect(sampleVariance(m) / ssVariance(Array.from(xs))).toBeCloseTo(1, 12);
  });

  it("stays accurate with a 1e9 offset where the naive Σx² − (Σx)²/n formula fails", () => {
    const u = normals(10_000, "offset");
    const xs = u.map((v) => 1e9 + v);
    // Oracle: variance is shift-invariant, and x − 1e9 is exact for x in [5e8, 2e9] (Sterbenz),
    // so the two-pass variance of the shifted values is that of the stored x to ~1e-16.
    const exact = twoPassVariance(xs.map((x) => x - 1e9));
    let s = 0;
    let s2 = 0;
    for (const x of xs) {
      s += x;
      s2 += x * x;
    }
    const naive = (s2 - (s * s) / xs.length) / (xs.length - 1);
    expect(Math.abs(naive / exact - 1)).toBeGreaterThan(0.5); // the naive formula is garbage
    // Welford: relative error ~1e-7 here (condition number ~1e9 × unit roundoff ~1e-16 × growth)
    expect(Math.abs(sampleVariance(momentsOf(xs)) / exact - 1)).toBeLessThan(1e-6);
    // the mean carries ~√n rounding steps of ulp(1e9) = 1.2e-7: ~1e-14 relative, far below any SE
    const exactMean = mean(Array.from(xs.map((x) => x - 1e9)));
    expect(Math.abs(momentsOf(xs).mean - 1e9 - exactMean)).toBeLessThan(1e-4);
  });

  it("is the same bit for bit whatever the grouping of pushes", () => {
    const xs = normals(1_000, "grouping", 100, 10);
    const once = momentsOf(xs);
    const chunked = emptyMoments();
    for (let i = 0; i < xs.length; i += 37) pushValues(chunked, xs.subarray(i, i + 37));
    expect(chunked).toEqual(once);
    expect(Object.is(chunked.m2, once.m2)).toBe(true);
  });

  it("merges shards to the one-pass result (n exactly; mean and M2 to rounding)", () => {
    const xs = normals(5_000, "merge", 1e6, 1e3);
    const once = momentsOf(xs);
    const cuts = [0, 1_200, 2_500, 4_999, 5_000];
    let merged = emptyMoments();
    for (let s = 0; s + 1 < cuts.length; s++)
      merged = mergeMoments(merged, momentsOf(xs.subarray(cuts[s], cuts[s + 1])));
    expect(merged.n).toBe(once.n);
    // Chan's merge rounds differently from sequential updates: equal to ~1e-15 relative, not bitwise
    expect(merged.mean / once.mean).toBeCloseTo(1, 14);
    expect(merged.m2 / once.m2).toBeCloseTo(1, 12);
    // merging with an empty state is exact
    expect(mergeMoments(once, emptyMoments())).toEqual(once);
    expect(mergeMoments(emptyMoments(), once)).toEqual(once);
  });

  it("is NaN below two values and rejects non-finite input", () => {
    expect(sampleSd(momentsOf([1]))).toBeNaN();
    expect(() => momentsOf([1, Number.NaN])).toThrow(RangeError);
    expect(() => momentsOf([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});
