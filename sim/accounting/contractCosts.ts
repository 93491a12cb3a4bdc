/**
 * From one rep's statements to the expense schedule (schedule.ts): every counted pay line is
 * classified (incrementalCosts.ts) and either expensed in the month its statement is placed or
 * attributed to the contracts it was earned on and added as a contract cost.
 *
 * Counting follows cost.total (sim/trial/pay.ts): a statement is placed in the month its period
 * ends; statements ending in the horizon count every line, statements ending in the tail only
 * settlement of horizon work (clawbacks, forfeits, draw recoveries). Attribution of a
 * `byCredit` component: its period amount is split over the deals credited in the period in
 * proportion to their credit of the component's metric (the period's booking events); a period
 * amount without such deals (YTD catch-up) goes to the fiscal year's deals so far, and without
 * any deal it is expensed. Pure: no I/O, no randomness, inputs not mutated.
 */

import { LEDGER_EVENT_CREDITS, type LedgerEvent } from "../core/ledger.js";
import type { Plan } from "../language/canonical.js";
import { parseDay } from "../plan/dates.js";
import type { Statement } from "../plan/statement.js";
import {
  CASH_TIMING,
  type CostTreatment,
  costTreatment,
  PLAN_SCALING,
  RECOVERIES,
} from "./incrementalCosts.js";
import { addCost, type ExpenseSchedule, expenseWhenIncurred } from "./schedule.js";

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
  /** The contract of the rep's k-th event (RepCosts.events order); default: by its deal or id. */
  readonly contractOfEvent?: (k: number) => Contract | null;
  readonly practicalExpedient: boolean;
}

export interface RepCosts {
  readonly plan: Plan;
  /** In period order (as the evaluator returns them). */
  readonly statements: readonly Statement[];
  /** The rep's ledger events (any order), with their day numbers. */
  readonly events: readonly LedgerEvent[];
  readonly days: readonly number[];
}

/** Indices of the rep's events per statement period (periods contiguous, in order). */
export function eventsByPeriod(
  days: readonly number[],
  starts: readonly number[],
  ends: readonly number[],
): number[][] {
  const buckets: number[][] = starts.map(() => []);
  for (let k = 0; k < days.length; k++) {
    const d = days[k]!;
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0 || d < starts[0]! || d > ends[hi]!) continue;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= d) lo = mid;
      else hi = mid - 1;
    }
    if (d <= ends[lo]!) buckets[lo]!.push(k);
  }
  return buckets;
}

function addShare(
  schedule: ExpenseSchedule,
  ctx: CostContext,
  month: number,
  share: number,
  contract: Contract | null,
) {
  if (contract === null) expenseWhenIncurred(schedule, month, share);
  else addCost(schedule, share, month, contract, ctx.practicalExpedient);
}

/** Splits `amount` over deals referred to by the lines' refs, in proportion to the line amounts. */
function attributeByRef(
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
  for (const [ref, w] of weights) addShare(schedule, ctx, month, (amount * w) / total, ctx.contractOf(ref));
}

/**
 * Splits `amount` over the events of the given periods that credit `metric`, in proportion to
 * their credit; returns false (nothing added) when none credits it.
 */
function attributeByCredit(
  schedule: ExpenseSchedule,
  rep: RepCosts,
  ctx: CostContext,
  month: number,
  amount: number,
  metric: string,
  periods: readonly (readonly number[])[],
): boolean {
  const credit = LEDGER_EVENT_CREDITS[metric];
  if (credit === undefined) return false;
  let total = 0;
  for (const ks of periods)
    for (const k of ks) {
      const c = credit(rep.events[k]!);
      if (c > 0) total += c;
    }
  if (!(total > 0)) return false;
  const contractOfEvent =
    ctx.contractOfEvent ?? ((k: number) => ctx.contractOf(rep.events[k]!.deal || rep.events[k]!.id));
  for (const ks of periods)
    for (const k of ks) {
      const c = credit(rep.events[k]!);
      if (c > 0) addShare(schedule, ctx, month, (amount * c) / total, contractOfEvent(k));
    }
  return true;
}

/** Adds a rep's counted pay to the schedule: contract costs attributed, the rest expensed. */
export function addRepCosts(schedule: ExpenseSchedule, rep: RepCosts, ctx: CostContext): void {
  const treatments = new Map<string, CostTreatment>(rep.plan.components.map((c) => [c.id, costTreatment(c)]));
  const treatmentOf = (id: string): CostTreatment => treatments.get(id) ?? { kind: "expensed" };
  const starts = rep.statements.map((st) => parseDay(st.period.start));
  const ends = rep.statements.map((st) => parseDay(st.period.end));
  const buckets = eventsByPeriod(rep.days, starts, ends);
  rep.statements.forEach((st, i) => {
    const endDay = ends[i]!;
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
        addShare(schedule, ctx, month, recovered, contract);
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
      else if (t.kind === "byRef")
        attributeByRef(schedule, ctx, month, amount, byRef.get(component) ?? new Map());
      else {
        const yearToDate = () =>
          buckets.filter((_, j) => j <= i && rep.statements[j]!.period.fiscalYear === st.period.fiscalYear);
        const done =
          attributeByCredit(schedule, rep, ctx, month, amount, t.metric, [buckets[i]!]) ||
          attributeByCredit(schedule, rep, ctx, month, amount, t.metric, yearToDate());
        if (!done) expenseWhenIncurred(schedule, month, amount);
      }
    }
  });
}
