/** A milestone uplift's checks: a positive window; it names no metric and reads no attainment. */
import type { IssueList, Path } from "../../issue.js";
import type { MilestoneComponent } from "./canonical.js";

export function checkMilestoneRules(c: MilestoneComponent, at: Path, issues: IssueList): void {
  if (c.withinDays <= 0) issues.add([...at, "within"], "within must be > 0 days");
}
