import type { ComponentCap, TotalCaps } from "../canonical.js";
import type { IssueList, Path } from "../issue.js";
import type { ComponentSource, PlanSource } from "../planSchema.js";
import { tidy } from "../units.js";

/**
 * Component cap: `multipleOfTarget: 2` is a per-year cap of 2 × the component's annual target
 * (weight × targetVariable, or the bonus targetAmount).
 */
export function resolveComponentCap(
  cap: ComponentSource["cap"],
  annualTarget: number | null,
  at: Path,
  issues: IssueList,
): ComponentCap {
  if (!cap) return { perPeriod: null, perYear: null, maxAttainment: null };
  return {
    perPeriod: cap.perPeriod ?? null,
    perYear: perYear(cap.perYear ?? null, cap.multipleOfTarget, annualTarget, at, issues),
    maxAttainment: cap.maxAttainment ?? null,
  };
}

/** Total caps: `multipleOfTarget: 3` caps a year's variable pay at 3 × targetVariable. */
export function resolveTotalCaps(
  caps: PlanSource["caps"],
  targetVariable: number,
  issues: IssueList,
): TotalCaps {
  return {
    perPeriod: caps.perPeriod ?? null,
    perYear: perYear(caps.perYear ?? null, caps.multipleOfTarget, targetVariable, ["caps"], issues),
  };
}

function perYear(
  explicit: number | null,
  multiple: number | undefined,
  target: number | null,
  at: Path,
  issues: IssueList,
): number | null {
  if (multiple === undefined) return explicit;
  if (explicit !== null) {
    issues.add([...at, "multipleOfTarget"], "give perYear or multipleOfTarget, not both");
    return explicit;
  }
  if (target === null) {
    issues.add(
      [...at, "multipleOfTarget"],
      "multipleOfTarget needs a target: give the component a weight (or targetAmount), or use perYear",
    );
    return null;
  }
  return tidy(multiple * target);
}
