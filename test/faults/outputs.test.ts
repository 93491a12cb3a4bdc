import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SET_MANIFEST } from "../../sim/io/outputSet.js";
import { fakeRun } from "../engine/runHelpers.js";
import { runCli } from "../helpers/cli.js";
import { CLI, FIXTURES, runNode, STACK_FRAME, scratchDir } from "./helpers.js";

// Output sets and filesystem faults: a full disk, a read-only or impossible --out, a writer
// killed mid-commit, files mixed from two runs. Outputs are replaced whole or not at all, and
// every failure is one line naming the file and the cause.

const scratch = scratchDir("faults-outputs");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const DISK_FULL = join(FIXTURES, "diskFull.mjs");
const BACKTEST = (plan: string, out: string) => [
  CLI,
  "backtest",
  "--plan",
  plan,
  "--data",
  "data/sample",
  "--from",
  "2023-01-01",
  "--to",
  "2023-06-30",
  "--quiet",
  "--no-report",
  "--out",
  out,
];
const hidden = (dir: string) => readdirSync(dir).filter((f) => f.startsWith(".") && f !== SET_MANIFEST);

function canMount(): boolean {
  if (process.platform !== "linux") return false;
  const probe = join(scratch, "probe");
  mkdirSync(probe, { recursive: true });
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe], { stdio: "ignore" });
    execFileSync("umount", [probe], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const mountable = canMount();

describe("a full disk (injected write failure)", () => {
  const out = join(scratch, "full");
  let before: Buffer;
  beforeAll(async () => {
    expect((await runNode(BACKTEST("scenarios/plans/ae-activity-era.yaml", out))).code).toBe(0);
    before = readFileSync(join(out, "summary.json"));
  }, 60_000);

  it("backtest: exit 2, one line naming the file and 'disk full'; the previous set is untouched", async () => {
    for (const budget of [0, 20_000, 400_000]) {
      const result = await runNode(
        ["--import", DISK_FULL, ...BACKTEST("scenarios/plans/ae-outcome.yaml", out)],
        {
          env: { FAULT_DISK_DIR: out, FAULT_DISK_BYTES: String(budget) },
        },
      );
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(
        /^planbench: cannot (write|create the lock file) .*full\/[^ ]+: disk full \(no space left on device\) \(ENOSPC\)\n$/,
      );
      expect(result.stderr).not.toContain(".staging-");
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(readFileSync(join(out, "summary.json")).equals(before)).toBe(true);
      expect(JSON.parse(readFileSync(join(out, SET_MANIFEST), "utf8")).state).toBe("complete");
      expect(hidden(out)).toEqual([]); // no staging folder, temporary file or lock left
    }
    expect((await runCli(["report", out])).code).toBe(0); // the previous set still reads
  }, 120_000);

  it("run: a write failure in trials.arrow names it; the checkpoint stays resumable", async () => {
    const run = join(scratch, "run-full");
    const result = await runNode(["--import", DISK_FULL, join(FIXTURES, "runSlow.mjs"), run, "7"], {
      env: { FAULT_DISK_DIR: join(run, ".staging"), FAULT_DISK_BYTES: "2000", FAULT_BLOCK_MS: "1" },
    });
    // writes into the staging folder (.staging-<pid>-<n>) fail: trials.arrow is the first
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/cannot write \S*run-full\/trials\.arrow: disk full/);
    expect(existsSync(join(run, ".checkpoint"))).toBe(true);
    const again = await runNode(["--import", DISK_FULL, join(FIXTURES, "runSlow.mjs"), run, "7"], {
      env: { FAULT_DISK_DIR: run, FAULT_DISK_BYTES: "60000", FAULT_BLOCK_MS: "1" },
    });
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/cannot write .*: disk full/);
    expect(existsSync(join(run, "summary.json"))).toBe(false);
    await fakeRun(run); // enough space again: continues and completes
    expect(existsSync(join(run, "summary.json"))).toBe(true);
    expect(hidden(run)).toEqual([]);
  }, 60_000);
});

describe.skipIf(!mountable)("real file systems (tmpfs mounts)", () => {
  it("a tiny disk: exit 2 naming the file, no half-written folder", async () => {
    const mnt = join(scratch, "tiny");
    mkdirSync(mnt, { recursive: true });
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=200k", "tmpfs", mnt]);
    try {
      const result = await runNode(BACKTEST("scenarios/plans/ae-outcome.yaml", join(mnt, "x")));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^planbench: cannot write .*tiny\/x\/[^ ]+: disk full/);
      expect(existsSync(join(mnt, "x"))).toBe(false);
    } finally {
      execFileSync("umount", [mnt]);
    }
  }, 60_000);

  it("a read-only --out is refused before any work, naming the folder", async () => {
    const mnt = join(scratch, "ro");
    mkdirSync(mnt, { recursive: true });
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k,ro", "tmpfs", mnt]);
    try {
      const started = Date.now();
      const result = await runNode(BACKTEST("scenarios/plans/ae-outcome.yaml", join(mnt, "x")));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^planbench: cannot create the output folder .*ro\/x: .*ro is not writable \(permission denied or read-only file system\)\n$/,
      );
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      execFileSync("umount", [mnt]);
    }
  }, 60_000);
});

describe("other output folder faults", () => {
  it("--out under a file is one line, exit 2", async () => {
    const file = join(scratch, "a-file");
    writeFileSync(file, "x");
    const result = await runCli([
      "backtest",
      "--plan",
      "scenarios/plans/ae-outcome.yaml",
      "--data",
      "data/sample",
      "--out",
      join(file, "x"),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/a-file is a file, not a folder\n$/);
  });

  it("a set left 'writing' by a killed writer, or mixed from two runs, is refused by report", async () => {
    const a = join(scratch, "set-a");
    const b = join(scratch, "set-b");
    await fakeRun(a);
    await fakeRun(b, { seed: "other" });
    copyFileSync(join(b, "trials.arrow"), join(a, "trials.arrow"));
    const mixed = await runCli(["report", a]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toMatch(/set-a\/trials\.arrow: changed or was damaged after it was written/);
    const manifest = JSON.parse(readFileSync(join(b, SET_MANIFEST), "utf8"));
    writeFileSync(join(b, SET_MANIFEST), JSON.stringify({ ...manifest, state: "writing" }));
    const incomplete = await runCli(["report", b]);
    expect(incomplete.code).toBe(1);
    expect(incomplete.stderr).toMatch(/the outputs in this folder are incomplete/);
  });

  it("stale temporary files and staging folders of dead writers are removed", async () => {
    const out = join(scratch, "stale");
    mkdirSync(join(out, ".staging-999999-1"), { recursive: true });
    writeFileSync(join(out, ".trials.arrow.999999.tmp"), "partial");
    writeFileSync(join(out, ".summary.json.999999.3.tmp"), "partial");
    await fakeRun(out);
    expect(hidden(out)).toEqual([]);
  });

  it("report on a summary.json of the wrong shape is one clean line", async () => {
    const out = join(scratch, "shape");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "summary.json"), JSON.stringify({ kind: "run", cells: 7 }));
    const result = await runCli(["report", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/shape\/summary\.json: /);
    expect(result.stderr.trim().split("\n")).toHaveLength(2); // the problem and "1 problem found."
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});
