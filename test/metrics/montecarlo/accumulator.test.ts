import { describe, expect, it } from "vitest";
import { planBlocks, shardBlocks } from "../../../sim/engine/blocks.js";
import {
  type AccumulatorLayout,
  type AccumulatorState,
  createAccumulator,
  mergeAccumulators,
  pushBlock,
} from "../../../sim/metrics/montecarlo/accumulator.js";
import { estimateCvar } from "../../../sim/metrics/montecarlo/cvar.js";
import { momentsOf } from "../../../sim/metrics/montecarlo/moments.js";
import { countAbove } from "../../../sim/metrics/montecarlo/proportion.js";
import {
  cvarOf,
  exceedanceOf,
  exceedanceProbabilityOf,
  meanOf,
  pairedDifferenceOf,
  quantileOf,
  relativeDifferenceOf,
} from "../../../sim/metrics/montecarlo/summarize.js";
import { blockResult, COLUMNS, column } from "./fixtures.js";

const layout: AccumulatorLayout = {
  columns: COLUMNS,
  tailColumns: [0],
  pairs: [{ base: 0, variant: 1 }],
  exceedances: [{ column: 0, threshold: 1150 }],
};
const TRIALS = 2_030; // 41 blocks of 50, the last one partial

function run(blocks = planBlocks(TRIALS, 50)): AccumulatorState {
  const state = createAccumulator(layout);
  for (const b of blocks) pushBlock(state, blockResult(b));
  return state;
}

describe("accumulator", () => {
  it("skips missing (NaN) values and counts them per column and pair", () => {
    const state = createAccumulator({
      columns: 2,
      tailColumns: [0],
      pairs: [{ base: 0, variant: 1 }],
      exceedances: [],
    });
    // trials: (1, 10), (NaN, 20), (3, NaN) → column 0 mean of {1, 3} = 2; column 1 mean of {10, 20} = 15;
    // only trial 0 is a complete pair
    pushBlock(state, {
      block: { index: 0, start: 0, end: 3 },
      columns: 2,
      values: Float64Array.from([1, Number.NaN, 3, 10, 20, Number.NaN]),
    });
    expect(state.moments[0]!.mean).toBe(2);
    expect(state.moments[1]!.mean).toBe(15);
    expect(state.missingColumns).toEqual([1, 1]);
    expect(state.missingPairs).toEqual([2]);
    expect(state.pairs[0]!.n).toBe(1);
    expect(state.tails[0]!.values()).toEqual(Float64Array.from([1, 3]));
  });

  it("equals per-column one-pass statistics, bit for bit", () => {
    // oracle: momentsOf over the whole column in trial order (same update sequence)
    const state = run();
    expect(state.trials).toBe(TRIALS);
    expect(state.blocks).toBe(41);
    for (let c = 0; c < COLUMNS; c++) expect(state.moments[c]).toEqual(momentsOf(column(TRIALS, c)));
    const a = column(TRIALS, 0);
    expect(state.tails[0]!.values()).toEqual(a);
    expect(state.exceedanceHits[0]).toBe(countAbove(a, 1150));
  });

  it("reads estimates off the state", () => {
    const state = run();
    const a = column(TRIALS, 0);
    expect(meanOf(state, 0).mean).toBe(momentsOf(a).mean);
    // the exceedance count and the count over stored values agree exactly
    expect(exceedanceOf(state, 0)).toEqual(exceedanceProbabilityOf(state, 0, 1150));
    expect(cvarOf(state, 0)).toEqual(estimateCvar(a.slice().sort()));
    expect(quantileOf(state, 0, 0.95).n).toBe(TRIALS);
    // B = A + 20 + 10·Z': paired difference ≈ 20 with se ≈ 10/√n, far below the unpaired se
    const d = pairedDifferenceOf(state, 0);
    expect(Math.abs(d.difference.mean - 20)).toBeLessThan(4 * d.difference.se);
    expect(d.unpairedSe / d.difference.se).toBeGreaterThan(10);
    expect(relativeDifferenceOf(state, 0).mean).toBeCloseTo(d.difference.mean / meanOf(state, 0).mean, 12);
    expect(() => quantileOf(state, 1, 0.95)).toThrow(/not a tail column/);
  });

  it("rejects blocks out of order or of the wrong shape", () => {
    const blocks = planBlocks(200, 50);
    const state = createAccumulator(layout);
    pushBlock(state, blockResult(blocks[0]!));
    expect(() => pushBlock(state, blockResult(blocks[2]!))).toThrow(/out of order/);
    expect(() => pushBlock(state, { ...blockResult(blocks[1]!), columns: 2 })).toThrow(/columns/);
    expect(() => createAccumulator({ ...layout, tailColumns: [3] })).toThrow(RangeError);
  });

  it("merges shards in shard order to the single-pass state", () => {
    const blocks = planBlocks(TRIALS, 50);
    const once = run(blocks);
    const shards = [0, 1, 2].map((i) => run(shardBlocks(blocks, i, 3)));
    const merged = mergeAccumulators(mergeAccumulators(shards[0]!, shards[1]!), shards[2]!);
    // exact: counts, exceedances, stored values (concatenation in trial order)
    expect(merged.trials).toBe(once.trials);
    expect(merged.blocks).toBe(once.blocks);
    expect(merged.nextBlock).toBe(once.nextBlock);
    expect(merged.exceedanceHits).toEqual(once.exceedanceHits);
    expect(merged.tails[0]!.values()).toEqual(once.tails[0]!.values());
    // to rounding: Chan's merge vs sequential Welford (see moments.ts)
    for (let c = 0; c < COLUMNS; c++) {
      expect(merged.moments[c]!.n).toBe(once.moments[c]!.n);
      expect(merged.moments[c]!.mean / once.moments[c]!.mean).toBeCloseTo(1, 13);
      expect(merged.moments[c]!.m2 / once.moments[c]!.m2).toBeCloseTo(1, 11);
    }
    expect(merged.pairs[0]!.m2Y / once.pairs[0]!.m2Y).toBeCloseTo(1, 11);
    // the merge order is fixed: shard 2 cannot follow shard 0
    expect(() => mergeAccumulators(shards[0]!, shards[2]!)).toThrow(/not contiguous/);
    // and merging with an empty accumulator changes nothing
    const withEmpty = mergeAccumulators(createAccumulator(layout), once);
    expect(withEmpty.moments).toEqual(once.moments);
    expect(withEmpty.firstBlock).toBe(0);
  });
});
