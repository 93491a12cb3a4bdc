import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMarkdown } from "../../reports/markdown/run.js";
import { mergeShards } from "../../sim/engine/run/mergeShards.js";
import { shardFileName } from "../../sim/engine/run/runExperiment.js";
import { InputError } from "../../sim/errors.js";
import { expectSameBytes, fakeRun, outputBytes } from "../engine/runHelpers.js";
import { flipByte, scratchDir } from "./helpers.js";

// Shard files carry a SHA-256 of their whole content: a flipped bit, a truncation or padding is
// refused by `merge` with the file named, never merged into other numbers.

const scratch = scratchDir("faults-shards");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const shards = join(scratch, "shards");
const files = [0, 1, 2].map((i) => join(shards, shardFileName(i, 3)));

beforeAll(async () => {
  for (const index of [0, 1, 2]) await fakeRun(shards, { shard: { index, count: 3 } });
});

describe("damaged shard files are refused", () => {
  it("intact shards merge to the unsharded result", async () => {
    const whole = join(scratch, "whole");
    await fakeRun(whole);
    const merged = join(scratch, "merged");
    await mergeShards(files, merged, runMarkdown);
    expect(expectSameBytes(outputBytes(merged), outputBytes(whole))).toBe(true);
  });

  it("a flipped bit anywhere in a shard is refused, naming the file; nothing is written", async () => {
    const damaged = join(scratch, "damaged.pbshard");
    const size = statSync(files[1]!).size;
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: size - 1 }),
        fc.integer({ min: 0, max: 7 }),
        async (at, bit) => {
          copyFileSync(files[1]!, damaged);
          flipByte(damaged, at, bit);
          cases++;
          const out = join(scratch, "out-damaged");
          const error = await mergeShards([files[0]!, damaged, files[2]!], out).then(
            () => null,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message).toMatch(/damaged\.pbshard: shard file refused/);
          expect(existsSync(join(out, "summary.json"))).toBe(false);
        },
      ),
      { numRuns: 60, seed: 15 },
    );
    console.log(`shard damage: ${cases} flipped-bit cases refused`);
  });

  it("truncated, padded, older-format and foreign files are refused", async () => {
    const bad = join(scratch, "bad.pbshard");
    const bytes = readFileSync(files[1]!);
    const merge = () => mergeShards([files[0]!, bad, files[2]!], join(scratch, "out-bad"));
    writeFileSync(bad, bytes.subarray(0, bytes.length - 10));
    await expect(merge()).rejects.toThrow(/bad\.pbshard: shard file refused: damaged/);
    writeFileSync(bad, Buffer.concat([bytes, Buffer.from("x")]));
    await expect(merge()).rejects.toThrow(/truncated or padded/);
    writeFileSync(bad, Buffer.concat([Buffer.from("PLANBENCH-SHARD 1\n"), bytes.subarray(18)]));
    await expect(merge()).rejects.toThrow(/older planbench/);
    writeFileSync(bad, "kind: experiment\n");
    await expect(merge()).rejects.toThrow(/not a planbench shard file/);
    const other = join(scratch, "other");
    await fakeRun(other, { shard: { index: 1, count: 3 }, seed: "other" });
    await expect(
      mergeShards([files[0]!, join(other, shardFileName(1, 3)), files[2]!], join(scratch, "x")),
    ).rejects.toThrow(/belongs to a different run/);
  });
});
