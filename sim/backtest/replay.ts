/**
 * Replays history under one variant: each rep's ledger goes through the plan for the rep's role
 * (the same evaluator the simulation uses), then each plan's budget cap is applied across the
 * plan's reps. Reps whose role has no plan in the variant are listed as not covered.
 *
 * Plan assignments (Ledger.assignments, from the history's plan_assignments table): a rep whose
 * history states them is paid on each assignment's plan over its own days, as `planbench
 * explain` pays a ledger file's (sim/plan/assignments.ts): every plan the rep's assignments name
 * (an assignment naming no plan: the role's plan) is evaluated over its days, with its budget cap
 * across its reps, and the statements are merged period by period. A variant that covers the rep
 * (it has the role's plan, or a plan the rep's assignments name) but lacks a plan the rep's
 * assignments name is an error naming the plan, the rep and the row.
 */

import type { Assignment, Ledger, RepInfo } from "../core/ledger.js";
import { planAssignmentKey, type RowPlace } from "../data/load.js";
import { didYouMean, InputError, problem } from "../errors.js";
import type { Plan } from "../language/canonical.js";
import { checkCalendars, mergeStatements, withDefaultPlan } from "../plan/assignments.js";
import { applyBudgetCap } from "../plan/budget.js";
import { parseDay } from "../plan/dates.js";
import { compilePlan, type EvaluationRange, evaluate } from "../plan/evaluate.js";
import type { Statement } from "../plan/statement.js";
import { firstDayOnPlan, withRatchetQuotas } from "./ratchetQuotas.js";
import { type Variant, type VariantIndex, variantIndex } from "./variant.js";

export interface RepReplay {
  readonly rep: RepInfo;
  readonly ledger: Ledger;
  /** The plan the rep is on at the end of the range (its role's plan without assignments). */
  readonly plan: Plan;
  /** Every plan the rep is paid on, in order of first use (one without assignments). */
  readonly plans: readonly Plan[];
  readonly statements: readonly Statement[];
  readonly paidCents: number;
  /** Years on the plan inside the range (employment ∩ range ∩ assignments), for annualising. */
  readonly yearsOnPlan: number;
  /** Annual target variable: the plan's; with assignments, weighted by their days in range. */
  readonly targetVariable: number;
}

export interface VariantReplay {
  readonly variant: Variant;
  readonly reps: readonly RepReplay[];
  readonly uncovered: readonly RepInfo[];
}

export interface ReplayOptions {
  /** Where each plan_assignments row came from (LoadedDataset.planAssignmentOrigins), for errors. */
  readonly origins?: ReadonlyMap<string, RowPlace>;
}

const DAYS_PER_YEAR = 365.25;

function lastDay(rep: RepInfo, range: EvaluationRange): number {
  return Math.min(
    parseDay(range.end),
    rep.terminationDate ? parseDay(rep.terminationDate) : Infinity,
    rep.planEnd ? parseDay(rep.planEnd) : Infinity,
  );
}

/** Days of each assignment within employment ∩ range (aligned with the list). */
export function assignmentDays(rep: RepInfo, list: readonly Assignment[], range: EvaluationRange): number[] {
  const from = firstDayOnPlan(rep, range);
  const to = lastDay(rep, range);
  return list.map((a) => {
    const start = Math.max(from, parseDay(a.from));
    const end = Math.min(to, a.to === null ? Infinity : parseDay(a.to));
    return end >= start ? end - start + 1 : 0;
  });
}

export function yearsOnPlan(
  rep: RepInfo,
  range: EvaluationRange,
  assignments?: readonly Assignment[],
): number {
  if (assignments !== undefined && assignments.length > 0)
    return assignmentDays(rep, assignments, range).reduce((a, b) => a + b, 0) / DAYS_PER_YEAR;
  const from = firstDayOnPlan(rep, range);
  const to = lastDay(rep, range);
  return to >= from ? (to - from + 1) / DAYS_PER_YEAR : 0;
}

/** The plan ids a rep is paid on under the variant, or null when the variant does not cover it. */
function plansOf(variant: Variant & VariantIndex, ledger: Ledger, options: ReplayOptions): Plan[] | null {
  const rolePlan = variant.byRole.get(ledger.rep.role);
  const list = ledger.assignments ?? [];
  if (list.length === 0) return rolePlan ? [rolePlan] : null;
  const covered = rolePlan !== undefined || list.some((a) => a.plan !== null && variant.byId.has(a.plan));
  if (!covered) return null;
  const out: Plan[] = [];
  for (const a of list) {
    const plan = a.plan === null ? rolePlan : variant.byId.get(a.plan);
    if (plan === undefined) throw missingPlan(variant, ledger.rep, a, options);
    if (!out.includes(plan)) out.push(plan);
  }
  return out;
}

