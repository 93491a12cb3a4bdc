/**
 * Pay statements for a set of reps under one plan, exactly as `planbench explain` and the
 * backtest compute them: every ledger is evaluated over the range, then the plan's budget cap
 * (which spans reps) is applied. The range defaults to the whole fiscal years the ledgers cover.
 */
import { withRatchetQuotas } from "../backtest/ratchetQuotas.js";
import type { Ledger } from "../core/ledger.js";
import { InputError, problem } from "../errors.js";
import type { Plan } from "../language/canonical.js";
import { applyBudgetCap } from "../plan/budget.js";
import { compilePlan, type EvaluationRange, evaluate } from "../plan/evaluate.js";
import { defaultRange } from "../plan/explain.js";
import type { Statement } from "../plan/statement.js";

export interface PlanEvaluation {
  readonly range: EvaluationRange;
  /** Statements per ledger, in ledger order (one per period overlapping the range). */
  readonly statements: readonly (readonly Statement[])[];
}

export function evaluatePlan(
  plan: Plan,
  ledgers: readonly Ledger[],
  range?: EvaluationRange,
): PlanEvaluation {
  const resolved = range ?? defaultRange(plan.calendar, ledgers);
  if (resolved === null)
    throw new InputError([problem("ledger", "the ledgers have no dated events: give a range")]);
  const compiled = compilePlan(plan);
  const all = ledgers.map((ledger) =>
    evaluate(compiled, withRatchetQuotas(plan, ledger, resolved), resolved),
  );
  return { range: resolved, statements: applyBudgetCap(plan, all) };
}
