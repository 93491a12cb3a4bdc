import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { BlockResult } from "../../sim/engine/blockResult.js";
import { planBlocks, shardBlocks } from "../../sim/engine/blocks.js";
import { Checkpoint } from "../../sim/engine/checkpoint.js";
import { executeBlocks, RunInterrupted } from "../../sim/engine/executor.js";
import { columnOf } from "../../sim/metrics/montecarlo/trialColumns.js";

const modulePath = resolve(__dirname, "fixtures/sumBlock.mjs");
const scratch = mkdtempSync(join(tmpdir(), "planbench-executor-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Task {
  seed: string;
  draws: number;
  crashOnceMarker?: string;
  failBlock?: number;
}

async function collect(
  task: Task,
  workers: number,
  extra: Partial<Parameters<typeof executeBlocks>[0]> = {},
) {
  const order: number[] = [];
  const sums: number[] = [];
  await executeBlocks({
    modulePath,
    task,
    blocks: planBlocks(230, 20),
    columns: 2,
    workers,
    onBlock: (r: BlockResult) => {
      order.push(r.block.index);
      sums.push(...columnOf(r, 0));
    },
    ...extra,
  });
  return { order, sums: Float64Array.from(sums) };
}

describe("planBlocks and shardBlocks", () => {
  it("cuts trials into fixed blocks independent of workers", () => {
    expect(planBlocks(45, 20)).toEqual([
      { index: 0, start: 0, end: 20 },
      { index: 1, start: 20, end: 40 },
      { index: 2, start: 40, end: 45 },
    ]);
  });
  it("shards are contiguous and cover every block once", () => {
    const blocks = planBlocks(1000, 30);
    const parts = [0, 1, 2].flatMap((i) => shardBlocks(blocks, i, 3));
    expect(parts).toEqual(blocks);
  });
});

describe("executeBlocks", () => {
  it("gives bit-identical results in block order for 0, 1, 2 and 4 workers", async () => {
    const task = { seed: "42", draws: 50 };
    const inline = await collect(task, 0);
    expect(inline.order).toEqual([...Array(12).keys()]);
    for (const workers of [1, 2, 4]) {
      const pooled = await collect(task, workers);
      expect(pooled.order).toEqual(inline.order);
      expect(Buffer.from(pooled.sums.buffer).equals(Buffer.from(inline.sums.buffer))).toBe(true);
    }
    // property: a sum of 50 uniforms has mean 25
    const mean = inline.sums.reduce((a, b) => a + b, 0) / inline.sums.length;
    expect(mean).toBeGreaterThan(24);
    expect(mean).toBeLessThan(26);
  });

  it("re-runs the block of a crashed worker and still matches", async () => {
    const marker = join(scratch, "crash-marker");
    const clean = await collect({ seed: "7", draws: 10 }, 0);
    const crashed = await collect({ seed: "7", draws: 10, crashOnceMarker: marker }, 2);
    expect(existsSync(marker)).toBe(true);
    expect(Buffer.from(crashed.sums.buffer).equals(Buffer.from(clean.sums.buffer))).toBe(true);
  });

  it("fails with the block and reason when a block keeps failing", async () => {
    await expect(collect({ seed: "7", draws: 10, failBlock: 3 }, 2)).rejects.toThrow(
      /block 3 \(trials 60–79\) failed 3 times: deliberate failure/,
    );
  });

  it("resumes from a checkpoint to the same result", async () => {
    const dir = join(scratch, "checkpoint");
    const task = { seed: "99", draws: 20 };
    const manifest = { runHash: "run-99", columns: 2, blockSize: 20 };
    const full = await collect(task, 0);
    const controller = new AbortController();
    let seen = 0;
    await expect(
      collect(task, 0, {
        checkpoint: Checkpoint.open(dir, manifest, { resume: false }),
        signal: controller.signal,
        onProgress: (done) => {
          seen = done;
          if (done === 5) controller.abort();
        },
      }),
    ).rejects.toBeInstanceOf(RunInterrupted);
    expect(seen).toBe(5);
    const resumed = await collect(task, 2, { checkpoint: Checkpoint.open(dir, manifest, { resume: true }) });
    expect(Buffer.from(resumed.sums.buffer).equals(Buffer.from(full.sums.buffer))).toBe(true);
    expect(() => Checkpoint.open(dir, { ...manifest, runHash: "other" }, { resume: true })).toThrow(
      /different run/,
    );
  });

  it("stops after the block where onBlock says stop, at the same block for any worker count", async () => {
    const stopAt = async (workers: number) => {
      const reduced: number[] = [];
      const summary = await executeBlocks({
        modulePath,
        task: { seed: "5", draws: 5 },
        blocks: planBlocks(400, 20),
        columns: 2,
        workers,
        onBlock: (r) => {
          reduced.push(r.block.index);
          // a deterministic rule on reduced data only: stop once 7 blocks are in
          return reduced.length === 7 ? "stop" : undefined;
        },
      });
      return { reduced, summary };
    };
    for (const workers of [0, 1, 2, 4]) {
      const { reduced, summary } = await stopAt(workers);
      expect(reduced).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(summary).toEqual({ reducedBlocks: 7, stopped: true });
    }
  });
});
