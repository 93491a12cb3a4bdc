/**
 * Experiments for the world tests: the baseline world (baselineWorld()), the example plans in
 * scenarios/plans, and a population like the reference experiment's (scenarios/experiments/
 * reference.yaml), scaled down where a test needs speed.
 */
import { join } from "node:path";
import type { BehaviourProfile, HeadcountRow } from "../../sim/core/world.js";
import type { Plan } from "../../sim/language/canonical.js";
import type {
  ExperimentParams,
  ScenarioParams,
  VariantParams,
} from "../../sim/language/experiment/experimentParams.js";
import { loadPlanFile } from "../../sim/language/loadPlan.js";
import { baselineWorld } from "../../sim/world/baseline.js";

const PLANS = join(import.meta.dirname, "../../scenarios/plans");

export function plan(name: string): Plan {
  return loadPlanFile(join(PLANS, `${name}.yaml`));
}

export const MIXED_BEHAVIOUR: readonly BehaviourProfile[] = [
  { name: "honest", share: 0.5, gamingPropensity: 0, riskAversion: 0, incentiveResponse: 1 },
  { name: "opportunist", share: 0.35, gamingPropensity: 0.5, riskAversion: 0, incentiveResponse: 1 },
  { name: "strategic", share: 0.15, gamingPropensity: 1, riskAversion: 0.3, incentiveResponse: 1 },
];

export function headcount(ae: [number, number, number], csm: [number, number, number]): HeadcountRow[] {
  const rows: HeadcountRow[] = [];
  const segs = ["SMB", "MM", "ENT"] as const;
  segs.forEach((segment, i) => {
    if (ae[i]! > 0) rows.push({ role: "AE", segment, count: ae[i]! });
  });
  segs.forEach((segment, i) => {
    if (csm[i]! > 0) rows.push({ role: "CSM", segment, count: csm[i]! });
  });
  return rows;
}

export interface FixtureOptions {
  readonly variants?: readonly VariantParams[];
  readonly scenarios?: readonly ScenarioParams[];
  readonly headcount?: readonly HeadcountRow[];
  readonly horizonMonths?: number;
  readonly tailMonths?: number;
  readonly startingBookPerCsm?: number;
  readonly behaviour?: readonly BehaviourProfile[];
  readonly seed?: string;
}

export function experiment(o: FixtureOptions = {}): ExperimentParams {
  const horizon = o.horizonMonths ?? 24;
  const tail = o.tailMonths ?? 12;
  return {
    id: "world-test",
    name: "World test",
    start: "2025-01-01",
    horizonMonths: horizon,
    tailMonths: tail,
    variants: o.variants ?? [
      { name: "Activity era", plans: [plan("ae-activity-era"), plan("csm-renewal")] },
      { name: "Outcome", plans: [plan("ae-outcome"), plan("csm-outcome")] },
    ],
    scenarios: o.scenarios ?? [{ name: "baseline", world: baselineWorld(horizon + tail) }],
    population: {
      headcount: o.headcount ?? headcount([60, 60, 30], [40, 40, 20]),
      skillSigma: 0.3,
      effortCostSigma: 0.3,
      rampMonths: 0,
      behaviour: o.behaviour ?? MIXED_BEHAVIOUR,
      startingBookPerCsm: o.startingBookPerCsm ?? 40,
    },
    seed: o.seed ?? "world-test",
    trials: 10,
    precision: null,
    budget: null,
    repDetailTrials: 0,
  };
}
