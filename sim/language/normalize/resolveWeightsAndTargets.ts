import type { PayMix } from "../canonical.js";
import type { ComponentTarget } from "../components/kind.js";
import { type ComponentSource, languageOf } from "../components/registry.js";
import type { IssueList } from "../issue.js";
import { tidy } from "../units.js";

/**
 * Weight and annual target of each component: `weight: 60%` means 60% of target variable;
 * a kind may state its own annual target instead (a bonus's `targetAmount`: when both are given
 * they must agree).
 */
export function resolveWeightsAndTargets(
  components: readonly ComponentSource[],
  payMix: PayMix,
  issues: IssueList,
): ComponentTarget[] {
  return components.map((c, i) => {
    const weight = c.weight ?? null;
    const fromWeight = weight === null ? null : tidy(weight * payMix.targetVariable);
    return {
      weight,
      annualTarget: languageOf(c.kind).annualTarget(c, fromWeight, ["components", i], issues),
    };
  });
}
