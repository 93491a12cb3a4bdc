/**
 * Known-truth validation of the history world source (issue 17 item 4), small sizes: the
 * simulator's own world writes a history under plan A (generate-data --from-experiment, with
 * truth.json); the history-driven simulation runs plan B on it (un-gamed, behaviour fitted); the
 * simulator's own history under plan B from the same seed (same reps, leads and customers) is the
 * truth it must reproduce. Per year: cost, new ARR and the share of won value in the quarter's last
 * month. Both sides are noisy estimates of the same figure — the truth is one simulated history
 * (its spread: the parametric world's trial-to-trial sd at the same size), the counterfactual a
 * bootstrap of another (its spread: the trials' sd) — so they must agree within
 * 1.96 × √(sd_truth² + sd_counterfactual²). Plan A itself is checked the same way (the
 * counterfactual of the plan that made the history must give that history back).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { writeSimulatedHistory } from "../../sim/engine/history/simulatedHistory.js";
import { resolveHistory } from "../../sim/history/resolveHistory.js";
import type { ExperimentParams } from "../../sim/language/experiment/experimentParams.js";
import { loadExperimentFile } from "../../sim/language/experiment/loadExperiment.js";
import { TRIAL_METRICS } from "../../sim/metrics/trialMetricIds.js";
import { simulateTrials } from "../../sim/trial/simulateTrial.js";

const plan = (name: string) => resolve("scenarios/plans", `${name}.yaml`);
const TRIALS = 12;
const IDS = ["cost.total", "arr.new", "timing.lastMonthShare"] as const;

function write(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Mean and sd over trials of variant `variant` (or, with `minus`, of its paired difference from it). */
function stats(exp: ExperimentParams, variant: number, minus: number | null = null) {
  const simulate = simulateTrials(exp);
  const xs = IDS.map(() => [] as number[]);
  for (let t = 0; t < TRIALS; t++) {
    const cells = simulate(t, 0);
    const m = cells(variant, { kind: "configured" }).metrics;
    const b = minus === null ? null : cells(minus, { kind: "configured" }).metrics;
    IDS.forEach((id, k) => {
      const j = TRIAL_METRICS.indexOf(id);
      xs[k]!.push(m[j]! - (b === null ? 0 : b[j]!));
    });
  }
  return xs.map((v) => {
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (v.length - 1));
    return { mean, sd };
  });
}

describe("known truth: a history written under plan A, plan B simulated on it", () => {
  it("matches the simulator's own history under B (cost, new ARR, last-month share)", () => {
    const dir = mkdtempSync(join(tmpdir(), "pb-known-truth-"));
    const truthFile = write(
      dir,
      "truth.yaml",
      [
        "kind: experiment",
        "id: known-truth",
        "start: 2025-01-01",
        "horizon: 8 quarters",
        "tail: 2 quarters",
        "seed: 23",
        "trials: 4",
        "repDetailTrials: 0",
        "gaming: {byLever: false}",
        "variants:",
        `  - {name: A, plans: [${plan("ae-activity-era")}]}`,
        `  - {name: B, plans: [${plan("ae-outcome")}]}`,
        `scenarios: [${resolve("scenarios/worlds/baseline.yaml")}]`,
        "population:",
        "  headcount: {AE: 16}",
        "  startingBookPerCsm: 0",
        "",
      ].join("\n"),
    );
    const truth: Record<
      string,
      { pay: { costTotal: number }; newArr: number; timing: { volumeShareByMonthOfPeriod: number[] } }
    > = {};
    for (const v of ["A", "B"]) {
      const out = join(dir, `history-${v}`);
      writeSimulatedHistory({ experiment: truthFile, variant: v, out });
      truth[v] = JSON.parse(readFileSync(join(out, "truth.json"), "utf8"));
    }
    const cfFile = write(
      dir,
      "counterfactual.yaml",
      [
        "kind: experiment",
        "id: counterfactual",
        "start: 2025-01-01",
        "horizon: 4 quarters",
        "tail: 2 quarters",
        "seed: 5",
        "trials: 4",
        "repDetailTrials: 0",
        "gaming: {byLever: false}",
        `world: {history: ${join(dir, "history-A")}, fitTrials: 1}`,
        `historicalPlans: [${plan("ae-activity-era")}]`,
        "variants:",
        `  - {name: B, plans: [${plan("ae-outcome")}]}`,
        "population:",
        "  headcount: {}",
        "  startingBookPerCsm: 0",
        "",
      ].join("\n"),
    );
    const cf = resolveHistory(loadExperimentFile(cfFile).params)!.experiment;
    // the truth's own spread: the parametric world's trials over one year at the same size
    const world = { ...loadExperimentFile(truthFile).params, horizonMonths: 12 };
    const rows: string[] = [];
    const checks: [string, number, number][] = [];
    for (const [v, index] of [
      ["A", 0],
      ["B", 1],
    ] as const) {
      const t = truth[v]!;
      // the truth covers 8 quarters: per year, half
      const truthYear = [t.pay.costTotal / 2, t.newArr / 2, t.timing.volumeShareByMonthOfPeriod[2]!];
      const spread = stats(world, index);
      const counterfactual = stats(cf, index);
      IDS.forEach((id, k) => {
        const c = counterfactual[k]!;
        const tolerance = 1.96 * Math.hypot(spread[k]!.sd, c.sd);
        rows.push(
          `${v} ${id}: truth ${truthYear[k]!.toFixed(3)}, counterfactual ${c.mean.toFixed(3)} (sd ${c.sd.toFixed(3)}), tolerance ±${tolerance.toFixed(3)}`,
        );
        checks.push([`${v} ${id}`, Math.abs(truthYear[k]! - c.mean), tolerance]);
      });
    }
    // the effect of switching A → B, paired (common random numbers on both sides): sharper
    const truthEffect = [
      (truth.B!.pay.costTotal - truth.A!.pay.costTotal) / 2,
      (truth.B!.newArr - truth.A!.newArr) / 2,
      truth.B!.timing.volumeShareByMonthOfPeriod[2]! - truth.A!.timing.volumeShareByMonthOfPeriod[2]!,
    ];
    const spread = stats(world, 1, 0);
    const effect = stats(cf, 1, 0);
    IDS.forEach((id, k) => {
      const c = effect[k]!;
      const tolerance = 1.96 * Math.hypot(spread[k]!.sd, c.sd);
      rows.push(
        `B − A ${id}: truth ${truthEffect[k]!.toFixed(3)}, counterfactual ${c.mean.toFixed(3)} (sd ${c.sd.toFixed(3)}), tolerance ±${tolerance.toFixed(3)}`,
      );
      if (id === "arr.new") {
        // the new-ARR effect is attenuated, not reproduced: under A the truth's gaming reps sold
        // poor fits (a volume plan), which B stops; a deal log records no fit, so the history world
        // takes those wins as qualified and B keeps them (sim/history/README.md). Its sign must hold.
        expect(Math.sign(c.mean), "B − A arr.new sign").toBe(Math.sign(truthEffect[k]!));
      } else checks.push([`B − A ${id}`, Math.abs(truthEffect[k]! - c.mean), tolerance]);
    });
    process.stdout.write(`${rows.join("\n")}\n`);
    for (const [what, gap, tolerance] of checks) expect(gap, what).toBeLessThanOrEqual(tolerance);
  }, 300_000);
});
