/**
 * simulateTrial: one Monte Carlo trial of one (scenario, variant, population) cell (DESIGN §7).
 * A pure function of (experiment, request): the world is simulated month by month over horizon +
 * tail (sim/world/simulateWorld.ts) with the variant's plans and the behaviour model, every paid
 * rep's ledger goes through the exact payout evaluator, and the TRIAL_METRICS are computed
 * (sim/world/trialMetrics.ts). Variant and population are never part of a random key, so the
 * cells of a trial are paired (common random numbers).
 *
 * Compiled plans and plan responses are cached per Plan object (a WeakMap: the same canonical
 * plan objects arrive for every trial of a run; results do not depend on the cache).
 */
import { decideMonth } from "../behavior/decide.js";
import { planResponse } from "../behavior/planResponse.js";
import type { PlanResponse } from "../behavior/types.js";
import type { Plan, Role } from "../language/canonical.js";
import { type CompiledPlan, compilePlan } from "../plan/evaluate.js";
import type { ExperimentParams } from "../world/params.js";
import { payRun } from "../world/pay.js";
import { withPlans } from "../world/planView.js";
import { simulateWorld, type WorldRunInput } from "../world/simulateWorld.js";
import type { WorldState } from "../world/state.js";
import { repValues, trialMetrics } from "../world/trialMetrics.js";
import type { Decide } from "../world/views.js";
import type { TrialOutcome, TrialRequest } from "./trialContract.js";

interface PlanCache {
  readonly compiled: CompiledPlan;
  readonly response: PlanResponse;
}

const planCache = new WeakMap<Plan, PlanCache>();

function cached(plan: Plan): PlanCache {
  let c = planCache.get(plan);
  if (c === undefined) {
    c = { compiled: compilePlan(plan), response: planResponse(plan) };
    planCache.set(plan, c);
  }
  return c;
}

const decide: Decide = decideMonth;

/**
 * The honest world of the latest (trial, scenario) of each experiment. With every rep honest no
 * decision reads the plan, so the variants' honest cells share one simulated world and differ
 * only in observation and pay (planView.ts): 3 of a trial's 8 world runs saved with 4 variants.
 * One entry per experiment, so memory does not grow with trials; results never depend on it.
 */
const honestWorlds = new WeakMap<ExperimentParams, { trial: number; scenario: number; state: WorldState }>();

function sharedHonestWorld(
  experiment: ExperimentParams,
  request: TrialRequest,
  input: WorldRunInput,
): WorldState {
  const last = honestWorlds.get(experiment);
  if (last !== undefined && last.trial === request.trial && last.scenario === request.scenario)
    return last.state;
  const state = simulateWorld({ ...input, plans: {}, responses: {}, decide: null });
  honestWorlds.set(experiment, { trial: request.trial, scenario: request.scenario, state });
  return state;
}

export function simulateTrial(experiment: ExperimentParams, request: TrialRequest): TrialOutcome {
  const scenario = experiment.scenarios[request.scenario];
  const variant = experiment.variants[request.variant];
  if (scenario === undefined) throw new RangeError(`no scenario ${request.scenario}`);
  if (variant === undefined) throw new RangeError(`no variant ${request.variant}`);
  const plans: Partial<Record<Role, Plan>> = {};
  const responses: Partial<Record<Role, PlanResponse>> = {};
  const compiled = new Map<Plan, CompiledPlan>();
  for (const plan of variant.plans) {
    const c = cached(plan);
    plans[plan.role] = plan;
    responses[plan.role] = c.response;
    compiled.set(plan, c.compiled);
  }
  const input: WorldRunInput = {
    seed: experiment.seed,
    trial: request.trial,
    start: experiment.start,
    horizonMonths: experiment.horizonMonths,
    tailMonths: experiment.tailMonths,
    world: scenario.world,
    scenarioName: scenario.randomKey ?? scenario.name,
    population: experiment.population,
    mode: request.population,
    plans,
    responses,
    decide,
  };
  const state =
    request.population.kind === "honest"
      ? withPlans(sharedHonestWorld(experiment, request, input), plans, responses)
      : simulateWorld(input);
  const pay = payRun(state, compiled);
  const repValue = repValues(state);
  return {
    metrics: trialMetrics(state, pay, repValue, plans.AE ?? null, experiment.accounting),
    repPay: pay.repPay,
    repValue,
    monthlyCost: pay.monthlyCost,
  };
}
