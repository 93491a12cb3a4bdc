/**
 * The historical plan's effort (issue 17, un-gaming): the recorded deals were found at the effort
 * the plan the company ran induced, not at normal effort, so replaying them as normal effort's
 * pipeline and letting reps respond to that plan again would count its effort response twice.
 * Found on the history world itself as the pipeline scale ē at which reps responding to the
 * historical plan (the fitted mix made honest: everyone responds to pay, nobody games — gaming
 * levers such as poor-fit pursuit also change deal counts) win as many deals as the history
 * holds (reps at normal effort on the unscaled pipeline, which realise every recorded deal). The
 * reps' effort reads their projected attainment, which reads the pipeline, so ē is a fixed point:
 * ē ← ē × won(ē) / won(history), ITERATIONS times from 1. One figure for all reps: history shows
 * one plan, so differences in reps' own responses are not identified.
 */
import type { ExperimentParams } from "../language/experiment/experimentParams.js";
import { TRIAL_METRICS } from "../metrics/trialMetricIds.js";
import { simulateTrials } from "../trial/simulateTrial.js";
import type { PopulationMode } from "../trial/trialContract.js";

const ITERATIONS = 4;

function wonDeals(exp: ExperimentParams, scale: number, mode: PopulationMode, trials: number): number {
  const history = exp.history;
  if (history === undefined) return 0;
  const simulate = simulateTrials({ ...exp, history: { ...history, effortScale: scale } });
  const k = TRIAL_METRICS.indexOf("deals.won");
  let won = 0;
  for (let t = 0; t < trials; t++) won += simulate(t, 0)(0, mode).metrics[k]!;
  return won;
}

export function historicalEffort(exp: ExperimentParams, trials: number): number {
  const run: ExperimentParams = { ...exp, variants: [exp.variants[0]!], seed: `${exp.seed}-effort` };
  const recorded = wonDeals(run, 1, { kind: "inert" }, trials);
  if (!(recorded > 0)) return 1;
  let scale = 1;
  for (let it = 0; it < ITERATIONS; it++) {
    const won = wonDeals(run, scale, { kind: "honest" }, trials);
    if (!(won > 0)) break;
    scale *= won / recorded;
  }
  return scale;
}
