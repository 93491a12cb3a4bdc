/**
 * A bonus's checks: an increasing curve with payouts ≥ 0; a known metric — a credited one
 * measured by attainment needs a quota, a measured one a non-zero target.
 */
import { didYouMean } from "../../../errors.js";
import type { Plan } from "../../canonical.js";
import { checkCurve } from "../../checks/checkRules.js";
import { checkQuotaOf, type Derived } from "../../checks/metricChecks.js";
import type { IssueList, Path } from "../../issue.js";
import { METRIC_BY_ID } from "../../metrics.js";
import type { BonusComponent } from "./canonical.js";

export function checkBonusRules(c: BonusComponent, at: Path, issues: IssueList): void {
  checkCurve(c.curve, [...at, "curve"], issues);
}

export function checkBonusReferences(
  plan: Plan,
  c: BonusComponent,
  at: Path,
  issues: IssueList,
  derived: Derived,
): void {
  const info = derived.has(c.metric) ? METRIC_BY_ID.get("newArr") : METRIC_BY_ID.get(c.metric);
  if (!info) {
    issues.add([...at, "metric"], `unknown metric '${c.metric}'`, didYouMean(c.metric, METRIC_BY_ID.keys()));
  } else if (info.kind === "credited" && c.measure === "attainment") {
    checkQuotaOf(plan, c.metric, [...at, "metric"], issues, "the bonus measures attainment");
  } else if (
    info.kind === "measured" &&
    c.measure === "attainment" &&
    (c.target === null || c.target === 0)
  ) {
    issues.add([...at, "target"], `a bonus on attainment of '${c.metric}' needs a non-zero target`);
  }
}

export function bonusAttainmentUse(c: BonusComponent, metric: string): string {
  return c.metric === metric && c.measure === "attainment" ? "a bonus on its attainment" : "";
}
