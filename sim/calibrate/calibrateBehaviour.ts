/**
 * The behaviour part of `planbench calibrate` (CLI and library alike): the fit of the behaviour
 * mix to a calibrated world's history (fitBehaviour.ts), the default mix simulated beside it, the
 * fit check (timingFitCheck.ts) and the record written into the world file (worldYaml.ts).
 */
import type { HistoryProfiles, WorldParams } from "../core/world.js";
import type { Plan } from "../language/canonical.js";
import { DEFAULT_BEHAVIOUR } from "../language/experiment/experimentSchema.js";
import {
  type BehaviourFit,
  DEFAULT_FIT_TRIALS,
  fitBehaviour,
  fitPlan,
  type SimulatedProfile,
  simulatedProfile,
  UNIDENTIFIED,
} from "./fitBehaviour.js";
import {
  type TimingCheckRow,
  type TimingDistance,
  timingDistances,
  timingFitCheck,
} from "./timingFitCheck.js";

/** What `planbench calibrate` writes about behaviour: the fitted mix and how well it fits. */
export interface BehaviourFitRecord {
  readonly plan: string;
  readonly trials: number;
  readonly seed: string;
  readonly gamingShare: number;
  readonly gamingPropensity: number;
  readonly distance: number;
  readonly monthsOnly: { readonly gamingShare: number; readonly gamingPropensity: number };
  readonly distances: readonly TimingDistance[];
  readonly simulated: SimulatedProfile;
  readonly unidentified: readonly { readonly parameter: string; readonly why: string }[];
}

export interface WorldBehaviourFit {
  readonly fit: BehaviourFit;
  readonly record: BehaviourFitRecord;
  /** The fit check: history vs the fitted and the default mix's simulated profiles. */
  readonly rows: readonly TimingCheckRow[];
}

export interface BehaviourOptions {
  readonly trials?: number;
  readonly seed: string;
  readonly onPoint?: (done: number, total: number) => void;
}

/** Fits the behaviour mix of `world` (which must carry its history) under the history's plan. */
export function calibrateBehaviour(
  world: WorldParams & { readonly history: HistoryProfiles },
  plan: Plan,
  options: BehaviourOptions,
): WorldBehaviourFit {
  const trials = options.trials ?? DEFAULT_FIT_TRIALS;
  const fit = fitBehaviour(world, plan, world.history, {
    trials,
    seed: options.seed,
    ...(options.onPoint ? { onPoint: options.onPoint } : {}),
  });
  const defaultMix = simulatedProfile(world, fitPlan(world, plan), DEFAULT_BEHAVIOUR, trials, options.seed);
  const record: BehaviourFitRecord = {
    plan: plan.name,
    trials,
    seed: options.seed,
    gamingShare: fit.share,
    gamingPropensity: fit.propensity,
    distance: fit.distance,
    monthsOnly: { gamingShare: fit.monthsOnly.share, gamingPropensity: fit.monthsOnly.propensity },
    distances: timingDistances(world.history, fit.simulated, defaultMix),
    simulated: fit.simulated,
    unidentified: UNIDENTIFIED.map(([parameter, why]) => ({ parameter, why })),
  };
  return { fit, record, rows: timingFitCheck(world.history, fit.simulated, defaultMix) };
}
