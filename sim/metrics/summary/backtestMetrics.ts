/**
 * The registry metrics a history supports for one replayed variant, in summary.json's order
 * (`variants[].metrics`). One history is one realised world: exact values, no Monte Carlo error;
 * NaN (null in JSON) where a metric is undefined (no rep-year with a quota, no booking).
 */
export const BACKTEST_METRICS = [
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
  "timing.lastMonthShare",
  "timing.lastWeekShare",
] as const;

export type BacktestMetric = (typeof BACKTEST_METRICS)[number];

export type VariantMetrics = Readonly<Record<BacktestMetric, number>>;
