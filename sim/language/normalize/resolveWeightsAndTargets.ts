import type { PayMix } from "../canonical.js";
import type { IssueList } from "../issue.js";
import type { ComponentSource } from "../planSchema.js";
import { tidy } from "../units.js";

export interface ComponentTarget {
  /** Share of target variable, null when the component is not weighted. */
  readonly weight: number | null;
  /** Annual pay of the component at target, null when it has none (unweighted commission, spiff, pool). */
  readonly annualTarget: number | null;
}

/**
 * Weight and annual target of each component: `weight: 60%` means 60% of target variable;
 * a bonus may instead give an absolute `targetAmount` (when both are given they must agree).
 */
export function resolveWeightsAndTargets(
  components: readonly ComponentSource[],
  payMix: PayMix,
  issues: IssueList,
): ComponentTarget[] {
  return components.map((c, i) => {
    const weight = c.weight ?? null;
    const fromWeight = weight === null ? null : tidy(weight * payMix.targetVariable);
    if (c.kind !== "bonus") return { weight, annualTarget: fromWeight };
    const at = ["components", i];
    if (c.targetAmount === undefined && fromWeight === null) {
      issues.add(
        at,
        "a bonus needs a weight (share of target variable) or a targetAmount",
        "add e.g. weight: 20%",
      );
      return { weight, annualTarget: 0 };
    }
    if (
      c.targetAmount !== undefined &&
      fromWeight !== null &&
      Math.abs(c.targetAmount - fromWeight) > 0.005
    ) {
      issues.add(
        [...at, "targetAmount"],
        `targetAmount ${c.targetAmount} disagrees with weight × targetVariable = ${fromWeight}`,
        "give weight or targetAmount, or make them agree",
      );
    }
    return { weight, annualTarget: c.targetAmount ?? fromWeight };
  });
}
