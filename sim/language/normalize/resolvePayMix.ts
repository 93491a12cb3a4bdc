import type { PayMix } from "../canonical.js";
import type { IssueList } from "../issue.js";
import type { PlanSource } from "../planSchema.js";
import { resolveMix, tidy } from "../units.js";

/**
 * Pay mix from any two consistent facts: {ote, mix}, {baseSalary, targetVariable}, or ote with
 * one of baseSalary/targetVariable. `mix: "50/50"` splits OTE base/variable in percent.
 */
export function resolvePayMix(input: PlanSource["payMix"], issues: IssueList): PayMix {
  const { ote, mix, baseSalary, targetVariable } = input;
  const at = ["payMix"];
  if (mix !== undefined) {
    const parts = resolveMix(mix);
    if (Math.abs(parts.base + parts.variable - 100) > 1e-9) {
      issues.add([...at, "mix"], `pay mix parts must add up to 100, got ${parts.base} + ${parts.variable}`);
    }
    if (ote === undefined) {
      issues.add(at, "mix needs ote (on-target earnings) to split", "add e.g. ote: 200000");
      return { baseSalary: 0, targetVariable: 0 };
    }
    if (baseSalary !== undefined || targetVariable !== undefined) {
      issues.add(at, "give ote with mix, or baseSalary with targetVariable, not both");
    }
    const variable = tidy((ote * parts.variable) / 100);
    return { baseSalary: tidy(ote - variable), targetVariable: variable };
  }
  if (baseSalary !== undefined && targetVariable !== undefined) {
    if (ote !== undefined && Math.abs(ote - baseSalary - targetVariable) > 0.005) {
      issues.add(
        [...at, "ote"],
        `ote ${ote} is not baseSalary + targetVariable = ${baseSalary + targetVariable}`,
      );
    }
    return { baseSalary, targetVariable };
  }
  if (ote !== undefined && targetVariable !== undefined)
    return { baseSalary: ote - targetVariable, targetVariable };
  if (ote !== undefined && baseSalary !== undefined) return { baseSalary, targetVariable: ote - baseSalary };
  issues.add(
    at,
    "pay mix is incomplete: give {ote, mix} or {baseSalary, targetVariable}",
    "e.g. payMix: {ote: 200000, mix: '50/50'}",
  );
  return { baseSalary: baseSalary ?? 0, targetVariable: targetVariable ?? 0 };
}
