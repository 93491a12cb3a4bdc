/**
 * What a component kind supplies to the evaluator and to the behaviour model (the language half
 * — schema, normalization, checks — is sim/language/components/). registry.ts lists one entry
 * per kind; compile.ts, evaluate.ts and sim/behavior read the kinds only through it.
 */
import type { Component, Plan } from "../../language/canonical.js";
import type { CompiledBase, CompiledPlanCore, MetricReader } from "../compiledParts.js";
import type { LineBuffer } from "../lines.js";
import type { PendingQueue } from "../pending.js";
import type { PeriodCtx } from "../period.js";

/** Name lookups a kind's compile step may use (resolved once per plan). */
export interface CompileContext {
  readonly plan: Plan;
  readonly periodsPerYear: number;
  /** Index of a credited metric in the prepared ledger's credit arrays (added on first use). */
  creditIndex(metric: string): number;
  /** Index of the quota on a metric, −1 when the plan has none. */
  quotaIndex(metric: string): number;
  /** Where a metric (measured, credited or `attainment:<metric>`) is read at a scope. */
  reader(metric: string, scope: string): MetricReader;
}

/** The credited metric whose period credit and quota drive a component's pay (behaviour model). */
export interface Drive {
  readonly metric: string;
  /** Precedence as the plan's lead component: higher first (commission 2, credited bonus 1). */
  readonly precedence: number;
}

/**
 * The behaviour-facing pay estimate of a kind: unrounded currency, smooth in the credit, from
 * the same rules the evaluator pays by (DESIGN §6: reps judge actions by the plan's own pay).
 */
export interface PayEstimate<CC> {
  /** The metric a rep's credit drives this component through; null = its pay does not follow it. */
  drive(cc: CC): Drive | null;
  /**
   * Earnings before gates, modifiers and caps of a period crediting `credit` to the metric the
   * component pays on, against `quota` (its attainment quota), with the year's annual quota for
   * YTD targets (default the plan's). 0 for pay that does not follow credit (events, milestones).
   */
  earnings(cp: CompiledPlanCore, cc: CC, credit: number, quota: number, annualQuota?: number): number;
}

/**
 * One component kind's evaluator. C: its canonical form; CC: its compiled form; S: its state
 * across the periods of one evaluation (one per rep).
 */
export interface KindEvaluator<C extends Component, CC extends CompiledBase & { readonly c: C }, S> {
  readonly kind: C["kind"];
  /** Everything that does not depend on a ledger, resolved once per plan. */
  compile(c: C, base: CompiledBase, ctx: CompileContext): CC;
  newState(cc: CC): S;
  /** A fiscal year starts (YTD netting, per-year goals); most kinds reset something. */
  resetYear(state: S): void;
  /** The period's earnings lines (settlement order, step 1); returns their sum in cents. */
  earn(state: S, ctx: PeriodCtx, lb: LineBuffer): number;
  /**
   * After gates, modifiers and caps: the component's final pay of the period is known (`gross`
   * earned, `final` after every reduction, cents) and deal-level mechanics schedule holdbacks,
   * vesting and clawbacks into `pending`. Kinds without deal-level settlement do nothing.
   */
  settle(state: S, ctx: PeriodCtx, lb: LineBuffer, gross: number, final: number, pending: PendingQueue): void;
  /** The quota the component measures year to date (statements show YTD figures for it), −1 none. */
  ytdQuota(cc: CC): number;
  /** The descriptions of the kind's lines, built only when a statement is explained. */
  readonly explain: Readonly<Record<string, (...args: never[]) => string>>;
  readonly estimate: PayEstimate<CC>;
}
