/**
 * JSON-friendly result shapes for Monte Carlo figures. Every interval is a 95% interval; `n` is
 * the number of trials. A `kind` tag tells formatters which shape they hold.
 */
export type Interval = readonly [lo: number, hi: number];

/** A mean with its Monte Carlo standard error se = s/√n and normal 95% CI mean ± z₀.₉₇₅·se. */
export interface MetricEstimate {
  readonly kind: "mean";
  readonly mean: number;
  readonly se: number;
  readonly ci95: Interval;
  readonly n: number;
}

/** A probability estimated by hits/n, with se = √(p(1−p)/n) and a Wilson 95% interval. */
export interface ProportionEstimate {
  readonly kind: "proportion";
  readonly p: number;
  readonly se: number;
  readonly ci95: Interval;
  readonly n: number;
  readonly hits: number;
}

/**
 * A quantile (the `prob` quantile, e.g. 0.95 for P95) with a distribution-free interval between
 * two order statistics; `ranks` are their 1-based ranks and `coverage` the exact binomial
 * probability that the interval covers the true quantile (≥ 0.95 unless n is too small).
 */
export interface QuantileEstimate {
  readonly kind: "quantile";
  readonly prob: number;
  readonly quantile: number;
  readonly ci95: Interval;
  readonly ranks: readonly [lo: number, hi: number];
  readonly coverage: number;
  readonly n: number;
}

/**
 * Conditional value at risk of the upper tail (mean of the worst 1 − level share of trials),
 * with an asymptotic standard error; `valueAtRisk` is the order statistic at the tail boundary.
 */
export interface CvarEstimate {
  readonly kind: "cvar";
  readonly level: number;
  readonly mean: number;
  readonly se: number;
  readonly ci95: Interval;
  readonly valueAtRisk: number;
  readonly n: number;
}

export type AnyEstimate = MetricEstimate | ProportionEstimate | QuantileEstimate | CvarEstimate;
