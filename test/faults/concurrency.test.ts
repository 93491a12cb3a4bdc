import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { EnvironmentError } from "../../sim/io/fsErrors.js";
import { expectSameBytes, fakeRun, outputBytes, QUICK } from "../engine/runHelpers.js";
import { CLI, FIXTURES, runNode, scratchDir } from "./helpers.js";

// One writer per output folder, and kills at any point: a second run into a folder in use is
// refused; a run killed (SIGKILL: no cleanup at all) at a random moment is continued by the
// next run with the same inputs to byte-identical outputs, its stale lock and temporary files
// cleaned up.

const scratch = scratchDir("faults-concurrency");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const RUN_SLOW = join(FIXTURES, "runSlow.mjs");

/** Resolves once `path` exists (polling), or after `ms`. */
function whenExists(path: string, ms = 20_000): Promise<boolean> {
  return new Promise((done) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (existsSync(path) || Date.now() - started > ms) {
        clearInterval(poll);
        done(existsSync(path));
      }
    }, 10);
  });
}

describe("concurrent runs into one folder", () => {
  it("the second run is refused with the holder's pid and command, the first completes", async () => {
    const out = join(scratch, "shared");
    // the first run cannot finish before both refusals were seen (slowBlock.mjs)
    const release = join(scratch, "release-first-run");
    const first = runNode([RUN_SLOW, out, "1"], {
      env: { FAULT_BLOCK_MS: "60", FAULT_RELEASE_FILE: release },
    });
    expect(await whenExists(join(out, ".planbench.lock"))).toBe(true);
    const holder = JSON.parse(readFileSync(join(out, ".planbench.lock"), "utf8")) as { pid: number };
    // in-process (library) and through the CLI
    const error = await fakeRun(out, { seed: "B" }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as Error).message).toMatch(
      new RegExp(`is in use by another planbench \\(pid ${holder.pid},`),
    );
    const cli = await runNode([CLI, "run", QUICK, "--trials", "2", "--quiet", "--no-report", "--out", out]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(
      /^planbench: .* is in use by another planbench \(pid \d+, since .*planbench run/,
    );
    writeFileSync(release, "");
    expect((await first).code).toBe(0);
    const reference = join(scratch, "reference-1");
    await fakeRun(reference, { blockSize: 1 });
    expect(expectSameBytes(outputBytes(out), outputBytes(reference))).toBe(true);
    expect(existsSync(join(out, ".planbench.lock"))).toBe(false);
  }, 120_000);
});

describe("killed at a random moment, then run again", () => {
  it("continues to byte-identical outputs and cleans the killed run's leftovers", async () => {
    const reference = join(scratch, "reference-2");
    await fakeRun(reference, { blockSize: 2 });
    const expected = outputBytes(reference);
    let cases = 0;
    let midRun = 0;
    await fc.assert(
      // the delay counts from the moment the run holds its lock (module loading varies)
      fc.asyncProperty(fc.integer({ min: 0, max: 1100 }), async (delay) => {
        const out = join(scratch, `killed-${cases}`);
        cases++;
        const killed = await runNode([RUN_SLOW, out, "2"], {
          env: { FAULT_BLOCK_MS: "60" },
          onSpawn: (child) => {
            void whenExists(join(out, ".planbench.lock")).then(() =>
              setTimeout(() => child.kill("SIGKILL"), delay),
            );
          },
        });
        expect(killed.signal === "SIGKILL" || killed.code === 0).toBe(true);
        if (killed.signal === "SIGKILL" && existsSync(join(out, ".checkpoint"))) midRun++;
        await fakeRun(out, { blockSize: 2 });
        expect(expectSameBytes(outputBytes(out), expected)).toBe(true);
        const left = readdirSync(out).filter((f) => f.startsWith("."));
        expect(left.filter((f) => f !== ".planbench-outputs.json")).toEqual([]);
      }),
      { numRuns: 8, seed: 15 },
    );
    console.log(`kill and rerun: ${cases} random kill points (${midRun} mid-run), all byte-identical`);
    expect(midRun).toBeGreaterThan(0);
  }, 180_000);
});
