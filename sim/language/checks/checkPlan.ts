/** All semantic checks of a normalized plan; every problem is collected, none stops the others. */
import type { Component, Plan } from "../canonical.js";
import { type ComponentSource, languageOf } from "../components/registry.js";
import type { IssueList, Path } from "../issue.js";
import type { PlanSource } from "../planSchema.js";
import { checkQuotas } from "./checkQuotas.js";
import { checkReferences } from "./checkReferences.js";
import { checkCap, checkGates, checkPlanLevel } from "./checkRules.js";
import { checkWeights } from "./checkWeights.js";

/** A component's rules: what its kind reads from the source, the shared gates and cap, its own rules. */
export function checkComponentRules(
  c: Component,
  source: ComponentSource,
  at: Path,
  issues: IssueList,
): void {
  const kind = languageOf(c.kind);
  kind.checkSource(c, source, at, issues);
  checkGates(c.gates, [...at, "gates"], issues);
  checkCap(c.cap, [...at, "cap"], issues);
  kind.checkRules(c, at, issues);
}

export function checkPlan(plan: Plan, source: PlanSource, issues: IssueList): void {
  plan.components.forEach((c, i) => {
    checkComponentRules(c, source.components[i]!, ["components", i], issues);
  });
  checkWeights(plan, issues);
  checkReferences(plan, issues);
  checkPlanLevel(plan, issues);
  checkQuotas(plan, issues);
}
