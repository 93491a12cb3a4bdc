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
 *
 * Contracts are ids into columns (Contracts), so a trial's thousands of attributions make no
 * objects; events are read through RepEvents (columns in a simulation, objects in a ledger).
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
import { addCostOf, type ExpenseSchedule, expenseWhenIncurred } from "./schedule.js";

/** What the schedule needs to know about contracts, by contract id. */
export interface Contracts {
  readonly startMonth: (id: number) => number;
  readonly termMonths: (id: number) => number;
  readonly lifeMonths: (id: number) => number;
  /** Month the customer churned, −1 while a customer. */
  readonly churnMonth: (id: number) => number;
}

/** No contract: the cost is expensed when incurred. */
export const NO_CONTRACT = -1;

export interface CostContext {
  /** Simulated months (horizon + tail) and the horizon. */
  readonly months: number;
  readonly horizon: number;
  /** Month index of a day number (sim/plan/dates.ts). */
  readonly monthOfDay: (day: number) => number;
  readonly contracts: Contracts;
  /** The contract a deal (or event id) refers to; NO_CONTRACT when unknown. */
  readonly contractOf: (ref: string) => number;
  /** The contract of the rep's k-th event (RepEvents order). */
  readonly contractOfEvent: (k: number) => number;
  readonly practicalExpedient: boolean;
}

/** A rep's ledger events (any order) as the attribution reads them. */
export interface RepEvents {
  readonly count: number;
  readonly day: (k: number) => number;
  /** Credit of a credited metric (LEDGER_EVENT_CREDITS) by event k. */
  readonly credit: (metric: string, k: number) => number;
}

export interface RepCosts {
  readonly plan: Plan;
  /** In period order (as the evaluator returns them). */
  readonly statements: readonly Statement[];
  readonly events: RepEvents;
}

/** RepEvents over event objects with their day numbers (ledgers of history, tests). */
export function objectEvents(events: readonly LedgerEvent[], days: readonly number[]): RepEvents {
  return {
    count: events.length,
    day: (k) => days[k]!,
    credit: (metric, k) => LEDGER_EVENT_CREDITS[metric]?.(events[k]!) ?? 0,
  };
}

/**
 * The rep's events grouped by statement period (periods contiguous, in order) as offsets into
 * one index array: the events of period p are index[from[p] … from[p + 1]), in ascending k.
 */
export interface PeriodBuckets {
  readonly from: Int32Array;
  readonly index: Int32Array;
}

export function eventsByPeriod(
  events: RepEvents,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
): PeriodBuckets {
  const periods = starts.length;
  const of = new Int32Array(events.count).fill(-1);
  const from = new Int32Array(periods + 1);
  for (let k = 0; k < events.count; k++) {
    const d = events.day(k);
    let lo = 0;
    let hi = periods - 1;
    if (hi < 0 || d < starts[0]! || d > ends[hi]!) continue;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= d) lo = mid;
      else hi = mid - 1;
    }
    if (d <= ends[lo]!) {
      of[k] = lo;
      from[lo + 1] = from[lo + 1]! + 1;
    }
  }
  for (let p = 0; p < periods; p++) from[p + 1] = from[p + 1]! + from[p]!;
  const index = new Int32Array(from[periods]!);
  const fill = from.slice(0, periods);
  for (let k = 0; k < events.count; k++) {
    const p = of[k]!;
    if (p >= 0) index[fill[p]!++] = k;
  }
  return { from, index };
}

function addShare(
  schedule: ExpenseSchedule,
  ctx: CostContext,
  month: number,
  share: number,
  contract: number,
) {
  if (contract === NO_CONTRACT) {
    expenseWhenIncurred(schedule, month, share);
    return;
  }
  const c = ctx.contracts;
  addCostOf(
    schedule,
    share,
    month,
    c.startMonth(contract),
    c.termMonths(contract),
    c.lifeMonths(contract),
    c.churnMonth(contract),
    ctx.practicalExpedient,
  );
}

/** Splits `amount` over deals referred to by the lines' refs, in proportion to the line amounts. */
function attributeByRef(
  schedule: ExpenseSchedule,
  ctx: CostContext,
  month: number,
  amount: number,
  weights: ReadonlyMap<string, number> | undefined,
): void {
  let total = 0;
  if (weights !== undefined) for (const w of weights.values()) total += w;
  if (weights === undefined || !(total > 0)) {
    expenseWhenIncurred(schedule, month, amount);
    return;
  }
  for (const [ref, w] of weights) addShare(schedule, ctx, month, (amount * w) / total, ctx.contractOf(ref));
}

/**
 * Splits `amount` over the events of periods [first, last] (those of `fiscalYear` only, when
 * given) that credit `metric`, in proportion to their credit; returns false (nothing added) when
 * none credits it.
 */
