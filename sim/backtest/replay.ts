/**
 * Replays history under one variant: each rep's ledger goes through the plan for the rep's role
 * (the same evaluator the simulation uses), then the plan budget cap is applied across the
 * plan's reps. Reps whose role has no plan in the variant are listed as not covered.
 */

import type { Ledger, RepInfo } from "../core/ledger.js";
import type { Plan } from "../language/canonical.js";
import { applyBudgetCap } from "../plan/budget.js";
import { parseDay } from "../plan/dates.js";
import { compilePlan, type EvaluationRange, evaluate } from "../plan/evaluate.js";
import type { Statement } from "../plan/statement.js";
import { firstDayOnPlan, withRatchetQuotas } from "./ratchetQuotas.js";
import type { Variant } from "./variant.js";

export interface RepReplay {
  readonly rep: RepInfo;
  readonly ledger: Ledger;
  readonly plan: Plan;
  readonly statements: readonly Statement[];
  readonly paidCents: number;
  /** Years on the plan inside the range (employment ∩ range), for annualising. */
  readonly yearsOnPlan: number;
}

export interface VariantReplay {
  readonly variant: Variant;
  readonly reps: readonly RepReplay[];
  readonly uncovered: readonly RepInfo[];
}

const DAYS_PER_YEAR = 365.25;

export function yearsOnPlan(rep: RepInfo, range: EvaluationRange): number {
  const from = firstDayOnPlan(rep, range);
  const to = Math.min(
    parseDay(range.end),
    rep.terminationDate ? parseDay(rep.terminationDate) : Infinity,
    rep.planEnd ? parseDay(rep.planEnd) : Infinity,
  );
  return to >= from ? (to - from + 1) / DAYS_PER_YEAR : 0;
}

export function replayVariant(
  variant: Variant,
  ledgers: readonly Ledger[],
  range: EvaluationRange,
): VariantReplay {
  const reps: RepReplay[] = [];
  const covered = new Set<string>();
  for (const plan of variant.plans) {
    const compiled = compilePlan(plan);
    const mine = ledgers
      .filter((l) => l.rep.role === plan.role)
      .map((l) => withRatchetQuotas(plan, l, range));
    const raw = mine.map((ledger) => evaluate(compiled, ledger, range));
    const capped = plan.budget === null ? raw : applyBudgetCap(plan, raw);
    mine.forEach((ledger, i) => {
      covered.add(ledger.rep.id);
      const statements = capped[i]!;
      reps.push({
        rep: ledger.rep,
        ledger,
        plan,
        statements,
        paidCents: statements.reduce((sum, s) => sum + s.totalCents, 0),
        yearsOnPlan: yearsOnPlan(ledger.rep, range),
      });
    });
  }
  reps.sort((a, b) => (a.rep.id < b.rep.id ? -1 : a.rep.id > b.rep.id ? 1 : 0));
  const uncovered = ledgers.filter((l) => !covered.has(l.rep.id)).map((l) => l.rep);
  return { variant, reps, uncovered };
}