function missingPlan(
  variant: Variant & VariantIndex,
  rep: RepInfo,
  a: Assignment,
  options: ReplayOptions,
): InputError {
  const place = options.origins?.get(planAssignmentKey(rep.id, a.from));
  const ids = [...variant.byId.keys()];
  const where = place ? { line: place.line, path: "plan_id" } : { path: "plan_id" };
  const what =
    a.plan === null
      ? `names no plan, and variant '${variant.name}' has no ${rep.role} plan for it`
      : `names plan '${a.plan}', which variant '${variant.name}' does not have (its plans: ${ids.join(", ")})`;
  return new InputError([
    problem(
      place?.file ?? "plan_assignments",
      `rep '${rep.id}': the plan assignment from ${a.from}${a.to === null ? "" : ` to ${a.to}`} ${what}`,
      {
        ...where,
        hint:
          a.plan === null
            ? ""
            : `${didYouMean(a.plan, ids)}${didYouMean(a.plan, ids) ? "; " : ""}add a plan with id '${a.plan}' to the variant (--plan NAME=FILE1,FILE2), or map '${a.plan}' to a plan file in a variant file (plans: {${a.plan}: FILE})`,
      },
    ),
  ]);
}

function targetVariableOf(
  rep: RepInfo,
  ledger: Ledger,
  plans: readonly Plan[],
  variant: VariantIndex,
  range: EvaluationRange,
): number {
  const list = ledger.assignments ?? [];
  const last = plans[plans.length - 1]!;
  if (list.length === 0) return last.payMix.targetVariable;
  const days = assignmentDays(rep, list, range);
  let total = 0;
  let sum = 0;
  list.forEach((a, i) => {
    const plan = (a.plan === null ? variant.byRole.get(rep.role) : variant.byId.get(a.plan)) ?? last;
    total += days[i]!;
    sum += days[i]! * (a.targetVariable ?? plan.payMix.targetVariable);
  });
  return total > 0 ? sum / total : last.payMix.targetVariable;
}

/** The plan in force on the rep's last day in range (its last assignment starting by then). */
function currentPlan(
  ledger: Ledger,
  plans: readonly Plan[],
  variant: VariantIndex,
  range: EvaluationRange,
): Plan {
  const list = ledger.assignments ?? [];
  const end = range.end;
  let id: string | null | undefined;
  for (const a of list) if (a.from <= end) id = a.plan ?? variant.byRole.get(ledger.rep.role)?.id;
  return plans.find((p) => p.id === id) ?? plans[plans.length - 1]!;
}

export function replayVariant(
  variant: Variant,
  ledgers: readonly Ledger[],
  range: EvaluationRange,
  options: ReplayOptions = {},
): VariantReplay {
  const indexed = { ...variant, ...variantIndex(variant) };
  const uses = ledgers.map((l) => plansOf(indexed, l, options));
  // an assignment naming no plan belongs to the role's plan
  const named = ledgers.map((l, i) => {
    if (uses[i] === null || (l.assignments?.length ?? 0) === 0) return l;
    return withDefaultPlan(l, indexed.byRole.get(l.rep.role)?.id ?? "");
  });
  const perPlan = new Map<Plan, Map<number, { ledger: Ledger; statements: readonly Statement[] }>>();
  for (const plan of variant.plans) {
    const compiled = compilePlan(plan);
    const mine: number[] = [];
    uses.forEach((u, i) => {
      if (u?.includes(plan)) mine.push(i);
    });
    const ratcheted = mine.map((i) => withRatchetQuotas(plan, named[i]!, range));
    const raw = ratcheted.map((ledger) => evaluate(compiled, ledger, range));
    const capped = plan.budget === null ? raw : applyBudgetCap(plan, raw);
    perPlan.set(plan, new Map(mine.map((i, k) => [i, { ledger: ratcheted[k]!, statements: capped[k]! }])));
  }
  const reps: RepReplay[] = [];
  const uncovered: RepInfo[] = [];
  ledgers.forEach((l, i) => {
    const plans = uses[i];
    if (plans === null || plans === undefined) {
      uncovered.push(l.rep);
      return;
    }
    const parts = plans.map((p) => perPlan.get(p)!.get(i)!);
    let statements: readonly Statement[];
    if (parts.length === 1) statements = parts[0]!.statements;
    else {
      try {
        checkCalendars(plans);
      } catch (error) {
        throw new InputError([
          problem(`variant '${variant.name}'`, `rep '${l.rep.id}': ${(error as Error).message}`),
        ]);
      }
      statements = mergeStatements(parts.map((p) => p.statements));
    }
    reps.push({
      rep: l.rep,
      ledger: parts.length === 1 ? parts[0]!.ledger : named[i]!,
      plan: parts.length === 1 ? plans[0]! : currentPlan(named[i]!, plans, indexed, range),
      plans,
      statements,
      paidCents: statements.reduce((sum, s) => sum + s.totalCents, 0),
      yearsOnPlan: yearsOnPlan(l.rep, range, l.assignments),
      targetVariable: targetVariableOf(l.rep, l, plans, indexed, range),
    });
  });
  reps.sort((a, b) => (a.rep.id < b.rep.id ? -1 : a.rep.id > b.rep.id ? 1 : 0));
  return { variant, reps, uncovered };
}
