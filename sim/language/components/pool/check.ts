/** A pool's checks: role shares within 100% each and in sum; a credited metric; a share for the plan's role. */
import type { Plan } from "../../canonical.js";
import { checkShare } from "../../checks/checkRules.js";
import { checkCredited, type Derived } from "../../checks/metricChecks.js";
import type { IssueList, Path } from "../../issue.js";
import { percent, SUM_TOLERANCE, sum } from "../../shares.js";
import type { PoolComponent } from "./canonical.js";

export function checkPoolRules(c: PoolComponent, at: Path, issues: IssueList): void {
  for (const [role, share] of Object.entries(c.shares)) checkShare(share, [...at, "shares", role], issues);
  const total = sum(Object.values(c.shares));
  if (total > 1 + SUM_TOLERANCE)
    issues.add([...at, "shares"], `pool shares must sum to ≤ 100%, got ${percent(total)}`);
}

export function checkPoolReferences(
  plan: Plan,
  c: PoolComponent,
  at: Path,
  issues: IssueList,
  derived: Derived,
): void {
  checkCredited(c.metric, [...at, "metric"], issues, false, derived);
  if (!((c.shares[plan.role] ?? 0) > 0)) {
    issues.add([...at, "shares"], `the pool gives no share to this plan's role ${plan.role}`);
  }
}
