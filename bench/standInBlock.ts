/**
 * A stand-in block module for the engine memory bench: the real packing (run layout, gaming
 * figures, rep detail columns) around a cheap keyed fake world, so 100,000 trials of the
 * reference experiment's layout pass through the real executor, aggregator, checkpoint and
 * trials.arrow writer in seconds. It measures the engine's own memory as trials grow — the
 * world simulation's per-cell memory does not depend on the trial count (bench/engine.ts
 * measures it separately on real trials).
 */
import type { BlockInput } from "../sim/engine/blockModule.js";
import { packBlock } from "../sim/engine/run/packBlock.js";
import type { RunTask } from "../sim/engine/run/runTask.js";
import type { ExperimentParams } from "../sim/language/experiment/experimentParams.js";
import { TRIAL_METRICS } from "../sim/metrics/trialMetricIds.js";
import { keyedStream } from "../sim/random/stream.js";
import { cellByCell, type TrialOutcome, type TrialRequest } from "../sim/trial/trialContract.js";

function simulate(experiment: ExperimentParams, request: TrialRequest): TrialOutcome {
  const reps = experiment.population.headcount.reduce((n, r) => n + r.count, 0);
  const rng = keyedStream(experiment.seed, request.trial, "standIn", request.scenario);
  const gain = request.population.kind === "honest" ? 0 : 0.1;
  const repPay = new Float64Array(reps);
  const repValue = new Float64Array(reps);
  for (let r = 0; r < reps; r++) {
    const skill = Math.exp(0.3 * (rng.next() - 0.5));
    repPay[r] = 50_000 * skill * (1 + 0.05 * request.variant) * (1 + gain * rng.next());
    repValue[r] = 400_000 * skill;
  }
  const metrics = new Float64Array(TRIAL_METRICS.length);
  for (let k = 0; k < metrics.length; k++) metrics[k] = rng.next() * (1 + gain);
  return { metrics, repPay, repValue, monthlyCost: new Float64Array(experiment.horizonMonths) };
}

export function runBlock({ task, block }: BlockInput<RunTask>): Float64Array {
  return packBlock(task, block, cellByCell(simulate));
}
