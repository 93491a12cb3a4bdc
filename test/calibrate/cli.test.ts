import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadExperimentFile } from "../../sim/language/experiment/loadExperiment.js";
import { loadWorldFile } from "../../sim/language/world/loadWorld.js";
import { runCli } from "../helpers/cli.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

const TMP = join(PROJECT_ROOT, "test", ".tmp", `calibrate-${process.pid}`);
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe("planbench calibrate", () => {
  it("says that a history's plan assignments are not fitted (a simulated world has no promotions)", async () => {
    const out = join(TMP, "promotion-fit.yaml");
    const run = await runCli([
      "calibrate",
      "--data",
      "test/backtest/fixtures/promotion/data",
      "--behaviour-trials",
      "2",
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "note: the history's 4 plan assignment row(s) are not fitted: a simulated world has no promotions or plan changes, its reps are on their variant's plan for the whole horizon",
    );
  }, 120_000);

  it("writes a loadable world extending the baseline, with evidence and a fit check", async () => {
    const out = join(TMP, "sample-fit.yaml");
    const run = await runCli([
      "calibrate",
      "--data",
      "data/sample",
      "--from",
      "2022-01-01",
      "--to",
      "2024-12-31",
      "--behaviour-trials",
      "2",
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("\nFit check (fitted world vs history");
    expect(run.stdout).toMatch(/^SMB +deal size \(list ARR\) /m);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("kind: world");
    expect(text).toMatch(/extends: ".*baseline\.yaml"/);
    expect(text).toContain("# fitted:");
    const world = loadWorldFile(out, 12);
    // Oracle: the sample generator's SMB median list ARR is $26,000
    expect(Math.abs(world.sales.SMB.dealSizeMedian / 26_000 - 1)).toBeLessThan(0.05);
    // the market schedule comes from the base world (all ones in the baseline)
    expect(world.market.schedule.every((m) => m.leadFlow === 1)).toBe(true);
  });

  it("fits maven-crm's deals, timing profiles and behaviour mix; keeps customer parameters from the base", async () => {
    const out = join(TMP, "maven.yaml");
    const run = await runCli([
      "calibrate",
      "--data",
      "data/mappings/maven-crm.yaml",
      "--plan",
      "scenarios/plans/ae-activity-era.yaml",
      "--behaviour-trials",
      "3",
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    const world = loadWorldFile(out, 1);
    // Oracle: maven's 7 products sell for $55–$26,768; median won close_value ≈ $1,100 (the CSV)
    expect(world.sales.SMB.dealSizeMedian).toBeGreaterThan(500);
    expect(world.sales.SMB.dealSizeMedian).toBeLessThan(3000);
    const text = readFileSync(out, "utf8");
    expect(text).toMatch(/monthlyChurnHazard: .*# base/);
    // Oracle: the CSV's won deals by month of calendar quarter (historyProfiles.test.ts reads the
    // raw file): 20.6% / 30.4% / 49.0% by count, 21.5% / 30.1% / 48.4% by close_value
    const months = world.history!.volumeShareByMonthOfPeriod as number[];
    expect(months[2]!).toBeCloseTo(0.484, 2);
    expect(run.stdout).toContain(
      "by month of the period 20.6% / 30.4% / 49.0% by count, 21.5% / 30.1% / 48.4% by value",
    );
    // the fitted mix is in the world, and what the fit check printed is written beside it
    const fit =
      /Behaviour fit \(deal timing under .*\): ([\d.]+)% of reps gaming at propensity ([\d.]+)/.exec(
        run.stdout,
      );
    expect(fit).not.toBeNull();
    const gaming = world.behaviour!.find((p) => p.gamingPropensity > 0);
    expect((gaming?.share ?? 0) * 100).toBeCloseTo(Number(fit![1]), 6);
    expect(text).toContain("behaviourFit:");
    expect(text).toContain(`gamingShare: ${Number(fit![1]) / 100}`);
    expect(text).toMatch(
      /- \{profile: "value by week of the period \(last day apart\)", kind: "KS D", fitted: [\d.]+, defaultMix: [\d.]+\}/,
    );
    expect(text).toMatch(/- \{parameter: "incentiveResponse", why: /);
    expect(run.stdout).toMatch(/^value in month 3 of the period +48\.4%/m);
    expect(run.stdout).toMatch(/^value by month of the period +KS D +[\d.]+ +[\d.]+$/m);
    expect(run.stdout).toMatch(/^discount by week of the period +largest gap +[\d.]+ +[\d.]+$/m);
    expect(run.stdout).toContain("41 mixes × 3 keyed trials");
    expect(run.stdout).toContain("What this history cannot identify");
    expect(run.stdout).toContain("- incentiveResponse:");

    // An experiment on the calibrated world without population.behaviour runs with the fitted
    // mix, and its report overlays the history's timing curves on the simulated ones.
    const experiment = join(TMP, "on-maven.yaml");
    writeFileSync(
      experiment,
      [
        "kind: experiment",
        "id: on-maven",
        "start: 2025-01-01",
        "horizon: 4 quarters",
        "tail: 0 months",
        "seed: 7",
        "trials: 2",
        "variants:",
        `  - {name: Activity era, plans: [${JSON.stringify(join(PROJECT_ROOT, "scenarios/plans/ae-activity-era.yaml"))}]}`,
        "scenarios:",
        "  - maven.yaml",
        "population:",
        "  headcount: {AE: 6}",
        "",
      ].join("\n"),
    );
    expect(loadExperimentFile(experiment).params.population.behaviour).toEqual(world.behaviour);
    const runOut = join(TMP, "on-maven");
    const sim = await runCli(["run", experiment, "--workers", "0", "--quiet", "--out", runOut]);
    expect(sim.code, sim.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(join(runOut, "summary.json"), "utf8"));
    const curves = summary.timingCurves.find((c: { population: string }) => c.population === "configured");
    expect(curves.history.volumeShareByMonthOfPeriod[2]).toBeCloseTo(0.484, 2);
    const chart = readFileSync(join(runOut, "charts", "timing-curves.vl.json"), "utf8");
    expect(chart).toContain('"history share"'); // the history layer's tooltip
    expect(readFileSync(join(runOut, "report.html"), "utf8")).toContain(
      "history the world was calibrated from",
    );
  }, 180_000);

  it("--no-behaviour writes the timing profiles without fitting a mix", async () => {
    const out = join(TMP, "maven-profiles.yaml");
    const run = await runCli([
      "calibrate",
      "--data",
      "data/mappings/maven-crm.yaml",
      "--no-behaviour",
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    const world = loadWorldFile(out, 1);
    expect(world.history!.lastDayShare).toBeGreaterThan(0);
    expect(world.behaviour ?? null).toBeNull();
    expect(run.stdout).not.toContain("Behaviour fit");
    expect(readFileSync(out, "utf8")).not.toContain("behaviourFit:");
  });

  it("refuses a bad data path without writing the world", async () => {
    const out = join(TMP, "bad.yaml");
    const run = await runCli(["calibrate", "--data", "no/such/dir", "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no/such/dir");
    expect(existsSync(out)).toBe(false);
  });
});
