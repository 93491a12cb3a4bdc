/**
 * The canonical experiment: what the experiment language normalizes to and what a run sends to
 * its workers (with seed and trials). Plain JSON, every field explicit (see sim/core/world.ts for
 * units).
 */
import type { AccountingPolicy } from "../../core/accountingPolicy.js";
import type { HistoryReport, HistoryWorld } from "../../core/history.js";
import type { PopulationParams, WorldParams } from "../../core/world.js";
import type { Plan } from "../canonical.js";
import type { SweepPlan } from "./sweepPlan.js";

export interface VariantParams {
  readonly name: string;
  /** At most one plan per role; reps of roles without a plan are not simulated as paid. */
  readonly plans: readonly Plan[];
}

export interface ScenarioParams {
  readonly name: string;
  readonly world: WorldParams;
  /** Entity of the scenario's own random streams (regime chain); absent = the name. A swept scenario keeps its base's key. */
  readonly randomKey?: string;
}

/** What a run needs, normalized (what `planbench run` sends to workers, with seed and trials). */
export interface ExperimentParams {
  readonly id: string;
  readonly name: string;
  /** First day of month 0 (ISO date, first of a month); plan calendars align to real dates. */
  readonly start: string;
  readonly horizonMonths: number;
  /** Months simulated after the horizon so clawbacks, vesting and churn of sold accounts show. */
  readonly tailMonths: number;
  readonly variants: readonly VariantParams[];
  readonly scenarios: readonly ScenarioParams[];
  readonly population: PopulationParams;
  readonly seed: string;
  /** Fixed trial count, or null when `precision` decides. */
  readonly trials: number | null;
  /** Stop when the relative standard error of every variant's cost.total is at most this. */
  readonly precision: {
    readonly metric: string;
    readonly relativeSe: number;
    readonly maxTrials: number;
  } | null;
  /** Variable-comp budget per fiscal year for cost.overBudgetProb, null = none. */
  readonly budget: number | null;
  /** Trials whose rep-level detail is kept (the first N). */
  readonly repDetailTrials: number;
  /** Policy of the cost.expense (ASC 340-40) view; absent = DEFAULT_ACCOUNTING (sim/accounting/policy.ts). */
  readonly accounting?: AccountingPolicy;
  /** The sensitivity sweep that made some variants and scenarios (sim/language/experiment/sweepPlan.ts); absent = none. */
  readonly sweep?: SweepPlan;
  /**
   * The history world source (issue 17): `world: {history}` as declared (paths resolved); the
   * run resolves it (sim/history/resolveHistory.ts) before any trial. Absent = a parametric world.
   */
  readonly historySource?: HistorySourceParams;
  /** The resolved history every trial resamples (sim/world/historyLeads.ts); absent = parametric. */
  readonly history?: HistoryWorld;
  /** The un-gaming fit and backtest check of that history (summary.json `history`). */
  readonly historyReport?: HistoryReport;
}

/** What an experiment declares about its history world, paths absolute. */
export interface HistorySourceParams {
  /** Data folder or mapping file, absolute, and as written. */
  readonly path: string;
  readonly written: string;
  /** The plans the company ran over the history (at most one per role); the reference variant. */
  readonly historicalPlans: readonly Plan[];
  /** Trials per behaviour mix of the un-gaming fit. */
  readonly fitTrials: number;
  /** Customer-side parameters: fitted from the history, or the base world's. */
  readonly customers: "fitted" | "base";
  /** Skip the un-gaming fit (the pipeline as recorded, the experiment's behaviour mix). */
  readonly ungame: boolean;
  /** Where `world:` sits in the experiment file, for errors found while resolving it. */
  readonly at: { readonly file: string; readonly line: number; readonly column: number };
}
