import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { QUICK } from "../engine/runHelpers.js";
import { runCli } from "../helpers/cli.js";
import { STACK_FRAME, scratchDir } from "./helpers.js";

// Resource limits are checked before any work, with the limit in the message; pilot inputs are
// bounded.

const scratch = scratchDir("faults-limits");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The quick experiment with one line replaced, written beside the original (its plans resolve). */
function variantOf(name: string, pattern: RegExp, line: string): string {
  const file = join("scenarios", "experiments", `.faults-${name}-${process.pid}.yaml`);
  writeFileSync(file, readFileSync(QUICK, "utf8").replace(pattern, line));
  return file;
}

async function refused(args: string[], message: RegExp) {
  const out = join(scratch, "out");
  const started = Date.now();
  const extra = args[0] === "run" ? ["--no-report"] : [];
  const result = await runCli([...args, "--out", out, "--quiet", ...extra]);
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(existsSync(join(out, "summary.json"))).toBe(false);
  return Date.now() - started;
}

describe("run limits, before any work", () => {
  const made: string[] = [];
  afterAll(() => {
    for (const f of made) rmSync(f, { force: true });
  });

  it("more workers than cores is refused unless forced", async () => {
    await refused(
      ["run", QUICK, "--workers", "1000"],
      new RegExp(`--workers: 1000 worker threads is more than the ${availableParallelism()} cores`),
    );
  });

  it("a trial count over the limit, or of 2^53 − 1, is refused at once", async () => {
    const ms = await refused(["run", QUICK, "--trials", "9007199254740991"], /over the limit of 10,000,000/);
    expect(ms).toBeLessThan(20_000);
  });

  it("a headcount whose trial cannot fit in memory is refused with the estimate and the limit", async () => {
    const big = variantOf("headcount", /^ {4}AE: 24 .*$/m, "    AE: 100000000");
    made.push(big);
    await refused(
      ["run", big],
      /population\.headcount: a trial of 100,000,016 reps over 36 months needs about .* GB of memory, over the .* GB a thread may use/,
    );
  });

  it("validate reports the limits of an experiment that would not start", async () => {
    const big = variantOf("validate", /^ {4}AE: 24 .*$/m, "    AE: 100000000");
    made.push(big);
    const result = await runCli(["validate", big, QUICK]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/population\.headcount: a trial of 100,000,016 reps/);
    expect(result.stdout).toContain(`${QUICK}: ok`);
  });

  it("a horizon over 50 years is refused by the language, horizon + tail over 50 years by the run", async () => {
    const long = variantOf("horizon", /^horizon: .*$/m, "horizon: 60 years");
    made.push(long);
    await refused(["run", long], /horizon: 720 months is longer than the limit of 600 months \(50 years\)/);
    const withTail = variantOf("horizonTail", /^horizon: .*$/m, "horizon: 50 years");
    made.push(withTail);
    await refused(["run", withTail], /horizon \+ tail of 612 months is over the limit of 600 months/);
  });

  it("a seed with '/' is an input problem, not an internal error", async () => {
    await refused(
      ["run", QUICK, "--trials", "2", "--seed", "a/b"],
      /--seed: seed: a seed must be non-empty and hold no "\/"/,
    );
  });
});

describe("pilot bounds", () => {
  const base = [
    "pilot",
    "--data",
    "data/sample",
    "--plan",
    "scenarios/plans/ae-outcome.yaml",
    "--control",
    "scenarios/plans/ae-activity-era.yaml",
    "--group",
    "region=NA",
  ];
  it("--effect cost=1e308 and an effect beyond the outcome's range are refused", async () => {
    await refused(
      [...base, "--effect", "cost=1e308"],
      /--effect: cost effect 1e\+308 is outside the outcome's range: at most ±1 \(100 points\)/,
    );
    await refused([...base, "--effect", "nps=500"], /at most ±200/);
  });
  it("--months 100000 and --replicates 1e9 are refused", async () => {
    await refused([...base, "--months", "3,100000"], /--months: 100000 is over the limit of 60/);
    await refused(
      [...base, "--replicates", "1000000000"],
      /--replicates: expected a whole number from 100 to 100000/,
    );
  });
});
