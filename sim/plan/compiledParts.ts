/**
 * The compiled parts of a plan every mechanic reads (compile.ts builds them once per plan):
 * quotas, where a gate, modifier or bonus reads its metric, gates and modifiers as multiplier
 * rules, and the plan core — everything but the components, so that the period context and the
 * component kinds (sim/plan/components/) depend on it without depending on one another.
 */
import type { Gate, Modifier, Plan } from "../language/canonical.js";
import type { PeriodDef } from "./calendar.js";
import type { CompiledDerived } from "./creditFilter.js";
import type { MultiplierRule } from "./multiplier.js";
import type { RampUnits, SplitWeights } from "./quotaSplit.js";
import type { Workspace } from "./workspace.js";

/** Where a gate, modifier or bonus reads its value. */
export type MetricReader =
  | { readonly kind: "attainment"; readonly quota: number; readonly label: string }
  | { readonly kind: "observation"; readonly metric: string; readonly scope: string; readonly label: string }
  | { readonly kind: "credited"; readonly credit: number; readonly label: string };

export interface CompiledQuota {
  readonly metric: string;
  /** Index into the prepared ledger's credit arrays. */
  readonly credit: number;
  readonly annual: number;
  readonly split: SplitWeights;
  /** The plan's annual quota split over the periods of a fiscal year (cents). */
  readonly planSplit: readonly number[];
  readonly ramp: RampUnits;
  readonly prorate: boolean;
}

export interface CompiledGate {
  readonly gate: Gate;
  readonly reader: MetricReader;
  readonly rule: MultiplierRule;
}

export interface CompiledModifier {
  readonly modifier: Modifier;
  readonly reader: MetricReader;
  readonly rule: MultiplierRule;
}

/** What every compiled component has, whatever its kind. */
export interface CompiledBase {
  readonly index: number;
  readonly id: string;
  readonly gates: readonly CompiledGate[];
  /** Modifiers that apply to this component, in plan order. */
  readonly modifiers: readonly CompiledModifier[];
}

/** A compiled plan without its components: what the period context and every kind read. */
export interface CompiledPlanCore {
  readonly plan: Plan;
  readonly periodsPerYear: number;
  /** Credited metrics the plan reads; prepared ledgers hold one credit array per entry. */
  readonly creditMetrics: readonly string[];
  /** Per credit metric: its compiled filter when the plan defines it (canonical.ts DerivedMetric). */
  readonly creditDerived: readonly (CompiledDerived | null)[];
  readonly quotas: readonly CompiledQuota[];
  /** Per quota: statements report YTD attainment (a YTD commission measures against it). */
  readonly quotaYtd: readonly boolean[];
  /** Periods of a fiscal year, memoised (plain data; never changes once built). */
  readonly fiscalYear: (fy: number) => readonly PeriodDef[];
  /** Buffers the plan's evaluations reuse, one at a time (workspace.ts). */
  readonly workspace: Workspace;
}
