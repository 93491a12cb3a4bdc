/**
 * What a worker receives for a block: plain data only (structured-cloned), the normalized
 * experiment with its plans and worlds, and which table to compute.
 *   metrics — the run's per-trial columns (layout.ts);
 *   reps    — rep-level pay and value of the configured and honest populations (repColumns).
 */
import type { ExperimentParams } from "../../language/experiment/experimentParams.js";

export interface RunTask {
  readonly kind: "metrics" | "reps";
  readonly experiment: ExperimentParams;
  readonly byLever: boolean;
  /** Columns the block must return (checked by the executor). */
  readonly columns: number;
  /** Reps in the population (length of repPay). */
  readonly reps: number;
}

/** Populations with rep-level detail: configured and honest. */
export const REP_DETAIL_MODES = 2;

/** Columns of a reps block: per scenario × variant × (configured, honest), R pay then R value. */
export function repColumns(experiment: ExperimentParams, reps: number): number {
  return experiment.scenarios.length * experiment.variants.length * REP_DETAIL_MODES * 2 * reps;
}

/** First column of the rep pay of (scenario, variant, mode); rep value follows R columns later. */
export function repPayColumn(
  variants: number,
  reps: number,
  scenario: number,
  variant: number,
  mode: number,
): number {
  return ((scenario * variants + variant) * REP_DETAIL_MODES + mode) * 2 * reps;
}
