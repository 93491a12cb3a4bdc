import { describe, expect, it } from "vitest";
import type { BlockResult } from "../../../sim/engine/blockResult.js";
import { planBlocks } from "../../../sim/engine/blocks.js";
import {
  type AccumulatorLayout,
  type AccumulatorState,
  createAccumulator,
  pushBlock,
} from "../../../sim/metrics/montecarlo/accumulator.js";
import {
  precisionMet,
  type StopTarget,
  shouldStop,
  trialsForPrecision,
  trialsNeeded,
} from "../../../sim/metrics/montecarlo/convergence.js";
import { keyedStream } from "../../../sim/random/stream.js";
import { blockResult, COLUMNS } from "./fixtures.js";

const layout: AccumulatorLayout = {
  columns: COLUMNS,
  tailColumns: [],
  pairs: [{ base: 0, variant: 1 }],
  exceedances: [],
};
const target: StopTarget = {
  precision: [{ quantity: { kind: "mean", column: 0 }, criterion: "relativeSe", threshold: 0.005 }],
  minBlocks: 4,
  maxBlocks: 400,
};

/** Reduces blocks in order, checking the stop rule at each block boundary; returns the stop block count. */
function runUntilStop(results: Iterable<BlockResult>): { stoppedAfter: number; state: AccumulatorState } {
  const state = createAccumulator(layout);
  for (const r of results) {
    pushBlock(state, r);
    if (shouldStop(state, target)) return { stoppedAfter: state.blocks, state };
  }
  return { stoppedAfter: -1, state };
}

/** Blocks completed in a scrambled order (as by N workers) and released in index order, like executeBlocks. */
function* inOrderFromScrambled(results: BlockResult[], seed: string): Generator<BlockResult> {
  const s = keyedStream(seed, 0, "order", 0);
  const pending = results.slice();
  const ready = new Map<number, BlockResult>();
  let next = 0;
  while (pending.length > 0) {
    const [done] = pending.splice(Math.floor(s.next() * Math.min(pending.length, 8)), 1);
    ready.set(done!.block.index, done!);
    while (ready.has(next)) {
      yield ready.get(next)!;
      ready.delete(next++);
    }
  }
}

describe("precision targets", () => {
  it("computes the trials a target needs (hand example)", () => {
    // hand-computed: s = 10, mean 100 (n = 3: values 90, 100, 110 → M2 = 200, s² = 100)
    const m = { n: 3, mean: 100, m2: 200 };
    const t = (criterion: "relativeSe" | "halfWidth" | "relativeHalfWidth", threshold: number) => ({
      quantity: { kind: "mean" as const, column: 0 },
      criterion,
      threshold,
    });
    // relative SE 1%: (10 / (0.01·100))² = 100
    expect(trialsForPrecision(m, t("relativeSe", 0.01))).toBe(100);
    // half-width 1: (1.959964·10 / 1)² = 384.15 → 385
    expect(trialsForPrecision(m, t("halfWidth", 1))).toBe(385);
    // relative half-width 2%: (1.959964·10 / 2)² = 96.04 → 97
    expect(trialsForPrecision(m, t("relativeHalfWidth", 0.02))).toBe(97);
    // se at n = 3 is 10/√3 = 5.77: relative SE 5.8% ≤ 6% but not ≤ 5%
    expect(precisionMet(m, t("relativeSe", 0.06))).toBe(true);
    expect(precisionMet(m, t("relativeSe", 0.05))).toBe(false);
    expect(trialsForPrecision({ n: 3, mean: 0, m2: 200 }, t("relativeSe", 0.01))).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it("rounds the need up to whole blocks within [minBlocks, maxBlocks]", () => {
    const state = createAccumulator(layout);
    for (const b of planBlocks(200, 50)) pushBlock(state, blockResult(b));
    // column 0 ~ 1000 + 100·Z: relative SE 0.5% needs ≈ (100/5)² = 400 trials → 8 blocks of 50
    const need = trialsNeeded(state, target, 50);
    expect(need % 50).toBe(0);
    expect(need).toBeGreaterThanOrEqual(300);
    expect(need).toBeLessThanOrEqual(550);
    expect(trialsNeeded(state, { ...target, minBlocks: 20 }, 50)).toBe(1_000);
    expect(trialsNeeded(state, { ...target, minBlocks: 1, maxBlocks: 2 }, 50)).toBe(100);
  });
});

describe("shouldStop", () => {
  const blocks = planBlocks(20_000, 50);
  const results = blocks.map(blockResult);

  it("stops at the first block boundary where the target holds, not before minBlocks", () => {
    const { stoppedAfter, state } = runUntilStop(results);
    expect(stoppedAfter).toBeGreaterThanOrEqual(target.minBlocks);
    const m = state.moments[0]!;
    expect(Math.sqrt(m.m2 / (m.n - 1) / m.n) / m.mean).toBeLessThanOrEqual(0.005);
    // one block earlier the target did not hold (or minBlocks was not reached)
    const before = runUntilStop(results.slice(0, stoppedAfter - 1));
    expect(before.stoppedAfter).toBe(-1);
  });

  it("makes the same decision whatever order the blocks completed in (reduced in index order)", () => {
    // oracle: the single-thread run above; scrambled completion = a worker pool's finishing order
    const reference = runUntilStop(results);
    for (const seed of ["w2", "w4", "w16"]) {
      const run = runUntilStop(inOrderFromScrambled(results, seed));
      expect(run.stoppedAfter).toBe(reference.stoppedAfter);
      expect(run.state.moments).toEqual(reference.state.moments); // bit-identical state
      expect(run.state.pairs).toEqual(reference.state.pairs);
    }
  });

  it("honours minBlocks, maxBlocks and paired-difference targets", () => {
    const state = createAccumulator(layout);
    for (const r of results.slice(0, 3)) pushBlock(state, r);
    expect(shouldStop(state, { ...target, precision: [] })).toBe(false); // 3 < minBlocks
    expect(shouldStop(state, { ...target, minBlocks: 1, maxBlocks: 3 })).toBe(true);
    // B − A = 20 + 10·Z': a 95% half-width of 2 needs ≈ (1.96·10/2)² = 96 trials; 150 suffice
    const diffTarget: StopTarget = {
      precision: [{ quantity: { kind: "pairedDifference", pair: 0 }, criterion: "halfWidth", threshold: 2 }],
      minBlocks: 1,
    };
    expect(shouldStop(state, diffTarget)).toBe(true);
    expect(() => shouldStop(state, { ...target, minBlocks: 0 })).toThrow(RangeError);
  });
});
