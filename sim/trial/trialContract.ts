/**
 * What one simulated trial computes for one (scenario, variant, population) cell: the per-trial
 * metric values (fixed column order, so blocks pack them into Float64Arrays) and each rep's pay
 * (for paired honest-vs-configured gaming comparisons and rep-level detail).
 */
import type { GamingLever } from "../core/vocabulary.js";
import type { ExperimentParams } from "../language/experiment/experimentParams.js";

/**
 * Who games and who responds: everyone as configured; `honest`: nobody games, everyone still
 * responds to pay; `inert`: nobody games or responds (effort stays normal: the reference the
 * effort response is measured from); or only the named lever enabled (DESIGN §6).
 */
export type PopulationMode =
  | { readonly kind: "configured" }
  | { readonly kind: "honest" }
  | { readonly kind: "inert" }
  | { readonly kind: "lever"; readonly lever: GamingLever };

export interface TrialRequest {
  readonly trial: number;
  readonly scenario: number;
  readonly variant: number;
  readonly population: PopulationMode;
}

export interface TrialOutcome {
  /** One value per TRIAL_METRICS entry, same order. NaN where undefined (e.g. no surveys). */
  readonly metrics: Float64Array;
  /** Variable pay of each simulated rep over the horizon (rep order fixed by the population). */
  readonly repPay: Float64Array;
  /** Customer value each rep created (net new ARR at the end of the horizon). */
  readonly repValue: Float64Array;
  /** Cost paid per simulated month (horizon + tail), for fan charts. */
  readonly monthlyCost: Float64Array;
  /**
   * Larkin's deal-timing curve sums of the horizon's bookings (sim/trial/timingCurves.ts, laid
   * out by sim/metrics/kernels/periodCurves.ts for the AE plan's calendar); absent from stand-in
   * worlds.
   */
  readonly curves?: Float64Array;
}

/** Simulates the cells (variant × population) of one (trial, scenario). */
export type CellSimulator = (variant: number, population: PopulationMode) => TrialOutcome;

/**
 * Prepares an experiment (compiled plans, plan responses: once per block) and returns the cell
 * simulator of each (trial, scenario). Work a (trial, scenario)'s cells have in common is done
 * once inside its CellSimulator, never kept between calls (no process-wide state).
 */
export type TrialSimulator = (
  experiment: ExperimentParams,
) => (trial: number, scenario: number) => CellSimulator;

/** A TrialSimulator that shares nothing between cells (stand-in worlds in tests and benches). */
export function cellByCell(
  simulate: (experiment: ExperimentParams, request: TrialRequest) => TrialOutcome,
): TrialSimulator {
  return (experiment) => (trial, scenario) => (variant, population) =>
    simulate(experiment, { trial, scenario, variant, population });
}
