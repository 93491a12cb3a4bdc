import { describe, expect, test } from "vitest";
import {
  aliasTable,
  drawCategorical,
  makeCategorical,
  makeWeightedChoice,
} from "../../sim/random/distributions/categorical.js";
import { shuffled, shuffleInPlace } from "../../sim/random/distributions/shuffle.js";
import { keyedStream } from "../../sim/random/stream.js";
import { counts, expectChiSquareFit, N, sample } from "./stats.js";

const src = (purpose: string) => keyedStream("42", 0, purpose, "choice-test");

describe("alias table (Vose)", () => {
  test.each([[[1, 2, 3, 4]], [[0.6, 0.2, 0.2]], [[5, 0, 0, 1, 0.001]], [[1]], [[1e-9, 1, 1e9]]])(
    "reproduces the weights %j exactly (up to rounding)",
    (weights) => {
      const { prob, alias } = aliasTable(weights);
      const n = weights.length;
      const total = weights.reduce((a, b) => a + b, 0);
      // P(i) = (prob[i] + Σ_{j: alias[j] = i} (1 − prob[j])) / n
      const implied = Array.from(prob, (p) => p / n);
      for (let j = 0; j < n; j++) implied[alias[j]!]! += (1 - prob[j]!) / n;
      implied.forEach((p, i) => {
        expect(p).toBeCloseTo(weights[i]! / total, 12);
      });
    },
  );
});

describe("categorical", () => {
  const weights = [0.6, 0.2, 0.15, 0.05, 0];
  const probs = [0.6, 0.2, 0.15, 0.05];

  test("makeCategorical (alias): frequencies match the weights (χ²), zero weight never drawn", () => {
    const xs = sample(N, makeCategorical(src("cat"), weights));
    const c = counts(xs, 4);
    expect(c[4]).toBe(0);
    expectChiSquareFit(c.slice(0, 4), probs);
  });

  test("drawCategorical (inversion): same distribution, one uniform per draw", () => {
    const s = src("cat-draw");
    const xs = sample(N, () => drawCategorical(s, weights));
    const c = counts(xs, 4);
    expect(c[4]).toBe(0);
    expectChiSquareFit(c.slice(0, 4), probs);
  });

  test("unnormalized weights are fine; bad weights throw", () => {
    const xs = sample(N, makeCategorical(src("cat-raw"), [30, 10]));
    expectChiSquareFit(counts(xs, 1), [0.75, 0.25]);
    expect(() => makeCategorical(src("x"), [])).toThrow(RangeError);
    expect(() => makeCategorical(src("x"), [0, 0])).toThrow(RangeError);
    expect(() => drawCategorical(src("x"), [1, -1])).toThrow(RangeError);
    expect(() => drawCategorical(src("x"), [1, Number.NaN])).toThrow(RangeError);
  });

  test("makeWeightedChoice returns the items", () => {
    const pick = makeWeightedChoice(src("choice"), ["smb", "mid", "ent"], [5, 3, 2]);
    const c = { smb: 0, mid: 0, ent: 0 };
    for (let i = 0; i < N; i++) c[pick() as keyof typeof c]++;
    expectChiSquareFit([c.smb, c.mid, c.ent], [0.5, 0.3, 0.2]);
    expect(() => makeWeightedChoice(src("x"), ["a"], [1, 2])).toThrow(RangeError);
  });
});

describe("shuffle (Fisher–Yates)", () => {
  test("all 24 permutations of 4 items equally likely (χ², df 23)", () => {
    const s = src("shuffle");
    const seen = new Map<string, number>();
    const m = 120_000;
    for (let i = 0; i < m; i++) {
      const key = shuffleInPlace(s, [0, 1, 2, 3]).join("");
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect(seen.size).toBe(24);
    expectChiSquareFit([...seen.values()], new Array<number>(24).fill(1 / 24));
  });

  test("shuffled copies, keeps the elements, leaves the input alone, and is deterministic", () => {
    const input = Array.from({ length: 100 }, (_, i) => i);
    const a = shuffled(src("shuffle-copy"), input);
    const b = shuffled(src("shuffle-copy"), input);
    expect(input).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(a).toEqual(b);
    expect(a).not.toEqual(input);
    expect([...a].sort((x, y) => x - y)).toEqual(input);
    expect(shuffled(src("x"), [])).toEqual([]);
  });
});
