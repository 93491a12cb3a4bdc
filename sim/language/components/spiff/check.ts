/**
 * A SPIFF's checks: a positive goal, a window that does not end before it starts; a condition
 * that parses and reads only event fields; a credited metric; an event type or a metric.
 */
import { didYouMean } from "../../../errors.js";
import type { Plan } from "../../canonical.js";
import { checkCredited, type Derived } from "../../checks/metricChecks.js";
import { parseCondition } from "../../expression.js";
import type { IssueList, Path } from "../../issue.js";
import type { SpiffComponent } from "./canonical.js";

/** Ledger event fields a SPIFF condition may read (sim/core/ledger.ts LedgerEvent). */
export const SPIFF_FIELDS: readonly string[] = [
  "arr",
  "tcv",
  "termMonths",
  "discount",
  "milestone",
  "account",
  "deal",
  "type",
  "date",
  "id",
  "product",
  "dealType",
  "region",
  "segment",
  "territory",
  "units",
];
export function checkCondition(condition: string, at: Path, issues: IssueList): void {
  const parsed = parseCondition(condition);
  if (!parsed.ok) {
    issues.add(at, `condition does not parse at character ${parsed.offset + 1}: ${parsed.message}`);
    return;
  }
  for (const field of parsed.fields) {
    if (!SPIFF_FIELDS.includes(field)) {
      issues.add(
        at,
        `condition reads unknown field '${field}'`,
        didYouMean(field, SPIFF_FIELDS) || `fields: ${SPIFF_FIELDS.join(", ")}`,
      );
    }
  }
}

export function checkSpiffRules(c: SpiffComponent, at: Path, issues: IssueList): void {
  if (c.payout.basis === "goal" && c.payout.goal <= 0)
    issues.add([...at, "goal", "amount"], "a goal must be > 0");
  // ISO dates order as strings
  if (c.window !== null && c.window.to < c.window.from)
    issues.add(
      [...at, "window", "to"],
      `the window ends (${c.window.to}) before it starts (${c.window.from})`,
    );
}

export function checkSpiffReferences(
  _plan: Plan,
  c: SpiffComponent,
  at: Path,
  issues: IssueList,
  derived: Derived,
): void {
  if (c.condition !== null) checkCondition(c.condition, [...at, "condition"], issues);
  if (c.metric !== null) checkCredited(c.metric, [...at, "metric"], issues, false, derived);
  if (c.event === null && c.metric === null)
    issues.add(at, "a spiff needs the event type or the metric that qualifies", "add e.g. event: booking");
}
