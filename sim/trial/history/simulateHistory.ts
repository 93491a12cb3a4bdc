/**
 * One cell of a trial (sim/trial/simulateTrial.ts) simulated with a HistoryLog recording what a
 * written history needs, and paid like the trial pays it: the world, its recorder, and its pay.
 * The recorder draws nothing and changes nothing, so the world and the pay are the cell's own
 * (test/trial/simulatedHistory.test.ts checks the pay against simulateTrial's, rep by rep).
 */

import type { Plan } from "../../language/canonical.js";
import type { ExperimentParams } from "../../language/experiment/experimentParams.js";
import type { CompiledPlan } from "../../plan/evaluate.js";
import { HistoryLog } from "../../world/historyRecorder.js";
import { withPlans } from "../../world/planView.js";
import { simulateWorld } from "../../world/simulateWorld.js";
import type { WorldState } from "../../world/state.js";
import { type PayResult, payRun } from "../pay.js";
import { decide, type PreparedVariant, prepareVariant } from "../simulateTrial.js";
import type { TrialRequest } from "../trialContract.js";

export interface SimulatedHistory {
  /** The finished world, seen through the variant's plans. */
  readonly state: WorldState;
  readonly log: HistoryLog;
  readonly pay: PayResult;
  readonly variant: PreparedVariant;
}

export function simulateHistory(experiment: ExperimentParams, request: TrialRequest): SimulatedHistory {
  const scenario = experiment.scenarios[request.scenario];
  if (scenario === undefined) throw new RangeError(`no scenario ${request.scenario}`);
  const params = experiment.variants[request.variant];
  if (params === undefined) throw new RangeError(`no variant ${request.variant}`);
  const variant = prepareVariant(params.plans, new Map<Plan, CompiledPlan>());
  const log = new HistoryLog(experiment.horizonMonths);
  const input = {
    seed: experiment.seed,
    trial: request.trial,
    start: experiment.start,
    horizonMonths: experiment.horizonMonths,
    tailMonths: experiment.tailMonths,
    world: scenario.world,
    scenarioName: scenario.randomKey ?? scenario.name,
    population: experiment.population,
    mode: request.population,
    plans: variant.plans,
    responses: variant.responses,
    decide,
    recorder: log,
  };
  // the inert world reads no plan (simulateTrial.ts): simulated without plans, then seen through them
  const state =
    request.population.kind === "inert"
      ? withPlans(
          simulateWorld({ ...input, plans: {}, responses: {}, decide: null }),
          variant.plans,
          variant.responses,
        )
      : simulateWorld(input);
  return { state, log, pay: payRun(state, variant.compiled), variant };
}
