/**
 * Per-trial metrics, in column order. Ids are DESIGN §8 ids where one exists; `arr.*`,
 * `value.*` and `deals.*` are the raw totals gaming exposure is computed from; `cost.expense`
 * and `cost.contractAsset` are the ASC 340-40 view (sim/accounting/).
 */
export const TRIAL_METRICS = [
  "cost.total",
  "cost.cash",
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
  "arr.newAtList",
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
