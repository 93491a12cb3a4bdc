import { describe, expect, test } from "vitest";
import { type SeedrandomAlgorithm, seedrandomSource } from "../../sim/random/seedrandomSource.js";
import type { RandomSource } from "../../sim/random/source.js";
import { keyString, streamFromKey } from "../../sim/random/stream.js";
import { expectChiSquareFit, ksCritical, ksStatistic, N, uniforms } from "./stats.js";

/**
 * One small battery (equidistribution, serial pairs, max-of-t, bit frequencies) run on the
 * engine's keyed streams and on seedrandom's generators as the reference: the custom generator
 * must pass everything the seedrandom generators pass, from the same keys.
 */
const KEY = keyString("42", 0, "quality", "rep-1");
const sources: [string, (key: string) => RandomSource][] = [
  ["keyedStream (cyrb128 → sfc32)", streamFromKey],
  ...(["alea", "arc4", "xor4096"] as SeedrandomAlgorithm[]).map(
    (alg): [string, (key: string) => RandomSource] => [
      `seedrandom ${alg}`,
      (key) => seedrandomSource(key, alg),
    ],
  ),
];

describe.each(sources)("%s", (_name, make) => {
  test("equidistribution: 100 bins, χ² and KS", () => {
    const u = uniforms(make(KEY), N);
    const c = new Array<number>(100).fill(0);
    for (const x of u) c[Math.floor(x * 100)]!++;
    expectChiSquareFit(c, new Array<number>(100).fill(0.01));
    expect(ksStatistic(u, (x) => x)).toBeLessThan(ksCritical(N));
  });

  test("serial pairs (u₂ᵢ, u₂ᵢ₊₁) uniform on a 9×9 grid (χ², df 80)", () => {
    const s = make(KEY);
    const c = new Array<number>(81).fill(0);
    for (let i = 0; i < N; i++) c[Math.floor(s.next() * 9) * 9 + Math.floor(s.next() * 9)]!++;
    expectChiSquareFit(c, new Array<number>(81).fill(1 / 81));
  });

  test("max of 5 consecutive uniforms has CDF x⁵ (KS)", () => {
    const s = make(KEY);
    const m = 50_000;
    const maxes = new Float64Array(m);
    for (let i = 0; i < m; i++) maxes[i] = Math.max(s.next(), s.next(), s.next(), s.next(), s.next());
    expect(ksStatistic(maxes, (x) => x ** 5)).toBeLessThan(ksCritical(m));
  });

  test("each of the 32 bits of nextUint32 is set half the time (|z| < 4.5)", () => {
    const s = make(KEY);
    const n = 100_000;
    const ones = new Array<number>(32).fill(0);
    for (let i = 0; i < n; i++) {
      const x = s.nextUint32();
      for (let b = 0; b < 32; b++) ones[b]! += (x >>> b) & 1;
    }
    for (const k of ones) expect(Math.abs(k - n / 2) / Math.sqrt(n / 4)).toBeLessThan(4.5);
  });
});
