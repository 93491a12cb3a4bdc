import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseShard } from "../../sim/cli/commands/run.js";
import { runCli } from "../helpers/cli.js";
import { expectSameBytes, outputBytes, QUICK } from "./runHelpers.js";

// The `planbench run` and `planbench merge` commands. The end-to-end tests need the world
// simulator built (dist/sim/trial/simulateTrial.js); they are skipped until it exists.

const scratch = mkdtempSync(join(tmpdir(), "planbench-run-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const simulatorBuilt = existsSync(join("dist", "sim", "trial", "simulateTrial.js"));

describe("planbench run: arguments and input errors", () => {
  it("parses --shard i/n (0-based) and refuses the rest", () => {
    expect(parseShard("0/4")).toEqual({ index: 0, count: 4 });
    expect(parseShard("3/4")).toEqual({ index: 3, count: 4 });
    expect(() => parseShard("4/4")).toThrow(/0 ≤ i < n/);
    expect(() => parseShard("1-4")).toThrow(/i\/n/);
  });
  it("a bad experiment is reported with file:line:col, exit 1, no stack trace", async () => {
    const file = join(scratch, "bad.yaml");
    writeFileSync(file, "kind: experiment\nhorizn: 8 quarters\nseed: 1\ntrials: 5\n");
    const result = await runCli(["run", file, "--out", join(scratch, "bad-out")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:2:1: horizn: unknown key 'horizn' (did you mean 'horizon'?)`);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(existsSync(join(scratch, "bad-out"))).toBe(false);
  });
  it("refuses a bad flag with a usage error", async () => {
    const result = await runCli(["run", QUICK, "--workers", "-1"]);
    expect(result.code).toBe(1);
  });
});

// Several real `planbench run`s each (about 4 s apiece on a quiet 2-core machine): more than the
// default 60 s when the machine is shared. A limit, not a timing assertion.
const REAL_RUN_TIMEOUT_MS = 240_000;

describe.skipIf(!simulatorBuilt)("planbench run on the world simulator", () => {
  const args = (out: string, trials: number) => [
    "run",
    QUICK,
    "--trials",
    String(trials),
    "--block-size",
    "1",
    "--quiet",
    "--no-report", // the HTML report has its own tests (test/reports); these check the engine's outputs
    "--out",
    out,
  ];

  it(
    "writes identical outputs for 0, 1 and 2 workers, and for merged shards",
    async () => {
      const dirs = [0, 1, 2].map((w) => join(scratch, `real-${w}`));
      for (const [w, dir] of dirs.entries())
        expect((await runCli([...args(dir, 2), "--workers", String(w)])).code).toBe(0);
      // the block size changes no byte either: one block of both trials
      const oneBlock = join(scratch, "real-one-block");
      expect((await runCli([...args(oneBlock, 2), "--block-size", "2", "--workers", "0"])).code).toBe(0);
      dirs.push(oneBlock);
      const expected = outputBytes(dirs[0]!);
      for (const dir of dirs.slice(1)) expect(expectSameBytes(outputBytes(dir), expected), dir).toBe(true);
      const shards = join(scratch, "real-shards");
      for (const i of [0, 1])
        expect((await runCli([...args(shards, 2), "--shard", `${i}/2`, "--workers", "1"])).code).toBe(0);
      const merged = join(scratch, "real-merged");
      const files = readdirSync(shards)
        .filter((f) => f.endsWith(".pbshard"))
        .map((f) => join(shards, f));
      expect((await runCli(["merge", ...files, "--out", merged, "--quiet", "--no-report"])).code).toBe(0);
      expect(expectSameBytes(outputBytes(merged), expected)).toBe(true);
    },
    REAL_RUN_TIMEOUT_MS,
  );

  it(
    "Ctrl-C exits 130 with the resume command; --resume completes to the same result",
    async () => {
      const out = join(scratch, "interrupted");
      const child = spawn(process.execPath, ["dist/sim/cli/bin.js", ...args(out, 4), "--workers", "1"], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const checkpoint = join(out, ".checkpoint");
      const code = await new Promise<number | null>((resolve) => {
        const poll = setInterval(() => {
          if (existsSync(checkpoint) && readdirSync(checkpoint).some((f) => f.startsWith("block-"))) {
            clearInterval(poll);
            child.kill("SIGINT");
          }
        }, 20);
        child.on("exit", (c) => {
          clearInterval(poll);
          resolve(c);
        });
      });
      expect(code, stderr).toBe(130);
      expect(stderr).toMatch(/resume with: planbench run .* --resume/);
      expect(existsSync(join(out, "summary.json"))).toBe(false);
      expect((await runCli([...args(out, 4), "--resume"])).code).toBe(0);
      const fresh = join(scratch, "uninterrupted");
      expect((await runCli([...args(fresh, 4), "--workers", "2"])).code).toBe(0);
      expect(expectSameBytes(outputBytes(out), outputBytes(fresh))).toBe(true);
    },
    REAL_RUN_TIMEOUT_MS,
  );
});
