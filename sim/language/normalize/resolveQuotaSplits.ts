import { type Calendar, PERIODS_PER_YEAR, type Quota } from "../canonical.js";
import type { IssueList } from "../issue.js";
import type { PlanSource } from "../planSchema.js";

import { percent, SUM_TOLERANCE, sum } from "../shares.js";

export { percent, SUM_TOLERANCE, sum } from "../shares.js";

/**
 * Quotas keyed by metric → canonical list. `annual: 900k` alone means an equal split, no ramp,
 * prorated; `split: equal` gives each period 1 / periods-per-year; an explicit split must have one
 * weight per period and sum to 100%.
 */
export function resolveQuotaSplits(
  quotas: PlanSource["quotas"],
  calendar: Calendar,
  issues: IssueList,
): Quota[] {
  const n = PERIODS_PER_YEAR[calendar.period];
  return Object.entries(quotas).map(([metric, q]) => {
    if (typeof q === "number")
      return { metric, annual: q, periodWeights: equalSplit(n), ramp: [], prorate: true };
    let periodWeights = equalSplit(n);
    if (q.split !== "equal") {
      periodWeights = q.split;
      const at = ["quotas", metric, "split"];
      if (q.split.length !== n) {
        issues.add(
          at,
          `split needs ${n} weights (one per ${calendar.period} of the fiscal year), got ${q.split.length}`,
        );
      } else if (Math.abs(sum(q.split) - 1) > SUM_TOLERANCE) {
        issues.add(at, `split weights must sum to 100%, got ${percent(sum(q.split))}`);
      }
    }
    const quota: Quota = { metric, annual: q.annual, periodWeights, ramp: q.ramp, prorate: q.prorate };
    // absent, not null, without a rule: canonical plans without a ratchet stay as they were
    return q.ratchet === undefined ? quota : { ...quota, ratchet: { ...q.ratchet } };
  });
}

export function equalSplit(n: number): number[] {
  return Array.from({ length: n }, () => 1 / n);
}