function attributeByCredit(
  schedule: ExpenseSchedule,
  rep: RepCosts,
  ctx: CostContext,
  month: number,
  amount: number,
  metric: string,
  buckets: PeriodBuckets,
  first: number,
  last: number,
  fiscalYear: number | null,
): boolean {
  if (LEDGER_EVENT_CREDITS[metric] === undefined) return false;
  const { events, statements } = rep;
  const inYear = (p: number) => fiscalYear === null || statements[p]!.period.fiscalYear === fiscalYear;
  let total = 0;
  for (let p = first; p <= last; p++) {
    if (!inYear(p)) continue;
    for (let j = buckets.from[p]!; j < buckets.from[p + 1]!; j++) {
      const c = events.credit(metric, buckets.index[j]!);
      if (c > 0) total += c;
    }
  }
  if (!(total > 0)) return false;
  for (let p = first; p <= last; p++) {
    if (!inYear(p)) continue;
    for (let j = buckets.from[p]!; j < buckets.from[p + 1]!; j++) {
      const k = buckets.index[j]!;
      const c = events.credit(metric, k);
      if (c > 0) addShare(schedule, ctx, month, (amount * c) / total, ctx.contractOfEvent(k));
    }
  }
  return true;
}

/** Adds a rep's counted pay to the schedule: contract costs attributed, the rest expensed. */
export function addRepCosts(schedule: ExpenseSchedule, rep: RepCosts, ctx: CostContext): void {
  // components by index; line component ids the plan does not name get indices after them (expensed)
  const treatments: CostTreatment[] = rep.plan.components.map(costTreatment);
  const indexOf = new Map<string, number>(rep.plan.components.map((c, i) => [c.id, i]));
  const componentIndex = (id: string): number => {
    let c = indexOf.get(id);
    if (c === undefined) {
      c = treatments.length;
      indexOf.set(id, c);
      treatments.push({ kind: "expensed" });
    }
    return c;
  };
  const treatmentOf = (id: string): CostTreatment => treatments[componentIndex(id)]!;
  const statements = rep.statements;
  const starts = new Int32Array(statements.length);
  const ends = new Int32Array(statements.length);
  for (let i = 0; i < statements.length; i++) {
    starts[i] = parseDay(statements[i]!.period.start);
    ends[i] = parseDay(statements[i]!.period.end);
  }
  const buckets = eventsByPeriod(rep.events, starts, ends);
  // per statement: earned per component in first-appearance order (the order costs are added)
  const earned: number[] = [];
  const order: number[] = [];
  const byRef = new Map<number, Map<string, number>>();
  for (let i = 0; i < statements.length; i++) {
    const st = statements[i]!;
    const month = Math.min(ctx.months - 1, ctx.monthOfDay(ends[i]!));
    const counted = month < ctx.horizon;
    order.length = 0;
    byRef.clear();
    let planScaling = 0;
    for (const line of st.lines) {
      if (CASH_TIMING.has(line.kind)) continue;
      const amount = line.amountCents / 100;
      if (RECOVERIES.has(line.kind)) {
        const recovered = line.kind === "forfeit" ? -(line.basis ?? 0) : amount;
        if (recovered === 0) continue;
        const contract =
          treatmentOf(line.component).kind === "expensed" ? NO_CONTRACT : ctx.contractOf(line.ref);
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
      const c = componentIndex(line.component);
      if (!order.includes(c)) {
        order.push(c);
        earned[c] = 0;
      }
      earned[c] = earned[c]! + amount;
      if (treatments[c]!.kind === "byRef" && line.ref !== "" && amount !== 0) {
        let refs = byRef.get(c);
        if (refs === undefined) {
          refs = new Map();
          byRef.set(c, refs);
        }
        refs.set(line.ref, (refs.get(line.ref) ?? 0) + amount);
      }
    }
    let positive = 0;
    for (const c of order) if (earned[c]! > 0) positive += earned[c]!;
    const scale = positive > 0 ? 1 + planScaling / positive : 1;
    if (planScaling !== 0 && !(positive > 0)) expenseWhenIncurred(schedule, month, planScaling);
    for (const c of order) {
      const raw = earned[c]!;
      const amount = raw > 0 ? raw * scale : raw;
      if (amount === 0) continue;
      const t = treatments[c]!;
      if (t.kind === "expensed") expenseWhenIncurred(schedule, month, amount);
      else if (t.kind === "byRef") attributeByRef(schedule, ctx, month, amount, byRef.get(c));
      else {
        const fy = st.period.fiscalYear;
        const done =
          attributeByCredit(schedule, rep, ctx, month, amount, t.metric, buckets, i, i, null) ||
          attributeByCredit(schedule, rep, ctx, month, amount, t.metric, buckets, 0, i, fy);
        if (!done) expenseWhenIncurred(schedule, month, amount);
      }
    }
  }
}
