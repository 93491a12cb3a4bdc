/**
 * Harness for the model-validity tests (DESIGN §6 findings): real plans loaded from YAML by the
 * real plan loader, the baseline world, a small population, and the real simulator. A cell
 * (trial × plan variant × population mode) runs exactly what simulateTrial runs —
 * simulateWorld with the behaviour model, payRun through the exact evaluator, trialMetrics — but
 * also hands back the world state, so tests can read what the metrics do not carry (discounts of
 * quarter-end bookings, pulled deals, survey inflation). model.harness.test.ts checks the
 * metrics equal simulateTrial's bit for bit.
 *
 * Variants are compared on the same trial indices (common random numbers, DESIGN §7): the plan
 * and the population never enter a random key, so paired differences isolate the plan effect.
 */
import { join } from "node:path";
import { expect } from "vitest";
import { decideMonth } from "../../sim/behavior/decide.js";
import { planResponse } from "../../sim/behavior/planResponse.js";
import type { MonthDecision, PlanResponse, RepView } from "../../sim/behavior/types.js";
import type { Role } from "../../sim/core/vocabulary.js";
import type { BehaviourProfile, HeadcountRow } from "../../sim/core/world.js";
import type { Plan } from "../../sim/language/canonical.js";
import type { ExperimentParams } from "../../sim/language/experiment/experimentParams.js";
import { loadPlanFile } from "../../sim/language/loadPlan.js";
import {
  emptyPaired,
  estimatePairedDifference,
  pairedVariances,
  pushPairedColumns,
} from "../../sim/metrics/montecarlo/index.js";
import type { TrialMetric } from "../../sim/metrics/trialMetricIds.js";
import { TRIAL_METRICS } from "../../sim/metrics/trialMetricIds.js";
import { type CompiledPlan, compilePlan } from "../../sim/plan/evaluate.js";
import { type PayResult, payRun } from "../../sim/trial/pay.js";
import type { PopulationMode } from "../../sim/trial/trialContract.js";
import { repValues, trialMetrics } from "../../sim/trial/trialMetrics.js";
import { baselineWorld } from "../../sim/world/baseline.js";
import { simulateWorld } from "../../sim/world/simulateWorld.js";
import type { WorldState } from "../../sim/world/state.js";
import type { Decide } from "../../sim/world/views.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
const PLANS = join(import.meta.dirname, "../../scenarios/plans");

/** A test-only plan from test/model/fixtures, through the real plan loader. */
export function fixturePlan(name: string): Plan {
  return loadPlanFile(join(FIXTURES, `${name}.yaml`));
}

/** A shipped example plan from scenarios/plans. */
export function examplePlan(name: string): Plan {
  return loadPlanFile(join(PLANS, `${name}.yaml`));
}

/** Everyone fully strategic (propensity 1): an upper bound some findings quote beside the default. */
export const STRATEGIC: readonly BehaviourProfile[] = [
  { name: "strategic", share: 1, gamingPropensity: 1, riskAversion: 0.3, incentiveResponse: 1 },
];

/** The experiment language's default mix (experimentSchema.ts DEFAULT_BEHAVIOUR). */
export const DEFAULT_MIX: readonly BehaviourProfile[] = [
  { name: "honest", share: 0.5, gamingPropensity: 0, riskAversion: 0.5, incentiveResponse: 1 },
  { name: "opportunist", share: 0.35, gamingPropensity: 0.5, riskAversion: 0.5, incentiveResponse: 1 },
  { name: "strategic", share: 0.15, gamingPropensity: 1, riskAversion: 0.3, incentiveResponse: 1 },
];

/** AEs only, by segment (SMB, MM, ENT); no CSMs, so accounts are unowned after the sale. */
export function aes(smb: number, mm: number, ent: number): HeadcountRow[] {
  const rows: HeadcountRow[] = [];
  if (smb > 0) rows.push({ role: "AE", segment: "SMB", count: smb });
  if (mm > 0) rows.push({ role: "AE", segment: "MM", count: mm });
  if (ent > 0) rows.push({ role: "AE", segment: "ENT", count: ent });
  return rows;
}

export interface ModelOptions {
  readonly headcount?: readonly HeadcountRow[];
  readonly behaviour?: readonly BehaviourProfile[];
  readonly horizonMonths?: number;
  readonly tailMonths?: number;
  readonly seed?: string;
}

/** One variant per plan set; baseline world, 2025 start; the default behaviour mix unless given. */
export function modelExperiment(
  variants: readonly (readonly Plan[])[],
  o: ModelOptions = {},
): ExperimentParams {
  const horizon = o.horizonMonths ?? 12;
  const tail = o.tailMonths ?? 0;
  return {
    id: "model-test",
    name: "Model validity test",
    start: "2025-01-01",
    horizonMonths: horizon,
    tailMonths: tail,
    variants: variants.map((plans, i) => ({ name: `V${i}`, plans })),
    scenarios: [{ name: "baseline", world: baselineWorld(horizon + tail) }],
    population: {
      headcount: o.headcount ?? aes(4, 4, 2),
      skillSigma: 0.3,
      effortCostSigma: 0.3,
      rampMonths: 0,
      behaviour: o.behaviour ?? DEFAULT_MIX,
      startingBookPerCsm: 0,
    },
    seed: o.seed ?? "model-test",
    trials: null,
    precision: null,
    budget: null,
    repDetailTrials: 0,
  };
}

const cache = new WeakMap<Plan, { compiled: CompiledPlan; response: PlanResponse }>();

function prepared(plan: Plan): { compiled: CompiledPlan; response: PlanResponse } {
  let c = cache.get(plan);
  if (c === undefined) {
    c = { compiled: compilePlan(plan), response: planResponse(plan) };
    cache.set(plan, c);
  }
  return c;
}

