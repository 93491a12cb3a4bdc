/**
 * A rep whose dated assignments name several plans (a plan change or promotion to another
 * plan mid-year): each plan is evaluated over the days of its own assignments, then the
 * statements are merged period by period — each plan's lines (component ids prefixed with the
 * plan id), the total their sum, the assignments' days listed. The plans must share a calendar.
 * Within one plan, assignments that change the target variable, quota or territory blend by
 * days (period.ts, bonus.ts) and need no merge.
 */

import type { Assignment, Ledger } from "../core/ledger.js";
import type { Plan } from "../language/canonical.js";
import {
  type CompiledPlan,
  compilePlan,
  type EvaluateOptions,
  type EvaluationRange,
  evaluate,
} from "./evaluate.js";
import type { Statement } from "./statement.js";

/** The plan ids a ledger's assignments name (null = the default plan), in order of first use. */
export function assignedPlans(ledger: Ledger, defaultPlan: string): string[] {
  const ids: string[] = [];
  for (const a of ledger.assignments ?? []) {
    const id = a.plan ?? defaultPlan;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids.length === 0 ? [defaultPlan] : ids;
}

/** The ledger with every assignment naming its plan (null → the default plan). */
export function withDefaultPlan(ledger: Ledger, defaultPlan: string): Ledger {
  const list = ledger.assignments;
  if (list === undefined || list.every((a) => a.plan !== null)) return ledger;
  return {
    ...ledger,
    assignments: list.map((a): Assignment => (a.plan === null ? { ...a, plan: defaultPlan } : a)),
  };
}

/** Same calendar (period kind and fiscal-year start): statements of the plans line up. */
export function checkCalendars(plans: readonly Plan[]): void {
  const [first, ...rest] = plans;
  for (const p of rest) {
    if (
      p.calendar.period !== first!.calendar.period ||
      p.calendar.fiscalYearStartMonth !== first!.calendar.fiscalYearStartMonth
    )
      throw new RangeError(
        `plans ${first!.id} and ${p.id} of one rep's assignments must share a calendar (period and fiscal-year start)`,
      );
  }
}

/** Merge one rep's statements under several plans (same periods in the same order). */
export function mergeStatements(perPlan: readonly (readonly Statement[])[]): Statement[] {
  if (perPlan.length === 1) return [...perPlan[0]!];
  const out: Statement[] = [];
  const n = perPlan[0]!.length;
  for (let i = 0; i < n; i++) {
    const parts = perPlan.map((list) => list[i]!);
    const active = parts.filter((s) => (s.assignments?.length ?? 0) > 0 || s.lines.length > 0);
    const shown = active.length > 0 ? active : [parts[0]!];
    const last = shown[shown.length - 1]!;
    out.push({
      repId: last.repId,
      planId: shown.map((s) => s.planId).join(" → "),
      currency: last.currency,
      period: last.period,
      attainment: Object.assign({}, ...shown.map((s) => s.attainment)),
      credited: Object.assign({}, ...shown.map((s) => s.credited)),
      quota: Object.assign({}, ...shown.map((s) => s.quota)),
      lines: parts.flatMap((s) => s.lines.map((l) => ({ ...l, component: `${s.planId}/${l.component}` }))),
      assignments: parts.flatMap((s) => s.assignments ?? []).sort((a, b) => (a.from < b.from ? -1 : 1)),
      totalCents: parts.reduce((a, s) => a + s.totalCents, 0),
    });
  }
  return out;
}

/** Statements of one rep under the plans its assignments name (`plans[0]` for unnamed ones). */
export function evaluateAssignments(
  plans: readonly (Plan | CompiledPlan)[],
  ledger: Ledger,
  range: EvaluationRange,
  options: EvaluateOptions = {},
): Statement[] {
  const compiled = plans.map((p) => ("creditMetrics" in p ? p : compilePlan(p)));
  const byId = new Map(compiled.map((c) => [c.plan.id, c]));
  const first = compiled[0]!;
  const ids = assignedPlans(ledger, first.plan.id);
  const used = ids.map((id) => {
    const cp = byId.get(id);
    if (cp === undefined)
      throw new RangeError(`rep ${ledger.rep.id}: an assignment names plan '${id}', which was not given`);
    return cp;
  });
  checkCalendars(used.map((c) => c.plan));
  const named = withDefaultPlan(ledger, first.plan.id);
  return mergeStatements(used.map((cp) => evaluate(cp, named, range, options)));
}
