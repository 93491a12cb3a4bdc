/**
 * The shipped sensitivity experiment on the real simulator (built dist/): summary.json's sweeps
 * (value rows, tornado, heatmap) and frontier, and common random numbers — a swept value equal to
 * the plan as written reproduces the written variant exactly, trial by trial.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runMarkdown } from "../../reports/markdown/run.js";
import { runExperiment } from "../../sim/engine/run/runExperiment.js";
import type { RunSummary } from "../../sim/engine/run/summary.js";
import { loadExperimentFile } from "../../sim/language/experiment/loadExperiment.js";

const PATH = "scenarios/experiments/sensitivity.yaml";
let out = "";
let summary: RunSummary;
let markdown = "";

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "planbench-sensitivity-"));
  const result = await runExperiment({
    renderMarkdown: runMarkdown,
    loaded: loadExperimentFile(PATH),
    experimentPath: PATH,
    trials: 2,
    blockSize: 1,
    workers: 2,
    out,
    resume: false,
  });
  if (result.kind !== "complete") throw new Error("expected a complete run");
  summary = result.outputs.summary;
  markdown = result.outputs.markdown;
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

type Paired = { difference: number; se: number };

describe("sensitivity sweep", () => {
  test("a swept value equal to the written plan is the written variant, trial by trial", () => {
    // accelerator=2 is the activity-era plan as written (top tier 2×): paired difference exactly 0
    const group = summary.paired.find(
      (g) =>
        g.variant === "Activity era · accelerator=2" &&
        g.population === "configured" &&
        g.scenario === "Baseline",
    )!;
    for (const id of ["cost.total", "payout.gini", "arr.new"]) {
      const p = group.metrics[id] as Paired;
      expect(p.difference, id).toBe(0);
      expect(p.se, id).toBe(0);
    }
  });

  test("value rows: one per swept value, with the key metrics", () => {
    const sweeps = summary.sweeps!;
    expect(sweeps.parameters.map((p) => [p.name, p.values.map((v) => v.label)])).toEqual([
      ["accelerator", ["1.5", "2", "2.5"]],
      ["clawbackWindow", ["90d", "180d", "365d"]],
      ["npsKicker", ["100%", "120%"]],
      ["churn", ["0.8", "1.2"]],
    ]);
    const churn = sweeps.parameters[3]!;
    expect(churn.values[0]!.cells.map((c) => `${c.variant} / ${c.scenario}`)).toEqual([
      "Activity era / Baseline · churn=0.8",
      "Outcome / Baseline · churn=0.8",
    ]);
    expect(churn.values[0]!.cells[0]!.metrics["cost.expense"]?.mean).toBeGreaterThan(0);
  });

  test("tornado: bars sorted by |swing|; a higher top accelerator costs more", () => {
    const t = summary.sweeps!.tornado.find((x) => x.variant === "Activity era")!;
    expect(t.bars.map((b) => b.parameter).sort()).toEqual(["accelerator", "churn"]);
    const swings = t.bars.map((b) => b.absSwing!);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    const accelerator = t.bars.find((b) => b.parameter === "accelerator")!;
    expect(accelerator.low.label).toBe("1.5");
    expect(accelerator.high.label).toBe("2.5");
    expect(accelerator.swing!.difference).toBeCloseTo(
      accelerator.high.estimate!.mean - accelerator.low.estimate!.mean,
      6,
    );
    expect(accelerator.swing!.difference).toBeGreaterThan(0);
    // the world sweep compares the same reps and customers under two markets: the paired
    // swing's variance is a small fraction of an unpaired comparison's (common random numbers)
    const churn = t.bars.find((b) => b.parameter === "churn")!;
    expect(churn.swing!.varianceReduction).toBeGreaterThan(10);
    const outcome = summary.sweeps!.tornado.find((x) => x.variant === "Outcome")!;
    expect(outcome.bars.map((b) => b.parameter).sort()).toEqual(["churn", "clawbackWindow", "npsKicker"]);
  });

  test("heatmap: every pair of the grid's values, and the kicker raises cost at every window", () => {
    const h = summary.sweeps!.heatmap!;
    expect(h.x.labels).toEqual(["90d", "180d", "365d"]);
    expect(h.y.labels).toEqual(["100%", "120%"]);
    expect(h.cells).toHaveLength(6);
    for (let xi = 0; xi < 3; xi++) {
      const at = (yi: number) => h.cells.find((c) => c.xi === xi && c.yi === yi)!.estimate!.mean;
      expect(at(1)).toBeGreaterThanOrEqual(at(0)); // a 120% multiplier never pays less than 100%
    }
  });

  test("frontier: per scenario, efficient variants are not dominated", () => {
    expect(summary.frontier.map((f) => f.scenario)).toEqual(summary.scenarios);
    for (const f of summary.frontier) {
      const efficient = f.points.filter((p) => p.efficient);
      expect(efficient.length).toBeGreaterThan(0);
      for (const p of efficient) expect(p.dominatedBy).toEqual([]);
      for (const p of f.points.filter((x) => !x.efficient)) expect(p.dominatedBy.length).toBeGreaterThan(0);
    }
    expect(markdown).toContain("## Sensitivity");
    expect(markdown).toContain("### Heatmap: clawbackWindow × npsKicker (Outcome in Baseline, cost.total)");
    expect(markdown).toContain("## Cost vs customer value");
  });
});
