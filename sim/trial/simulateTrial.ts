/**
 * One Monte Carlo trial of an experiment's cells (DESIGN §7): for a (trial, scenario), the world
 * is simulated month by month over horizon + tail (sim/world/simulateWorld.ts) with a variant's
 * plans and the behaviour model, every paid rep's ledger goes through the exact payout evaluator
 * (pay.ts), and the TRIAL_METRICS are measured (trialMetrics.ts). Variant and population are never
 * part of a random key, so the cells of a trial are paired (common random numbers).
 *
 * The shared inert world: when nobody games or responds to pay (population `inert`) no decision
 * reads the plan, so the inert cells of all variants share one simulated world and differ only
 * in observation and pay (sim/world/planView.ts). It is simulated on first use inside one
 * (trial, scenario)'s CellSimulator and dropped with it; a test checks it equals the world
 * simulated with each variant's plans, bit for bit. Honest cells cannot share: honest reps
 * respond to pay (DESIGN §6), so their world depends on the variant's plans. Variants that name
 * the same plan (by content) share its object, and the inert cells evaluate that plan's reps once
 * (pay.ts PlanPayCache): the reps' ledgers and observations are the same in every view.
 */
import { decideMonth } from "../behavior/decide.js";
import { planResponse } from "../behavior/planResponse.js";
import type { PlanResponse } from "../behavior/types.js";
import type { Role } from "../core/vocabulary.js";
import type { Plan } from "../language/canonical.js";
import type { ExperimentParams } from "../language/experiment/experimentParams.js";
import { type CompiledPlan, compilePlan } from "../plan/evaluate.js";
import { AccountDraws } from "../world/accountDraws.js";
import type { CandidateSource } from "../world/candidateSource.js";
import { HistoryIndex, HistoryLeads } from "../world/historyLeads.js";
import { LeadCache } from "../world/leads.js";
import { withPlans } from "../world/planView.js";
import { simulateWorld, type WorldRunInput } from "../world/simulateWorld.js";
import type { WorldState } from "../world/state.js";
import type { Decide } from "../world/views.js";
import { type PlanPayCache, payRun } from "./pay.js";
import { DEFAULT_CALENDAR, trialTimingCurves } from "./timingCurves.js";
import type { CellSimulator, TrialOutcome, TrialRequest, TrialSimulator } from "./trialContract.js";
import { repValues, trialMetrics } from "./trialMetrics.js";

/** A variant's plans by role, their behaviour-facing responses and compiled evaluators. */
export interface PreparedVariant {
  readonly plans: Partial<Record<Role, Plan>>;
  readonly responses: Partial<Record<Role, PlanResponse>>;
  readonly compiled: ReadonlyMap<Plan, CompiledPlan>;
}

/** The behaviour model's monthly decision, as the world calls it. */
export const decide: Decide = decideMonth;

export function prepareVariant(
  plans: readonly Plan[],
  compiledPlans: Map<Plan, CompiledPlan>,
): PreparedVariant {
  const byRole: Partial<Record<Role, Plan>> = {};
  const responses: Partial<Record<Role, PlanResponse>> = {};
  const compiled = new Map<Plan, CompiledPlan>();
  for (const plan of plans) {
    byRole[plan.role] = plan;
    responses[plan.role] = planResponse(plan);
    let cp = compiledPlans.get(plan);
    if (cp === undefined) {
      cp = compilePlan(plan);
      compiledPlans.set(plan, cp);
    }
    compiled.set(plan, cp);
  }
  return { plans: byRole, responses, compiled };
}

export const simulateTrials: TrialSimulator = (experiment) => {
  // variants naming the same plan (e.g. one CSM plan beside different AE plans) share one object,
  // so the inert world pays that plan's reps once (PlanPayCache)
  const byContent = new Map<string, Plan>();
  const canonical = (plan: Plan): Plan => {
    const key = JSON.stringify(plan);
    const known = byContent.get(key);
    if (known !== undefined) return known;
    byContent.set(key, plan);
    return plan;
  };
  const compiled = new Map<Plan, CompiledPlan>();
  const variants = experiment.variants.map((v) => prepareVariant(v.plans.map(canonical), compiled));
  // the history world source (issue 17): the same trial, AE candidates resampled from history
  const history = experiment.history ? new HistoryIndex(experiment.history) : null;
  return (trial, scenario) => scenarioCells(experiment, variants, trial, scenario, history);
};

function scenarioCells(
  experiment: ExperimentParams,
  variants: readonly PreparedVariant[],
  trial: number,
  scenarioIndex: number,
  history: HistoryIndex | null,
): CellSimulator {
  const scenario = experiment.scenarios[scenarioIndex];
  if (scenario === undefined) throw new RangeError(`no scenario ${scenarioIndex}`);
  const base = {
    seed: experiment.seed,
    trial,
    start: experiment.start,
    horizonMonths: experiment.horizonMonths,
    tailMonths: experiment.tailMonths,
    world: scenario.world,
    scenarioName: scenario.randomKey ?? scenario.name,
    population: experiment.population,
    leads: candidateSource(experiment, trial, history),
    accountDraws: new AccountDraws(experiment.seed, trial),
  };
  let inertWorld: WorldState | null = null;
  // statements of the inert world's reps by plan: every inert cell's view of a plan pays alike
  const inertPay: PlanPayCache = new Map();
  return (variantIndex, population) => {
    const variant = variants[variantIndex];
    if (variant === undefined) throw new RangeError(`no variant ${variantIndex}`);
    const input: WorldRunInput = {
      ...base,
      mode: population,
      plans: variant.plans,
      responses: variant.responses,
      decide,
    };
    let state: WorldState;
    if (population.kind === "inert") {
      inertWorld ??= simulateWorld({ ...input, plans: {}, responses: {}, decide: null });
      state = withPlans(inertWorld, variant.plans, variant.responses);
    } else {
      state = simulateWorld(input);
    }
    const pay = payRun(state, variant.compiled, population.kind === "inert" ? inertPay : null);
    const repValue = repValues(state);
    return {
      metrics: trialMetrics(state, pay, repValue, variant.plans.AE ?? null, experiment.accounting),
      repPay: pay.repPay,
      repValue,
      monthlyCost: pay.monthlyCost,
      curves: trialTimingCurves(state, variant.plans.AE?.calendar ?? DEFAULT_CALENDAR),
    };
  };
}

/** The (trial, scenario)'s AE candidates: the world's lead model, or the resampled history. */
function candidateSource(
  experiment: ExperimentParams,
  trial: number,
  history: HistoryIndex | null,
): CandidateSource {
  if (history === null) return new LeadCache(experiment.seed, trial);
  return new HistoryLeads(
    history,
    experiment.seed,
    trial,
    experiment.start,
    experiment.horizonMonths + experiment.tailMonths,
  );
}

/** One cell on its own (nothing shared with other cells): the reference the engine is tested against. */
export function simulateTrial(experiment: ExperimentParams, request: TrialRequest): TrialOutcome {
  return simulateTrials(experiment)(request.trial, request.scenario)(request.variant, request.population);
}
