/**
 * Pay of a world run through the exact plan evaluator (sim/plan/evaluate.ts, explain: false):
 * one evaluation per paid rep over the whole simulation (horizon + tail), reading the world's
 * event table in place (worldColumns.ts), then the plan budget cap across the reps on each plan
 * (sim/plan/budget.ts).
 *
 * What counts as cost (cost.total, repPay, monthlyCost): every line of statements whose period
 * ends inside the horizon; of statements ending in the tail, only settlement of horizon work —
 * clawback, release, vest and drawRecovery lines (the tail has no new bookings; bonuses and
 * commissions earned in the tail are excluded, they pay tail work). A statement is placed in the
 * simulated month its period ends.
 */

import type { Ledger, RepInfo } from "../core/ledger.js";
import type { Plan } from "../language/canonical.js";
import { applyBudgetCap } from "../plan/budget.js";
import { fiscalYearOf } from "../plan/calendar.js";
import { formatDay, parseDay } from "../plan/dates.js";
import { type CompiledPlan, compilePlan, evaluateColumns } from "../plan/evaluate.js";
import { hasRatchet, ratchetOverrides } from "../plan/quotaRule.js";
import type { LineKind, Statement } from "../plan/statement.js";
import type { WorldState } from "../world/state.js";
import { repColumns, worldColumns } from "./worldColumns.js";

const TAIL_KINDS: ReadonlySet<LineKind> = new Set<LineKind>(["clawback", "release", "vest", "drawRecovery"]);

export interface PayResult {
  /** Statements per rep (empty for reps without a plan). */
  readonly statements: readonly (readonly Statement[])[];
  /** Counted pay per rep (currency). */
  readonly repPay: Float64Array;
  readonly monthlyCost: Float64Array;
}

export function repInfo(s: WorldState, r: number): RepInfo {
  const rep = s.reps[r]!;
  return {
    id: rep.id,
    name: rep.id,
    role: rep.role,
    team: rep.segment,
    region: "",
    segment: rep.segment,
    // hired a year before the start: existing reps, fully ramped (no hires are simulated)
    hireDate: formatDay(s.cal.monthStart[0]! - 365),
    terminationDate: null,
    planStart: s.cal.iso(s.cal.monthStart[0]!),
    planEnd: null,
  };
}

/**
 * The rep's ledger for the evaluator; under a quota ratchet it carries the rep's quota of every
 * fiscal year after the first (quotaRule.ts), computed from the finished events.
 */
export function repLedger(s: WorldState, r: number, plan: Plan): Ledger {
  const ledger = s.book.ledger(r, repInfo(s, r));
  if (!hasRatchet(plan)) return ledger;
  const lastFy = fiscalYearOf(plan.calendar, s.cal.monthStart[s.months]! - 1);
  const quotas = ratchetOverrides(plan, s.book.eventsOf(r), s.book.daysOf(r), s.cal.monthStart[0]!, lastFy);
  return { ...ledger, quotas };
}

/** Counted cents of one statement under the horizon/tail rule. */
export function countedCents(st: Statement, inHorizon: boolean): number {
  if (inHorizon) return st.totalCents;
  let c = 0;
  for (const line of st.lines) if (TAIL_KINDS.has(line.kind)) c += line.amountCents;
  return c;
}

export function payRun(s: WorldState, compiled: ReadonlyMap<Plan, CompiledPlan>): PayResult {
  const range = { start: s.cal.iso(s.cal.monthStart[0]!), end: s.cal.iso(s.cal.monthStart[s.months]! - 1) };
  const statements: Statement[][] = s.reps.map(() => []);
  const byPlan = new Map<Plan, number[]>();
  const table = worldColumns(s.book.table);
  for (let r = 0; r < s.reps.length; r++) {
    const plan = s.plans[r];
    if (plan === null || plan === undefined) continue;
    const cp = compiled.get(plan) ?? compilePlan(plan);
    const ledger = repColumns(s, r, plan, table, repInfo(s, r));
    statements[r] = evaluateColumns(cp, ledger, range, { explain: false });
    const list = byPlan.get(plan) ?? [];
    if (list.length === 0) byPlan.set(plan, list);
    list.push(r);
  }
  for (const [plan, reps] of byPlan) {
    if (plan.budget === null) continue;
    const capped = applyBudgetCap(
      plan,
      reps.map((r) => statements[r]!),
      { explain: false },
    );
    reps.forEach((r, k) => {
      statements[r] = capped[k]!;
    });
  }
  const repPay = new Float64Array(s.reps.length);
  const monthlyCost = new Float64Array(s.months);
  for (let r = 0; r < s.reps.length; r++) {
    let cents = 0;
    for (const st of statements[r]!) {
      const month = Math.min(s.months - 1, s.cal.monthOf(parseDay(st.period.end)));
      const c = countedCents(st, month < s.horizon);
      cents += c;
      monthlyCost[month] = monthlyCost[month]! + c / 100;
    }
    repPay[r] = cents / 100;
  }
  return { statements, repPay, monthlyCost };
}
