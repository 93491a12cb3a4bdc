/**
 * The payout evaluator: a pure function from (plan, ledger, range) to one statement per period.
 *
 * Settlement order inside a period (sim/plan/README.md): component earnings → gates →
 * modifiers → component caps → total caps → holdback/deferral → releases/vests → clawbacks →
 * draw. The budget cap (across reps) is applied afterwards by applyBudgetCap.
 *
 * The whole ledger is replayed from the start of the fiscal year of its first event (or of the
 * range, if earlier) so that carried state — YTD netting, annual caps, holdbacks, vesting,
 * clawbacks, draw balances — is right; only the periods overlapping the range are returned.
 */

import type { ColumnLedger } from "../core/eventColumns.js";
import type { Ledger } from "../core/ledger.js";
import { checkCents, MAX_CENTS } from "../core/limits.js";
import type { Plan } from "../language/canonical.js";
import { fiscalYearEnd, fiscalYearOf, fiscalYearStart } from "./calendar.js";
import { applyComponentCaps, applyTotalCaps } from "./caps.js";
import { type CompiledPlan, compilePlan } from "./compile.js";
import { evaluatorOf } from "./components/registry.js";
import { parseDay } from "./dates.js";
import { applyDraw, DrawState } from "./draw.js";
import { applyGates } from "./gates.js";
import { columnsOfLedger } from "./ledgerColumns.js";
import { LineBuffer } from "./lines.js";
import { applyModifiers } from "./modifiers.js";
import { PendingQueue } from "./pending.js";
import { PeriodCtx } from "./period.js";
import { periodStatement } from "./periodStatement.js";
import { prepareLedger } from "./prepare.js";
import type { Statement } from "./statement.js";

export { type CompiledPlan, compilePlan } from "./compile.js";

export interface EvaluationRange {
  /** First and last day (inclusive), ISO dates. */
  readonly start: string;
  readonly end: string;
}

export interface EvaluateOptions {
  /**
   * Build line descriptions (default true). false skips all text — for simulation — and
   * produces the same lines with the same amounts and empty descriptions.
   */
  readonly explain?: boolean;
}

function isCompiled(p: Plan | CompiledPlan): p is CompiledPlan {
  return (p as CompiledPlan).creditMetrics !== undefined;
}

/** Statements of a rep's Ledger (objects: history, ledger files): its events as columns, then evaluateColumns. */
export function evaluate(
  plan: Plan | CompiledPlan,
  ledger: Ledger,
  range: EvaluationRange,
  options: EvaluateOptions = {},
): Statement[] {
  return evaluateColumns(plan, columnsOfLedger(ledger), range, options);
}

/**
 * Statements of a rep's ledger given as rows of an event table (sim/core/eventColumns.ts): the
 * one evaluator, for simulated worlds (read in place) and history (converted by evaluate).
 */
export function evaluateColumns(
  plan: Plan | CompiledPlan,
  ledger: ColumnLedger,
  range: EvaluationRange,
  options: EvaluateOptions = {},
): Statement[] {
  const cp = isCompiled(plan) ? plan : compilePlan(plan);
  const pl = prepareLedger(cp, ledger);
  const calendar = cp.plan.calendar;
  const rangeStart = parseDay(range.start);
  const rangeEnd = parseDay(range.end);
  if (rangeEnd < rangeStart)
    throw new RangeError(`evaluation range ends (${range.end}) before it starts (${range.start})`);
  const firstDay = pl.days.length > 0 ? Math.min(pl.days[0]!, rangeStart) : rangeStart;
  const lb = new LineBuffer(options.explain ?? true, cp.plan.currency);
  const ctx = new PeriodCtx(cp, pl);
  const kinds = cp.components.map((c) => evaluatorOf(c.kind));
  const states = cp.components.map((c, k) => kinds[k]!.newState(c));
  const nComp = cp.components.length;
  const compYearPaid = new Float64Array(nComp);
  const compPay = new Float64Array(nComp);
  const compGross = new Float64Array(nComp);
  const lastYear = fiscalYearOf(calendar, rangeEnd);
  // nothing due after the last fiscal year evaluated is ever paid
  const pending = new PendingQueue(
    fiscalYearStart(calendar, fiscalYearOf(calendar, firstDay)),
    fiscalYearEnd(calendar, lastYear),
  );
  const draw = cp.plan.draw;
  const drawState = draw === null ? null : new DrawState(firstOnPlanOrdinal(cp, pl.onPlan.fromDay));
  const out: Statement[] = [];
  const explainCredits = lb.explain && cp.creditDerived.some((d) => d !== null);
  const assigned = ledger.assignments !== undefined && ledger.assignments.length > 0;

  for (let fy = fiscalYearOf(calendar, firstDay); fy <= lastYear; fy++) {
    const fyStartDay = fiscalYearStart(calendar, fy);
    for (let k = 0; k < nComp; k++) kinds[k]!.resetYear(states[k]);
    compYearPaid.fill(0);
    let totalYearPaid = 0;
    for (const def of cp.fiscalYear(fy)) {
      if (def.startDay > rangeEnd) break;
      ctx.enter(def, fyStartDay);
      lb.reset();
      let total = 0;
      for (let k = 0; k < nComp; k++) {
        const comp = cp.components[k]!;
        let cents = kinds[k]!.earn(states[k], ctx, lb);
        compGross[k] = cents;
        if (cents > 0) {
          if (comp.gates.length > 0) cents += applyGates(comp.id, comp.gates, ctx, lb, cents);
          if (comp.modifiers.length > 0) cents += applyModifiers(comp.id, comp.modifiers, ctx, lb, cents);
          cents += applyComponentCaps(comp.id, comp.c.cap, lb, cents, compYearPaid[k]!);
        }
        compYearPaid[k] = compYearPaid[k]! + cents;
        compPay[k] = cents;
        total += cents;
      }
      const totalCut = total > 0 ? applyTotalCaps(cp.plan.caps, lb, total, totalYearPaid) : 0;
      totalYearPaid += total + totalCut;
      for (let k = 0; k < nComp; k++) {
        // each component's share of the total caps, then its kind's deal-level settlement
        const final = totalCut === 0 ? compPay[k]! : Math.round((compPay[k]! * (total + totalCut)) / total);
        kinds[k]!.settle(states[k], ctx, lb, compGross[k]!, final, pending);
      }
      if (pending.size > 0) pending.emitDue(def.endDay, lb);
      if (draw !== null && drawState !== null) {
        applyDraw(draw, drawState, ctx, lb, sumCents(lb));
      }
      if (def.endDay >= rangeStart) {
        out.push(periodStatement(cp, ctx, lb.items, sumCents(lb), explainCredits, assigned));
      }
    }
  }
  return out;
}

function sumCents(lb: LineBuffer): number {
  let s = 0;
  const items = lb.items;
  for (let i = 0; i < items.length; i++) s += items[i]!.amountCents;
  if (s > MAX_CENTS || s < -MAX_CENTS) checkCents(s, "the statement total");
  return s;
}

/** Ordinal of the period containing the first on-plan day (draw tenure counts from it). */
function firstOnPlanOrdinal(cp: CompiledPlan, fromDay: number): number {
  if (!Number.isFinite(fromDay)) return Number.NEGATIVE_INFINITY;
  const periods = cp.fiscalYear(fiscalYearOf(cp.plan.calendar, fromDay));
  for (const p of periods) if (fromDay <= p.endDay) return p.ordinal;
  return periods[periods.length - 1]!.ordinal;
}
