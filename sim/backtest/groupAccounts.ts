/**
 * The accounts of a group of reps over a range: every account assigned to one of them at some
 * time in the range, and every account one of them won. Customer outcomes of a team, region or
 * pilot group are measured on this book (backtest baselines, the pilot's baseline card).
 */
import type { CanonicalTables } from "../data/rows.js";
import type { EvaluationRange } from "../plan/evaluate.js";

export function groupAccounts(
  tables: CanonicalTables,
  reps: ReadonlySet<string>,
  range: EvaluationRange,
): Set<string> {
  const accounts = new Set(
    tables.assignments
      .filter(
        (a) =>
          reps.has(a.rep_id) &&
          a.start_date <= range.end &&
          (a.end_date === null || a.end_date >= range.start),
      )
      .map((a) => a.account_id),
  );
  for (const o of tables.opportunities)
    if (reps.has(o.owner_rep_id) && o.stage === "won") accounts.add(o.account_id);
  return accounts;
}
