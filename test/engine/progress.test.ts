import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { planBlocks } from "../../sim/engine/blocks.js";
import { executeBlocks } from "../../sim/engine/executor.js";
import { columnOf } from "../../sim/metrics/montecarlo/trialColumns.js";

// Workers publish each finished trial (a shared slot per running block, read on a timer), so
// progress moves inside a block instead of once per block; the results are untouched.
const modulePath = resolve(__dirname, "fixtures/tickBlock.mjs");

describe("per-trial progress", () => {
  it("reports trials finished inside running blocks, monotonically, without changing results", async () => {
    const seen: number[] = [];
    const values: number[] = [];
    await executeBlocks({
      modulePath,
      task: { ms: 60 },
      blocks: planBlocks(24, 12),
      columns: 1,
      workers: 2,
      onBlock: (r) => {
        values.push(...columnOf(r, 0));
      },
      onProgress: (_blocks, _total, trials) => {
        seen.push(trials);
      },
    });
    expect(values).toEqual(Array.from({ length: 24 }, (_, i) => i));
    expect(seen.at(-1)).toBe(24);
    // Oracle: with blocks of 12, per-block reports could only say 0, 12 or 24
    expect(seen.some((t) => t % 12 !== 0)).toBe(true);
    expect(seen.every((t, i) => i === 0 || t >= seen[i - 1]!)).toBe(true);
  });
});
