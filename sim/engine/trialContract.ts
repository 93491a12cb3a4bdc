/**
 * What one simulated trial computes for one (scenario, variant, population) cell: the per-trial
 * metric values (fixed column order, so blocks pack them into Float64Arrays) and each rep's pay
 * (for paired honest-vs-configured gaming comparisons and rep-level detail).
 */
import type { GamingLever } from "../world/params.js";

/** Who games: everyone as configured, nobody, or only the named lever enabled. */
export type PopulationMode =
  | { readonly kind: "configured" }
  | { readonly kind: "honest" }
  | { readonly kind: "lever"; readonly lever: GamingLever };

export interface TrialRequest {
  readonly trial: number;
  readonly scenario: number;
  readonly variant: number;
  readonly population: PopulationMode;
}

/**
 * Per-trial metrics, in column order. Ids are DESIGN §8 ids where one exists; `arr.*`,
 * `value.*` and `deals.*` are the raw totals gaming exposure is computed from; `cost.expense`
 * and `cost.contractAsset` are the ASC 340-40 view (sim/accounting/).
 */
export const TRIAL_METRICS = [
  "cost.total",
  "cost.ratio",
  "payout.mean",
  "payout.sd",
  "payout.cv",
  "payout.p10",
  "payout.p50",
  "payout.p90",
  "payout.gini",
  "payout.zeroShare",
  "attainment.below80",
  "attainment.from80to120",
  "attainment.above120",
  "payPerformance.rho",
  "customer.nrr",
  "customer.grr",
  "customer.logoChurn",
  "customer.activation",
  "customer.adoption",
  "customer.npsTrue",
  "customer.npsReported",
  "timing.lastMonthShare",
  "timing.lastWeekShare",
  "arr.new",
  "arr.expansion",
  "arr.churned",
  "arr.contraction",
  "arr.endOfHorizon",
  "value.discountGiven",
  "deals.won",
  "deals.poorFitWon",
  "cost.expense",
  "cost.contractAsset",
] as const;

export type TrialMetric = (typeof TRIAL_METRICS)[number];

export interface TrialOutcome {
  /** One value per TRIAL_METRICS entry, same order. NaN where undefined (e.g. no surveys). */
  readonly metrics: Float64Array;
  /** Variable pay of each simulated rep over the horizon (rep order fixed by the population). */
  readonly repPay: Float64Array;
  /** Customer value each rep created (net new ARR at the end of the horizon). */
  readonly repValue: Float64Array;
  /** Cost paid per simulated month (horizon + tail), for fan charts. */
  readonly monthlyCost: Float64Array;
}
