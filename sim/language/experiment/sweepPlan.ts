/**
 * A normalized sweep (sensitivity analysis): which variants and scenarios of the expanded
 * experiment hold which parameter values. Plain JSON, part of ExperimentParams (so it is in the
 * run hash and in shard headers); the summary reads it to build the tornado, the heatmap and
 * the per-value rows (sim/engine/run/sweepSummary.ts).
 */
import type { Role } from "../../core/vocabulary.js";

export interface SweepValue {
  /** The value as written (e.g. "90d", 1.5) and as shown. */
  readonly raw: number | string | boolean;
  readonly label: string;
  /** Index of the variant (plan parameter) or scenario (world parameter) holding this value. */
  readonly index: number;
}

export interface SweepParameter {
  readonly name: string;
  readonly kind: "plan" | "world";
  /** The unswept variant (plan) or scenario (world) the values modify. */
  readonly base: number;
  readonly role: Role | null;
  readonly path: string;
  /** In the order written; the tornado's low and high are the first and last. */
  readonly values: readonly SweepValue[];
}

export interface SweepGrid {
  /** Parameter indices of the heatmap's axes. */
  readonly x: number;
  readonly y: number;
  /**
   * One cell per (x value, y value): the variant and scenario holding that pair. Two plan
   * parameters of one variant make a variant per pair (in the sweep's scenario); a plan and a
   * world parameter need nothing new (every variant runs in every scenario); two world
   * parameters of one scenario make a scenario per pair (read for the first variant).
   */
  readonly cells: readonly {
    readonly xi: number;
    readonly yi: number;
    readonly variant: number;
    readonly scenario: number;
  }[];
}

export interface SweepPlan {
  readonly metric: string;
  readonly value: string;
  /** Scenario index of the plan-parameter tornado and the heatmap. */
  readonly scenario: number;
  readonly parameters: readonly SweepParameter[];
  readonly grid: SweepGrid | null;
}
