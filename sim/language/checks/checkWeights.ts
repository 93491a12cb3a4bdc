import type { Plan } from "../canonical.js";
import type { IssueList } from "../issue.js";
import { percent, SUM_TOLERANCE, sum } from "../shares.js";

/**
 * When components are weighted, the weights are shares of target variable and must sum to 100%
 * (± 0.01%): otherwise a rep at target would not earn the target variable.
 */
export function checkWeights(plan: Plan, issues: IssueList): void {
  const weighted = plan.components.filter((c) => c.weight !== null);
  if (weighted.length === 0) return;
  const total = sum(weighted.map((c) => c.weight ?? 0));
  if (Math.abs(total - 1) > SUM_TOLERANCE) {
    const parts = weighted.map((c) => `${c.id} ${percent(c.weight ?? 0)}`).join(" + ");
    issues.add(["components"], `component weights must sum to 100%, got ${percent(total)} (${parts})`);
  }
}
