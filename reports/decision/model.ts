/**
 * The decision section's data, the same for a run and a backtest: for each variant and each of
 * five dimensions (cost, cost risk, customer value, fairness, gaming) the metric's level and its
 * difference from the baseline (the first variant), with the cue the rules (rules.ts) give it.
 * Runs carry 95% intervals; a backtest's figures are exact (one history).
 */
import type { MetricUnit } from "../../sim/metrics/registry/index.js";

export const DIMENSIONS = ["cost", "costRisk", "customer", "fairness", "gaming"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DIMENSION_TITLES: Readonly<Record<Dimension, string>> = {
  cost: "Cost",
  costRisk: "Cost risk",
  customer: "Customer value",
  fairness: "Fairness",
  gaming: "Gaming",
};

/** A figure with its 95% interval (lo = hi = value when exact). */
export interface Interval {
  readonly value: number;
  readonly lo: number;
  readonly hi: number;
}

/**
 * better / worse: the difference is clear (run: its 95% interval excludes 0; backtest: larger
 * than the materiality rule) and on the good / bad side of the metric's direction;
 * unclear: a run's interval includes 0; same: a backtest difference below materiality;
 * base: the baseline itself; na: no figure.
 */
export type Cue = "better" | "worse" | "unclear" | "same" | "base" | "na";

export interface ScoreCell {
  readonly variant: string;
  readonly level: Interval | null;
  /** Variant − baseline; null for the baseline and where not estimable. */
  readonly difference: Interval | null;
  readonly cue: Cue;
}

export interface ScoreColumn {
  readonly dimension: Dimension;
  /** The metric scored (null: the dimension cannot be measured here, see `note`). */
  readonly metric: string | null;
  readonly unit: MetricUnit;
  readonly cells: readonly ScoreCell[];
  /** Why a dimension is not scored, or how it is ("P(cost > budget)"). */
  readonly note: string;
}

export interface Scorecard {
  readonly kind: "run" | "backtest";
  readonly baseline: string;
  readonly variants: readonly string[];
  /** The scenario scored (a run's first written scenario; "" for a backtest). */
  readonly scenario: string;
  readonly currency: string;
  readonly columns: readonly ScoreColumn[];
  /** How differences were judged, for the reader. */
  readonly basis: string;
}

export function column(card: Scorecard, dimension: Dimension): ScoreColumn {
  return card.columns.find((c) => c.dimension === dimension)!;
}

export function cellOf(card: Scorecard, dimension: Dimension, variant: string): ScoreCell | null {
  return column(card, dimension).cells.find((c) => c.variant === variant) ?? null;
}
