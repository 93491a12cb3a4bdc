/** A bonus in canonical form: curve points from pairs, the target only where it is read, the annual target. */
import type { ComponentBase } from "../../canonical.js";
import type { IssueList, Path } from "../../issue.js";
import type { NormalizeContext } from "../kind.js";
import type { BonusComponent, CurvePoint } from "./canonical.js";
import type { BonusSource } from "./schema.js";

/** Curve points from `[x, y]` pairs or `{x, y}` objects. */
export function resolveCurve(curve: BonusSource["curve"]): CurvePoint[] {
  return curve.map((p) => (Array.isArray(p) ? { x: p[0], y: p[1] } : { x: p.x, y: p.y }));
}

/**
 * A bonus's annual target: weight × targetVariable or its own targetAmount (when both are given
 * they must agree to the cent); a bonus needs one of them.
 */
export function bonusAnnualTarget(
  c: BonusSource,
  fromWeight: number | null,
  at: Path,
  issues: IssueList,
): number | null {
  if (c.targetAmount === undefined && fromWeight === null) {
    issues.add(
      at,
      "a bonus needs a weight (share of target variable) or a targetAmount",
      "add e.g. weight: 20%",
    );
    return 0;
  }
  if (c.targetAmount !== undefined && fromWeight !== null && Math.abs(c.targetAmount - fromWeight) > 0.005) {
    issues.add(
      [...at, "targetAmount"],
      `targetAmount ${c.targetAmount} disagrees with weight × targetVariable = ${fromWeight}`,
      "give weight or targetAmount, or make them agree",
    );
  }
  return c.targetAmount ?? fromWeight;
}

export function normalizeBonus(
  c: BonusSource,
  base: ComponentBase,
  ctx: NormalizeContext,
  at: Path,
  issues: IssueList,
): BonusComponent {
  if (c.measure === "value" && c.target !== undefined && c.target !== null) {
    issues.add(
      [...at, "target"],
      "target is only used with measure: attainment",
      "remove target or set measure",
    );
  }
  return {
    ...base,
    kind: "bonus",
    metric: c.metric,
    scope: c.scope,
    measure: c.measure,
    target: c.measure === "attainment" ? (c.target ?? null) : null,
    basis: c.basis,
    targetAmount: ctx.target.annualTarget ?? 0,
    curve: resolveCurve(c.curve),
  };
}
