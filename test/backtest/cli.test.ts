import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { tableFromIPC } from "apache-arrow";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

const TMP = join(PROJECT_ROOT, "test", ".tmp", `backtest-cli-${process.pid}`);
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const ARGS = [
  "backtest",
  "--plan",
  "activity=scenarios/plans/ae-activity-era.yaml,scenarios/plans/csm-outcome.yaml",
  "--plan",
  "scenarios/plans/ae-outcome.yaml",
  "--data",
  "data/sample",
  "--from",
  "2023-01-01",
  "--to",
  "2023-12-31",
];

describe("planbench backtest (CLI)", () => {
  it("prints the comparison (--format md) and writes statements, summary.json and report.md", async () => {
    const out = join(TMP, "a");
    const run = await runCli([...ARGS, "--out", out, "--format", "md"]);
    expect(run.stderr).toContain(`wrote`);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("# Backtest: activity vs ae-outcome");
    expect(run.stdout).toContain("A replay assumes");
    for (const f of [
      "statements.arrow",
      "statements.csv",
      "statement-lines.arrow",
      "statement-lines.csv",
      "report.md",
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.kind).toBe("backtest");
    expect(summary.variants.map((v: { name: string }) => v.name)).toEqual(["activity", "ae-outcome"]);
    for (const id of [
      "cost.total",
      "cost.ratio",
      "payout.gini",
      "payout.zeroShare",
      "attainment.below80",
      "timing.lastMonthShare",
    ]) {
      expect(summary.variants[0].metrics).toHaveProperty([id]);
    }
    expect(summary.customer).toHaveProperty(["customer.nrr"]);
    // statements.arrow: one row per variant × rep × period; paid sums to cost.total per variant
    const statements = tableFromIPC(readFileSync(join(out, "statements.arrow")));
    const variant = statements.getChild("variant")!.toArray() as string[];
    const paid = statements.getChild("paid")!.toArray() as Float64Array;
    let activity = 0;
    variant.forEach((v, i) => {
      if (v === "activity") activity += paid[i]!;
    });
    expect(activity).toBeCloseTo(summary.variants[0].metrics["cost.total"], 6);
  });

  it("is deterministic: the same inputs give byte-identical outputs", async () => {
    const a = join(TMP, "a");
    const b = join(TMP, "b");
    if (!existsSync(a)) await runCli([...ARGS, "--out", a]);
    await runCli([...ARGS, "--out", b]);
    for (const f of ["statements.arrow", "statements.csv", "statement-lines.arrow", "statement-lines.csv"]) {
      expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    }
    // the reproducibility block names the output folder (relative to the working directory);
    // everything else is identical
    const rel = (p: string) => relative(process.cwd(), p);
    const strip = (s: string) =>
      s.replaceAll(b, "OUT").replaceAll(a, "OUT").replaceAll(rel(b), "OUT").replaceAll(rel(a), "OUT");
    for (const f of ["summary.json", "report.md"]) {
      expect(strip(readFileSync(join(b, f), "utf8")), f).toBe(strip(readFileSync(join(a, f), "utf8")));
    }
  });

  it("rejects a misspelled plan key with its line and a suggestion, writing nothing", async () => {
    const out = join(TMP, "bad");
    const run = await runCli([
      "backtest",
      "--plan",
      "test/backtest/fixtures/typo-plan.yaml",
      "--data",
      "data/sample",
      "--out",
      out,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/typo-plan\.yaml:9:5: .*unknown key 'tierrule'.*did you mean 'tierRule'/);
    expect(existsSync(out)).toBe(false);
  });

  it("rejects bad dates and missing inputs with a clear message and no stack trace", async () => {
    const badDate = await runCli([...ARGS.slice(0, 7), "--from", "2023-13-01"]);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain("--from: expected a date YYYY-MM-DD, got '2023-13-01'");
    const missing = await runCli(["backtest", "--plan", "nope.yaml", "--data", "data/sample"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope.yaml");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const noData = await runCli([
      "backtest",
      "--plan",
      "scenarios/plans/ae-outcome.yaml",
      "--data",
      "no/such/dir",
    ]);
    expect(noData.code).toBe(1);
    expect(noData.stderr).toContain("no/such/dir");
  });
});
