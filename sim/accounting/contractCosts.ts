/**
 * From one rep's statements to the expense schedule (schedule.ts): every counted pay line is
 * classified (incrementalCosts.ts) and either expensed in the month its statement is placed or
 * attributed to the contracts it was earned on and added as a contract cost.
 *
 * Counting follows cost.total (sim/world/pay.ts): a statement is placed in the month its period
 * ends; statements ending in the horizon count every line, statements ending in the tail only
 * settlement of horizon work (clawbacks, forfeits, draw recoveries). Attribution of a
 * `byCredit` component: its period amount is split over the deals credited in the period in
 * proportion to their credit of the component's metric (the period's booking events); a period
 * amount without such deals (YTD catch-up) goes to the fiscal year's deals so far, and without
 * any deal it is expensed. Pure: no I/O, no randomness, inputs not mutated.
 */

import { parseDay } from "../plan/dates.js";
import { LEDGER_EVENT_CREDITS, type LedgerEvent } from "../plan/ledger.js";
import type { Statement } from "../plan/statement.js";
import type { Plan } from "../spec/canonical.js";
import {
  CASH_TIMING,
  type CostTreatment,
  costTreatment,
  PLAN_SCALING,
  RECOVERIES,
} from "./incrementalCosts.js";
import { addContractCost, type ExpenseSchedule, expenseWhenIncurred } from "./schedule.js";

/** What the schedule needs to know about a contract. */
export interface Contract {
  readonly startMonth: number;
  readonly termMonths: number;
  readonly lifeMonths: number;
  readonly churnMonth: number | null;
}

export interface CostContext {
  /** Simulated months (horizon + tail) and the horizon. */
  readonly months: number;
  readonly horizon: number;
  /** Month index of a day number (sim/plan/dates.ts). */
  readonly monthOfDay: (day: number) => number;
  /** The contract a deal (or event id) refers to; null when unknown (its cost is expensed). */
  readonly contractOf: (ref: string) => Contract | null;
  readonly practicalExpedient: boolean;
}

export interface RepCosts {
  readonly plan: Plan;
  /** In period order (as the evaluator returns them). */
  readonly statements: readonly Statement[];
  /** The rep's ledger events sorted by day, with their day numbers. */
  readonly events: readonly LedgerEvent[];
  readonly days: readonly number[];
}

/** First index with days[i] ≥ day (days ascending). */
function lowerBound(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function attribute(
  schedule: ExpenseSchedule,
  ctx: CostContext,
  month: number,
  amount: number,
  weights: ReadonlyMap<string, number>,
): void {
  let total = 0;
  for (const w of weights.values()) total += w;
  if (!(total > 0)) {
    expenseWhenIncurred(schedule, month, amount);
    return;
  }
  for (const [ref, w] of weights) {
    const share = (amount * w) / total;
    const contract = ctx.contractOf(ref);
    if (contract === null) expenseWhenIncurred(schedule, month, share);
    else
      addContractCost(schedule, { amount: share, incurredMonth: month, ...contract }, ctx.practicalExpedient);
  }
}

/** Credit of `metric` per deal among the events on days [from, to]. */
function creditWeights(rep: RepCosts, metric: string, from: number, to: number): Map<string, number> {
  const credit = LEDGER_EVENT_CREDITS[metric];
  const out = new Map<string, number>();
  if (credit === undefined) return out;
  for (let k = lowerBound(rep.days, from); k < rep.days.length && rep.days[k]! <= to; k++) {
    const e = rep.events[k]!;
    const c = credit(e);
    if (c > 0) {
      const ref = e.deal || e.id;
      out.set(ref, (out.get(ref) ?? 0) + c);
    }
  }
  return out;
}

/** Adds a rep's counted pay to the schedule: contract costs attributed, the rest expensed. */
export function addRepCosts(schedule: ExpenseSchedule, rep: RepCosts, ctx: CostContext): void {
  const treatments = new Map<string, CostTreatment>(rep.plan.components.map((c) => [c.id, costTreatment(c)]));
  const treatmentOf = (id: string): CostTreatment => treatments.get(id) ?? { kind: "expensed" };
  const fiscalYearStart = new Map<number, number>();
  for (const st of rep.statements) {
    const start = parseDay(st.period.start);
    const known = fiscalYearStart.get(st.period.fiscalYear);
    if (known === undefined || start < known) fiscalYearStart.set(st.period.fiscalYear, start);
  }
  for (const st of rep.statements) {
    const endDay = parseDay(st.period.end);
    const month = Math.min(ctx.months - 1, ctx.monthOfDay(endDay));
    const counted = month < ctx.horizon;
    const earned = new Map<string, number>();
    const byRef = new Map<string, Map<string, number>>();
    let planScaling = 0;
    for (const line of st.lines) {
      if (CASH_TIMING.has(line.kind)) continue;
      const amount = line.amountCents / 100;
      if (RECOVERIES.has(line.kind)) {
        const recovered = line.kind === "forfeit" ? -(line.basis ?? 0) : amount;
        if (recovered === 0) continue;
        const contract = treatmentOf(line.component).kind === "expensed" ? null : ctx.contractOf(line.ref);
        if (contract === null) expenseWhenIncurred(schedule, month, recovered);
        else
          addContractCost(
            schedule,
            { amount: recovered, incurredMonth: month, ...contract },
            ctx.practicalExpedient,
          );
        continue;
      }
      if (!counted) {
        if (line.kind === "drawRecovery") expenseWhenIncurred(schedule, month, amount);
        continue;
      }
      if (line.component === "plan") {
        if (PLAN_SCALING.has(line.kind)) planScaling += amount;
        else expenseWhenIncurred(schedule, month, amount); // draws and draw recoveries
        continue;
      }
      earned.set(line.component, (earned.get(line.component) ?? 0) + amount);
      if (treatmentOf(line.component).kind === "byRef" && line.ref !== "" && amount !== 0) {
        const refs = byRef.get(line.component) ?? new Map<string, number>();
        byRef.set(line.component, refs);
        refs.set(line.ref, (refs.get(line.ref) ?? 0) + amount);
      }
    }
    let positive = 0;
    for (const a of earned.values()) if (a > 0) positive += a;
    const scale = positive > 0 ? 1 + planScaling / positive : 1;
    if (planScaling !== 0 && !(positive > 0)) expenseWhenIncurred(schedule, month, planScaling);
    for (const [component, raw] of earned) {
      const amount = raw > 0 ? raw * scale : raw;
      if (amount === 0) continue;
      const t = treatmentOf(component);
      if (t.kind === "expensed") expenseWhenIncurred(schedule, month, amount);
      else if (t.kind === "byRef") attribute(schedule, ctx, month, amount, byRef.get(component) ?? new Map());
      else {
        let weights = creditWeights(rep, t.metric, parseDay(st.period.start), endDay);
        if (weights.size === 0) {
          const fy = fiscalYearStart.get(st.period.fiscalYear) ?? parseDay(st.period.start);
          weights = creditWeights(rep, t.metric, fy, endDay);
        }
        attribute(schedule, ctx, month, amount, weights);
      }
    }
  }
}
