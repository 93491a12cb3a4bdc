/**
 * `planbench generate-data --from-experiment` on the command line: it writes a history that
 * `planbench import --dir` reads back whole and `planbench backtest` pays as the simulation did,
 * and bad input gets one clear problem naming the file and what was expected — no stack trace,
 * nothing written.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../data/tmp.js";
import { runCli } from "../helpers/cli.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

const EXPERIMENT = join(PROJECT_ROOT, "test/trial/fixtures/history-small.yaml");
const PLANS = join(PROJECT_ROOT, "scenarios/plans");

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe("planbench generate-data --from-experiment", () => {
  it("writes the tables and truth.json; import reads them back whole and backtest pays the simulated pay", async () => {
    const dir = tempDir("cli-from-experiment");
    const out = join(dir, "history");
    const gen = await runCli([
      "generate-data",
      "--from-experiment",
      EXPERIMENT,
      "--variant",
      "Activity era",
      "--seed",
      "5",
      "--trial",
      "2",
      "--tables",
      "csv",
      "--out",
      out,
    ]);
    expect(gen.stderr).toBe("");
    expect(gen.code).toBe(0);
    expect(gen.stdout).toMatch(/opportunities\s+[\d,]+ rows/);
    expect(gen.stdout).toContain("variant Activity era, seed 5, trial 2, configured population");
    const truth = JSON.parse(readFileSync(join(out, "truth.json"), "utf8"));
    expect(truth).toMatchObject({
      variant: "Activity era",
      seed: "5",
      trial: 2,
      population: { mode: "configured" },
    });
    expect(Object.keys(truth).sort()).toEqual(
      [
        "dealsWon",
        "experiment",
        "generator",
        "horizonMonths",
        "inputs",
        "newArr",
        "pay",
        "plans",
        "population",
        "range",
        "scenario",
        "seed",
        "surveys",
        "timing",
        "trial",
        "variant",
      ].sort(),
    );

    const imported = await runCli([
      "import",
      "--dir",
      out,
      "--out",
      join(dir, "imported"),
      "--tables",
      "csv",
    ]);
    expect(imported.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, "imported", "import-summary.json"), "utf8"));
    expect(summary.tables.length).toBe(7);
    for (const t of summary.tables as {
      table: string;
      rowsRead: number;
      rows: number;
      quarantined: number;
      skipped: object;
    }[]) {
      expect(t.rows, t.table).toBe(t.rowsRead);
      expect(t.quarantined, t.table).toBe(0);
      expect(t.skipped, t.table).toEqual({});
    }

    const bt = await runCli([
      "backtest",
      "--plan",
      `Activity era=${join(PLANS, "ae-activity-era.yaml")},${join(PLANS, "csm-renewal.yaml")}`,
      "--data",
      out,
      "--from",
      truth.range.start,
      "--to",
      truth.range.end,
      "--format",
      "json",
    ]);
    expect(bt.code).toBe(0);
    const result = JSON.parse(bt.stdout);
    expect(Math.round(result.variants[0].metrics["cost.total"] * 100)).toBe(truth.pay.horizonCents);
  });

  const refused = async (args: string[], out: string) => {
    const run = await runCli(["generate-data", ...args, "--out", out]);
    expect(run.code).toBe(1);
    noStack(run.stderr);
    expect(existsSync(out)).toBe(false);
    return run.stderr;
  };

  it("an unknown variant or scenario names the experiment file, the choices and the nearest", async () => {
    const dir = tempDir("cli-from-experiment-errors");
    const err = await refused(["--from-experiment", EXPERIMENT, "--variant", "Activty era"], join(dir, "a"));
    expect(err).toContain("history-small.yaml: no variant named 'Activty era'");
    expect(err).toContain("'Activity era', 'Outcome', 'Vesting', 'Capped YTD'");
    expect(err).toContain("did you mean 'Activity era'?");
    const scen = await refused(
      ["--from-experiment", EXPERIMENT, "--variant", "Outcome", "--scenario", "downturn"],
      join(dir, "b"),
    );
    expect(scen).toContain("no scenario named 'downturn'");
  });

  it("a file that is not an experiment, a missing file, a missing --variant or a parametric flag is refused clearly", async () => {
    const dir = tempDir("cli-from-experiment-bad");
    const plan = join(PLANS, "csm-renewal.yaml");
    const notExperiment = await refused(["--from-experiment", plan, "--variant", "x"], join(dir, "a"));
    expect(notExperiment).toContain("csm-renewal.yaml:");
    expect(notExperiment).toContain("kind: expected 'experiment', got 'plan'");
    const missing = await refused(
      ["--from-experiment", join(dir, "nope.yaml"), "--variant", "x"],
      join(dir, "b"),
    );
    expect(missing).toContain("nope.yaml: file not found");
    const noVariant = await refused(["--from-experiment", EXPERIMENT], join(dir, "c"));
    expect(noVariant).toContain("--variant: --from-experiment needs --variant NAME");
    const reps = await refused(
      ["--from-experiment", EXPERIMENT, "--variant", "Outcome", "--reps", "30"],
      join(dir, "d"),
    );
    expect(reps).toContain("--reps: applies to the parametric generator only");
    const trial = await refused(
      ["--from-experiment", EXPERIMENT, "--variant", "Outcome", "--trial", "-1"],
      join(dir, "e"),
    );
    expect(trial).toContain("--trial: value '-1' must be a whole number");
    const stray = await refused(["--variant", "Outcome"], join(dir, "f"));
    expect(stray).toContain("--variant: applies only with --from-experiment FILE");
  });
});
