/**
 * Coherence of quota-setting rules: a ratchet moves the quota by a share of at most 100% of the
 * gap, between a positive floor and a cap above it, from a positive plan quota.
 */
import type { Plan } from "../canonical.js";
import type { IssueList } from "../issue.js";
import { percent } from "../normalize/resolveQuotaSplits.js";
import { checkShare } from "./checkRules.js";

export function checkQuotas(plan: Plan, issues: IssueList): void {
  for (const q of plan.quotas) {
    const r = q.ratchet;
    if (r === undefined) continue;
    const at = ["quotas", q.metric, "ratchet"];
    if (!(q.annual > 0))
      issues.add(["quotas", q.metric, "annual"], "a ratchet needs a positive annual quota to bound");
    if (r.share <= 0)
      issues.add([...at, "share"], "share must be > 0 (0% never moves the quota: remove the ratchet)");
    checkShare(r.share, [...at, "share"], issues);
    if (r.floor <= 0)
      issues.add([...at, "floor"], "floor must be > 0 (a zero quota cannot measure attainment)");
    if (r.cap !== null && r.cap < r.floor)
      issues.add([...at, "cap"], `cap ${percent(r.cap)} is below the floor ${percent(r.floor)}`);
  }
}
