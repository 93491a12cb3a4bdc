/**
 * Un-gaming the history (issue 17 item 2): the behaviour mix the historical plan induced, fitted on
 * the un-gamed pipeline. For every mix of the calibration grid (sim/calibrate/fitBehaviour.ts: a
 * share g of gaming reps at propensity p) the history world runs the historical plan on the
 * un-gamed, resampled pipeline for `trials` keyed trials; the mix whose pooled timing and
 * discount-by-week profiles come closest to history's (the same distance as `planbench calibrate`)
 * is the behaviour history is taken to contain. The variants are then simulated with that mix on
 * the same un-gamed pipeline, so the gaming the historical plan put into the record is removed and
 * each variant's own is added. The fit check reports history vs the fitted mix and vs nobody
 * gaming (the un-gamed pipeline as it is), with KS distances.
 */
import {
  type BehaviourFit,
  experimentProfile,
  fitBehaviourWith,
  mixOf,
  UNIDENTIFIED,
} from "../calibrate/fitBehaviour.js";
import {
  type TimingCheckRow,
  type TimingDistance,
  timingDistances,
  timingFitCheck,
} from "../calibrate/timingFitCheck.js";
import type { BehaviourProfile, HistoryProfiles } from "../core/world.js";
import type { Plan } from "../language/canonical.js";
import type { ExperimentParams } from "../language/experiment/experimentParams.js";

/** What history cannot identify beyond the calibration's list (the history source's own assumptions). */
export const HISTORY_UNIDENTIFIED: readonly (readonly [string, string])[] = [
  ...UNIDENTIFIED,
  [
    "natural timing",
    "that deals would close evenly over a period's days without period-end pay (the un-gaming assumption)",
  ],
  ["poor-fit share of lost deals", "a deal log records no fit (taken as 50%)"],
];

export interface UngamingFit {
  readonly fit: BehaviourFit;
  readonly honest: ReturnType<typeof experimentProfile>;
  readonly rows: readonly TimingCheckRow[];
  readonly distances: readonly TimingDistance[];
  readonly trials: number;
  readonly seconds: number;
  readonly unidentified: readonly { readonly parameter: string; readonly why: string }[];
}

/** The fit run: the historical plan only, configured reps, no tail. */
function fitExperiment(exp: ExperimentParams, mix: BehaviourProfile[]): ExperimentParams {
  return {
    ...exp,
    tailMonths: 0,
    variants: [exp.variants[0]!],
    population: { ...exp.population, behaviour: mix },
    seed: `${exp.seed}-ungame`,
  };
}

export function fitUngaming(
  exp: ExperimentParams,
  aePlan: Plan,
  history: HistoryProfiles,
  trials: number,
  elapsed: () => number,
): UngamingFit {
  const t0 = elapsed();
  const simulate = (mix: BehaviourProfile[]) => experimentProfile(fitExperiment(exp, mix), aePlan, trials);
  const fit = fitBehaviourWith(simulate, history, trials);
  const honest = simulate(mixOf(0, 1));
  return {
    fit,
    honest,
    rows: timingFitCheck(history, fit.simulated, honest),
    distances: timingDistances(history, fit.simulated, honest),
    trials,
    seconds: elapsed() - t0,
    unidentified: HISTORY_UNIDENTIFIED.map(([parameter, why]) => ({ parameter, why })),
  };
}
