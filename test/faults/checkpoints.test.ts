import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunInterrupted } from "../../sim/engine/executor.js";
import { InputError } from "../../sim/errors.js";
import { expectSameBytes, fakeRun, outputBytes } from "../engine/runHelpers.js";
import { flipByte, scratchDir } from "./helpers.js";

// Checkpoints of interrupted runs: a damaged or foreign block file is refused (never resumed
// into other numbers), and an interrupted run's blocks are never discarded without --force.

const scratch = scratchDir("faults-checkpoint");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const reference = join(scratch, "reference");
const pristine = join(scratch, "pristine");

/** Interrupts the stand-in run after `blocks` blocks of 7 trials. */
async function interrupt(out: string, blocks: number, extra: Parameters<typeof fakeRun>[1] = {}) {
  const controller = new AbortController();
  await expect(
    fakeRun(out, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.doneTrials >= blocks * 7) controller.abort();
      },
      ...extra,
    }),
  ).rejects.toBeInstanceOf(RunInterrupted);
}

const blocksIn = (out: string) =>
  readdirSync(join(out, ".checkpoint"))
    .filter((f) => f.startsWith("block-"))
    .sort();

beforeAll(async () => {
  await fakeRun(reference);
  await interrupt(pristine, 2);
});

describe("damaged checkpoints are refused", () => {
  it("a flipped bit anywhere in a block file is refused, naming the file", async () => {
    const block = blocksIn(pristine)[1]!;
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 0, max: 7 }), async (at, bit) => {
        const out = join(scratch, "flipped");
        rmSync(out, { recursive: true, force: true });
        cpSync(pristine, out, { recursive: true });
        const file = join(out, ".checkpoint", block);
        flipByte(file, at % statSync(file).size, bit);
        cases++;
        const error = await fakeRun(out, { resume: true }).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(InputError);
        expect(String((error as Error).message)).toContain(block);
        expect(String((error as Error).message)).toMatch(/checkpoint block refused/);
        expect(existsSync(join(out, "summary.json"))).toBe(false);
      }),
      { numRuns: 40, seed: 15 },
    );
    console.log(`checkpoint damage: ${cases} flipped-bit cases refused`);
  });

  it("a truncated block, a block of another run and a damaged manifest are refused", async () => {
    const out = join(scratch, "other-damage");
    const block = blocksIn(pristine)[0]!;
    cpSync(pristine, out, { recursive: true });
    const file = join(out, ".checkpoint", block);
    writeFileSync(file, readFileSync(file).subarray(0, 100));
    await expect(fakeRun(out, { resume: true })).rejects.toThrow(/checkpoint block refused: damaged/);
    // a block of another run (other seed) copied in: intact but foreign
    const foreign = join(scratch, "foreign");
    await interrupt(foreign, 1, { seed: "other" });
    cpSync(join(foreign, ".checkpoint", block), file);
    await expect(fakeRun(out, { resume: true })).rejects.toThrow(/written by another run/);
    writeFileSync(join(out, ".checkpoint", "manifest.json"), "{ not json");
    await expect(fakeRun(out, { resume: true })).rejects.toThrow(/manifest\.json is damaged/);
    // --force discards the damaged checkpoint and computes everything again
    await fakeRun(out, { force: true });
    expect(expectSameBytes(outputBytes(out), outputBytes(reference))).toBe(true);
  });
});

describe("an interrupted run's blocks are kept", () => {
  it("a rerun with the same inputs continues them (without --resume) to identical outputs", async () => {
    const out = join(scratch, "rerun");
    cpSync(pristine, out, { recursive: true });
    let first = -1;
    await fakeRun(out, {
      onProgress: (p) => {
        if (first < 0) first = p.doneTrials;
      },
    });
    expect(first).toBe(14); // the 2 saved blocks were used, not recomputed
    expect(expectSameBytes(outputBytes(out), outputBytes(reference))).toBe(true);
  });

  it("a run with other inputs is refused, its blocks kept; --force discards them", async () => {
    const out = join(scratch, "other-inputs");
    cpSync(pristine, out, { recursive: true });
    const before = blocksIn(out);
    await expect(fakeRun(out, { seed: "changed" })).rejects.toThrow(
      /checkpoint holds 2 finished block\(s\) of a different run.*add --force to discard it/,
    );
    await expect(fakeRun(out, { seed: "changed", resume: true })).rejects.toThrow(/different run/);
    expect(blocksIn(out)).toEqual(before);
    const forced = await fakeRun(out, { seed: "changed", force: true });
    expect(forced.kind).toBe("complete");
    expect(existsSync(join(out, ".checkpoint"))).toBe(false);
  });
});
