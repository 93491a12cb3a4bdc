/** All semantic checks of a normalized plan; every problem is collected, none stops the others. */
import type { Plan } from "../canonical.js";
import type { IssueList } from "../issue.js";
import type { PlanSource } from "../planSchema.js";
import { checkQuotas } from "./checkQuotas.js";
import { checkReferences } from "./checkReferences.js";
import { checkComponentRules, checkPlanLevel } from "./checkRules.js";
import { checkTiers } from "./checkTiers.js";
import { checkWeights } from "./checkWeights.js";

export function checkPlan(plan: Plan, source: PlanSource, issues: IssueList): void {
  plan.components.forEach((c, i) => {
    const at = ["components", i];
    if (c.kind === "commission") checkTiers(c, source.components[i]!, at, issues);
    checkComponentRules(c, at, issues);
  });
  checkWeights(plan, issues);
  checkReferences(plan, issues);
  checkPlanLevel(plan, issues);
  checkQuotas(plan, issues);
}
