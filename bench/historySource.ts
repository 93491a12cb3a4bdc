/**
 * The history world source's per-trial cost (issue 17 item 6: within 2× the parametric world's at
 * the same size). The resolved history experiment (its AEs, horizon + tail, variants, populations,
 * calibrated world and fitted behaviour) is simulated twice per trial: once as it is (candidates
 * resampled from the history) and once with the history removed, so the same world parameters
 * and population draw their candidates from the parametric lead model. Every cell of a trial
 * (variants × configured, honest, inert) is simulated; main-thread CPU per trial, after one
 * warm-up trial of each. Measured on the history examples (un-gaming fit off: its one-off cost is
 * reported apart, as `fitSeconds`).
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { populationModes } from "../sim/engine/run/cells.js";
import { resolveHistory } from "../sim/history/resolveHistory.js";
import type { ExperimentParams } from "../sim/language/experiment/experimentParams.js";
import { loadExperimentFile } from "../sim/language/experiment/loadExperiment.js";
import { simulateTrials } from "../sim/trial/simulateTrial.js";
import { mainThreadCpuSeconds } from "./clocks.js";
import type { BenchResult } from "./types.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const TRIALS = 6;

function perTrial(exp: ExperimentParams, trials: number): number {
  const simulate = simulateTrials(exp);
  const modes = populationModes(false);
  const one = (t: number) => {
    const cells = simulate(t, 0);
    for (let v = 0; v < exp.variants.length; v++) for (const m of modes) cells(v, m);
  };
  one(trials); // warm-up, a trial not timed
  const t0 = mainThreadCpuSeconds();
  for (let t = 0; t < trials; t++) one(t);
  return (mainThreadCpuSeconds() - t0) / trials;
}

function benchOne(name: string, file: string): BenchResult {
  const loaded = loadExperimentFile(resolve(root, file));
  const t0 = mainThreadCpuSeconds();
  const resolved = resolveHistory(loaded.params)!;
  const resolveSeconds = mainThreadCpuSeconds() - t0;
  const history = resolved.experiment;
  const { history: _h, historyReport: _r, ...parametric } = history;
  const h = perTrial(history, TRIALS);
  const p = perTrial(parametric, TRIALS);
  return {
    name: `history.source.${name}.perTrialRatio`,
    value: Math.round((h / p) * 100) / 100,
    unit: "× parametric",
    higherIsBetter: false,
    details: {
      historySecondsPerTrial: Math.round(h * 1000) / 1000,
      parametricSecondsPerTrial: Math.round(p * 1000) / 1000,
      aes: history.history!.reps.length,
      variants: history.variants.length,
      months: history.horizonMonths + history.tailMonths,
      trials: TRIALS,
      resolveAndFitSeconds: Math.round(resolveSeconds * 10) / 10,
      target: "≤ 2× parametric",
    },
  };
}

export function benchHistorySource(): BenchResult[] {
  return [
    benchOne("mavenCrm", "scenarios/experiments/history-maven-crm.yaml"),
    benchOne("sample", "scenarios/experiments/history-sample.yaml"),
  ];
}
