/**
 * A commission's checks: its tier table (checkTiers.ts), shares of holdback, clawback and
 * discount bands within 100%, a complete vesting schedule; its metrics credited, with the quota
 * its tiers, threshold or attainment cap measure against.
 */
import type { Plan } from "../../canonical.js";
import { checkShare } from "../../checks/checkRules.js";
import { checkCredited, checkQuotaOf, type Derived } from "../../checks/metricChecks.js";
import type { IssueList, Path } from "../../issue.js";
import { percent, SUM_TOLERANCE, sum } from "../../shares.js";
import type { CommissionComponent } from "./canonical.js";

export function checkCommissionRules(c: CommissionComponent, at: Path, issues: IssueList): void {
  if (c.holdback) checkShare(c.holdback.share, [...at, "holdback", "share"], issues);
  if (c.clawback) {
    checkShare(c.clawback.share, [...at, "clawback", "share"], issues);
    if (c.clawback.windowDays <= 0) issues.add([...at, "clawback", "window"], "window must be > 0 days");
    if (c.clawback.triggers.length === 0)
      issues.add([...at, "clawback", "triggers"], "give at least one trigger");
  }
  if (c.vesting) {
    const total = sum(c.vesting.schedule.map((t) => t.share));
    if (Math.abs(total - 1) > SUM_TOLERANCE) {
      issues.add([...at, "vesting", "schedule"], `vesting shares must sum to 100%, got ${percent(total)}`);
    }
  }
  c.discountAdjustments.forEach((d, j) => {
    checkShare(d.maxDiscount, [...at, "discountAdjustments", j, "maxDiscount"], issues, "maxDiscount");
  });
}

/** Why a commission without a quotaMetric needs a quota on its metric (null: it does not). */
function needsQuota(c: CommissionComponent): string | null {
  if (c.tiers.length > 1) return "tiers are on attainment";
  if (c.threshold !== null) return "a threshold is on attainment";
  if (c.cap.maxAttainment !== null) return "maxAttainment is on attainment";
  return null;
}

export function checkCommissionReferences(
  plan: Plan,
  c: CommissionComponent,
  at: Path,
  issues: IssueList,
  derived: Derived,
): void {
  checkCredited(c.metric, [...at, "metric"], issues, false, derived);
  if (c.quotaMetric !== null) {
    checkCredited(c.quotaMetric, [...at, "quotaMetric"], issues, false, derived);
    checkQuotaOf(plan, c.quotaMetric, [...at, "quotaMetric"], issues, "quotaMetric measures attainment");
  } else {
    const why = needsQuota(c);
    if (why) checkQuotaOf(plan, c.metric, [...at, "metric"], issues, why);
  }
}

/** Tiers, a threshold or maxAttainment on the quota the commission measures attainment against. */
export function commissionAttainmentUse(c: CommissionComponent, metric: string): string {
  if ((c.quotaMetric ?? c.metric) !== metric) return "";
  if (c.tiers.length > 1) return "tiers";
  if (c.threshold !== null) return "a threshold";
  if (c.cap.maxAttainment !== null) return "maxAttainment";
  return "";
}
