/**
 * What the metric registry says about one metric id: its unit (how a value reads), its
 * direction (which way is better), a plain-language label, the report group it belongs to, a
 * one-line definition and the kernel that computes it. One entry per id, read by summaries,
 * reports, notebooks and the CLI alike, so an id means one thing everywhere.
 */

/**
 * How a value of the metric reads:
 * - currency: money in the plan currency;
 * - share: a fraction of a whole (0–1), shown as a percentage; differences in percentage points;
 * - ratio: a dimensionless ratio that can pass 1 (NRR, cost per $ of ARR), shown as a
 *   percentage (NRR 104.7%, cost ratio 12.1%); differences in percentage points;
 * - index: a 0–1 index conventionally written as a decimal (Gini 0.42, CV 0.85, adoption 0.61);
 * - score: points on a survey scale (NPS −100…100);
 * - correlation: −1…1;
 * - count: whole things (deals).
 */
export type MetricUnit = "currency" | "share" | "ratio" | "index" | "score" | "correlation" | "count";

/** Every unit, in a fixed order (schemas, tests). */
export const METRIC_UNITS: readonly MetricUnit[] = [
  "currency",
  "share",
  "ratio",
  "index",
  "score",
  "correlation",
  "count",
];

/** Which way is better for the company's decision: higher, lower, or neither (a trade-off). */
export type MetricDirection = "higher" | "lower" | "neutral";

export interface MetricSpec {
  readonly id: string;
  /** Plain-language name for readers who are not engineers ("Total cost" for cost.total). */
  readonly label: string;
  readonly unit: MetricUnit;
  readonly direction: MetricDirection;
  /** The report group (section of side-by-side tables): Cost, Pay, Attainment, … */
  readonly group: string;
  /** One-line definition, as in DESIGN §8. */
  readonly definition: string;
  /**
   * The shared kernel (sim/metrics/kernels/) that computes it for backtest and simulation alike,
   * or what else produces it (an estimator over trials, a world tally); "" when the id is only
   * read from a producer's own table.
   */
  readonly computedBy: string;
}
