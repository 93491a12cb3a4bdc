/** The canonical bonus: target × payout curve (re-exported by canonical.ts). */
import type { AttainmentBasis, ComponentBase, Scope } from "../../canonicalBase.js";

/** One point of a piecewise-linear payout curve: at x (attainment or value) pay y × target. */
export interface CurvePoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Bonus = target amount × curve(x), where x is attainment of a quota, the ratio of a measured
 * metric to its target, or the metric's raw value. The curve is piecewise linear and flat beyond
 * its first and last points.
 */
export interface BonusComponent extends ComponentBase {
  readonly kind: "bonus";
  /** Measured metric id, or a credited metric with a quota. */
  readonly metric: string;
  readonly scope: Scope;
  /**
   * - `attainment`: x = credited / quota (credited metrics) or value / target (measured metrics;
   *   target / value when lower is better).
   * - `value`: x = the metric's raw value (e.g. GRR 0.92, NPS 35).
   */
  readonly measure: "attainment" | "value";
  /** Target for a measured metric when measure = attainment; null otherwise. */
  readonly target: number | null;
  readonly basis: AttainmentBasis;
  /** Annual bonus at target (y = 1); a period pays its share (1 / periods per year, prorated). */
  readonly targetAmount: number;
  readonly curve: readonly CurvePoint[];
}