/** One decision the behaviour model took, with what the rep saw (the world asks only reps with a plan, propensity > 0 and a lever on). */
export interface LoggedDecision {
  readonly view: RepView;
  readonly decision: MonthDecision;
}

export interface Cell {
  readonly state: WorldState;
  /** Every decision decideMonth returned, in the order the world asked. */
  readonly decisions: readonly LoggedDecision[];
  readonly pay: PayResult;
  readonly metrics: Float64Array;
  metric(id: TrialMetric): number;
}

export const HONEST: PopulationMode = { kind: "honest" };
export const CONFIGURED: PopulationMode = { kind: "configured" };

/** One trial of one variant and population, as simulateTrial runs it (scenario 0). */
export function runCell(exp: ExperimentParams, variant: number, mode: PopulationMode, trial: number): Cell {
  const v = exp.variants[variant]!;
  const plans: Partial<Record<Role, Plan>> = {};
  const responses: Partial<Record<Role, PlanResponse>> = {};
  const compiled = new Map<Plan, CompiledPlan>();
  for (const p of v.plans) {
    const c = prepared(p);
    plans[p.role] = p;
    responses[p.role] = c.response;
    compiled.set(p, c.compiled);
  }
  const scenario = exp.scenarios[0]!;
  const decisions: LoggedDecision[] = [];
  const decide: Decide = (view, response, levers) => {
    const decision = decideMonth(view, response, levers);
    decisions.push({ view, decision });
    return decision;
  };
  const state = simulateWorld({
    seed: exp.seed,
    trial,
    start: exp.start,
    horizonMonths: exp.horizonMonths,
    tailMonths: exp.tailMonths,
    world: scenario.world,
    scenarioName: scenario.name,
    population: exp.population,
    mode,
    plans,
    responses,
    decide,
  });
  const pay = payRun(state, compiled);
  const metrics = trialMetrics(state, pay, repValues(state), plans.AE ?? null);
  return { state, decisions, pay, metrics, metric: (id) => metrics[TRIAL_METRICS.indexOf(id)]! };
}

export interface Paired {
  readonly n: number;
  /** Mean of variant − base over the paired trials and its standard error s_d / √n. */
  readonly mean: number;
  readonly se: number;
  readonly meanBase: number;
  readonly meanVariant: number;
}

/** Paired difference variant − base over the same trials (sim/metrics paired estimate). */
export function paired(base: readonly number[], variant: readonly number[]): Paired {
  const s = emptyPaired();
  pushPairedColumns(s, base, variant);
  const e = estimatePairedDifference(s);
  const v = pairedVariances(s);
  return {
    n: v.n,
    mean: e.difference.mean,
    se: e.difference.se,
    meanBase: v.meanBase,
    meanVariant: v.meanVariant,
  };
}

/** "mean ± se (n trials)" for test logs and the measured sizes quoted in doc comments. */
export function describePaired(label: string, p: Paired, scale = 1, unit = ""): string {
  const f = (x: number): string => (x * scale).toFixed(2);
  return `${label}: base ${f(p.meanBase)}${unit} → ${f(p.meanVariant)}${unit}, difference ${f(p.mean)} ± ${f(p.se)}${unit} (SE, ${p.n} paired trials)`;
}

/** Runs `trials` trials of each (variant, mode) pair and returns one column per key of `read`. */
export function columns<K extends string>(
  exp: ExperimentParams,
  cells: readonly { readonly variant: number; readonly mode: PopulationMode; readonly name: string }[],
  trials: number,
  read: Readonly<Record<K, (c: Cell) => number>>,
): Record<string, Record<K, number[]>> {
  const out: Record<string, Record<K, number[]>> = {};
  const keys = Object.keys(read) as K[];
  for (const cell of cells) {
    const cols = {} as Record<K, number[]>;
    for (const k of keys) cols[k] = [];
    out[cell.name] = cols;
  }
  for (let t = 0; t < trials; t++)
    for (const cell of cells) {
      const c = runCell(exp, cell.variant, cell.mode, t);
      for (const k of keys) out[cell.name]![k].push(read[k](c));
    }
  return out;
}

/**
 * The effect is a real increase: mean paired difference above 3 standard errors, and its size
 * inside the band [lo, hi] (in the units of `size`, default the difference itself).
 */
export function expectIncrease(p: Paired, lo: number, hi: number, size = p.mean): void {
  expect(p.mean, `paired difference vs 3 SE (SE ${p.se}, ${p.n} trials)`).toBeGreaterThan(3 * p.se);
  expect(size, `effect size vs the band [${lo}, ${hi}]`).toBeGreaterThanOrEqual(lo);
  expect(size, `effect size vs the band [${lo}, ${hi}]`).toBeLessThanOrEqual(hi);
}

/** The paired 95% confidence interval (mean ± 1.96 SE) lies above zero. */
export function expectCiAboveZero(p: Paired, label: string): void {
  expect(p.mean - 1.96 * p.se, `${label}: lower end of the paired 95% CI`).toBeGreaterThan(0);
}

/** New ARR each rep booked in the horizon (rep order), from the world's accounts. */
export function repBookings(c: Cell): Float64Array {
  const out = new Float64Array(c.state.reps.length);
  const a = c.state.accounts;
  for (let i = 0; i < a.n; i++) {
    const seller = a.seller[i]!;
    if (seller >= 0 && a.horizonSale[i] === 1 && a.bookMonth[i]! < c.state.horizon)
      out[seller] = out[seller]! + a.arr0[i]!;
  }
  return out;
}
