/**
 * Plan budget cap across reps: when the reps' total pay in a fiscal year exceeds the budget,
 * every positive statement of that year is scaled by the same factor so the year's total is
 * exactly the budget. Statements with a total ≤ 0 (net clawbacks) are not scaled; their
 * negatives count against the total. Cents are allocated by largest remainder (ties: rep order,
 * then period order), so the capped total is exact. Each statement of a capped year gets one
 * `budget` line (0 when it was not scaled); statements of other years are unchanged.
 */
import type { Plan } from "../language/canonical.js";
import { centsOf, mulDivFloor } from "./exact.js";
import { formatCents, formatPct } from "./format.js";
import type { Statement } from "./statement.js";

interface Ref {
  readonly rep: number;
  readonly period: number;
}

export function applyBudgetCap(
  plan: Plan,
  statementsByRep: readonly (readonly Statement[])[],
  options: { explain?: boolean } = {},
): Statement[][] {
  const out = statementsByRep.map((list) => [...list]);
  if (plan.budget === null) return out;
  const budget = centsOf(plan.budget.amount);
  const explain = options.explain ?? true;
  const byYear = new Map<number, Ref[]>();
  for (let rep = 0; rep < statementsByRep.length; rep++) {
    const list = statementsByRep[rep]!;
    for (let period = 0; period < list.length; period++) {
      const year = list[period]!.period.fiscalYear;
      const refs = byYear.get(year) ?? [];
      if (refs.length === 0) byYear.set(year, refs);
      refs.push({ rep, period });
    }
  }
  for (const [year, refs] of byYear) {
    let positive = 0;
    let negative = 0;
    for (const r of refs) {
      const t = statementsByRep[r.rep]![r.period]!.totalCents;
      if (t > 0) positive += t;
      else negative += t;
    }
    if (positive + negative <= budget || positive === 0) continue;
    const target = budget - negative;
    const scaled = allocate(
      refs.map((r) => Math.max(0, statementsByRep[r.rep]![r.period]!.totalCents)),
      positive,
      target,
    );
    refs.forEach((r, i) => {
      const s = statementsByRep[r.rep]![r.period]!;
      const amount = s.totalCents > 0 ? scaled[i]! - s.totalCents : 0;
      const description = explain
        ? s.totalCents > 0
          ? `Budget cap FY${year}: all reps' pay ${formatCents(positive + negative, s.currency)} exceeds the ${formatCents(budget, s.currency)} budget; scaled by ${formatPct(target / positive)}: ${formatCents(s.totalCents, s.currency)} → ${formatCents(scaled[i]!, s.currency)}`
          : `Budget cap FY${year}: nothing paid this period, nothing scaled`
        : "";
      out[r.rep]![r.period] = {
        ...s,
        lines: [
          ...s.lines,
          {
            component: "plan",
            kind: "budget",
            description,
            basis: s.totalCents / 100,
            rate: null,
            multiplier: target / positive,
            ref: "",
            amountCents: amount + 0,
          },
        ],
        totalCents: s.totalCents + amount,
      };
    });
  }
  return out;
}

/** Largest-remainder allocation of `target` cents in proportion to `weights` (which sum to `sum`). */
export function allocate(weights: readonly number[], sum: number, target: number): number[] {
  const floors = weights.map((w) => mulDivFloor(w, target, sum));
  let left = target - floors.reduce((a, b) => a + b, 0);
  // remainders compared exactly: w × target − floor × sum, as BigInt when the product is large
  const remainder = (i: number): bigint =>
    BigInt(weights[i]!) * BigInt(target) - BigInt(floors[i]!) * BigInt(sum);
  const rems = weights.map((_, i) => remainder(i));
  const order = weights
    .map((_, i) => ({ i, rem: rems[i]! }))
    .sort((a, b) => (a.rem > b.rem ? -1 : a.rem < b.rem ? 1 : a.i - b.i));
  for (let k = 0; left > 0 && k < order.length; k++, left--) {
    if (weights[order[k]!.i]! > 0) floors[order[k]!.i]! += 1;
    else left++;
  }
  return floors;
}
