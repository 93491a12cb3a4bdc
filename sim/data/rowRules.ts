/**
 * Rules across the columns of one canonical row (a won deal needs a close date and an amount, a
 * churn lowers ARR, a CSAT score is 1–5, …). Column-level rules live in the table spec.
 */
import { quotasRule } from "./planAssignments.js";
import type { Row, TableName } from "./tables.js";

export interface RowIssue {
  readonly column: string;
  readonly rule: string;
}

type Rule = (row: Row) => RowIssue | null;

const SCORE_RANGE: Readonly<Record<string, readonly [number, number]>> = {
  nps: [0, 10],
  csat: [1, 5],
  ces: [1, 7],
};

const notBefore =
  (later: string, earlier: string): Rule =>
  (row) => {
    const a = row[later];
    const b = row[earlier];
    return typeof a === "string" && typeof b === "string" && a < b
      ? { column: later, rule: `must not be before ${earlier} (${b})` }
      : null;
  };

const RULES: Readonly<Record<TableName, readonly Rule[]>> = {
  reps: [notBefore("termination_date", "hire_date")],
  accounts: [],
  opportunities: [
    (r) =>
      r.stage !== "open" && r.closed_date === null
        ? { column: "closed_date", rule: `is required when stage is ${r.stage}` }
        : null,
    (r) =>
      r.stage === "won" && r.amount === null
        ? { column: "amount", rule: "is required when stage is won" }
        : null,
    notBefore("closed_date", "created_date"),
  ],
  arr_movements: [
    (r) => {
      const change = r.arr_change as number;
      if ((r.type === "new" || r.type === "expansion") && change <= 0)
        return { column: "arr_change", rule: `must be > 0 for ${r.type}` };
      if ((r.type === "contraction" || r.type === "churn") && change >= 0)
        return { column: "arr_change", rule: `must be < 0 for ${r.type}` };
      if (r.type === "renewal" && change < 0)
        return { column: "arr_change", rule: "must be ≥ 0 for renewal (a lower renewal is a contraction)" };
      return null;
    },
    (r) =>
      r.type === "churn" && r.arr_after !== 0 ? { column: "arr_after", rule: "must be 0 after churn" } : null,
  ],
  usage: [],
  surveys: [
    (r) => {
      const range = SCORE_RANGE[String(r.kind)];
      const score = r.score as number;
      if (!range) return null;
      if (score < range[0] || score > range[1])
        return { column: "score", rule: `must be ${range[0]}–${range[1]} for ${r.kind}` };
      return null;
    },
  ],
  assignments: [notBefore("end_date", "start_date")],
  plan_assignments: [notBefore("end_date", "start_date"), quotasRule],
};

export function checkRow(table: TableName, row: Row): RowIssue[] {
  const issues: RowIssue[] = [];
  for (const rule of RULES[table]) {
    const issue = rule(row);
    if (issue) issues.push(issue);
  }
  return issues;
}
