/**
 * The behaviour-facing estimate of a bonus (components/kind.ts PayEstimate): period target ×
 * curve(x) for a period crediting C against quota Q, unrounded (earn.ts pays it to the cent).
 */
import type { CompiledPlanCore } from "../../compiledParts.js";
import { curveAt } from "../../curve.js";
import type { PayEstimate } from "../kind.js";
import type { CompiledBonus } from "./compiled.js";

/**
 * Bonus earnings (earn.ts): period target × curve(x), x = C / Q capped at maxAttainment (or the
 * raw credit for measure: value). `annualQuota` is the year's annual quota of the bonus metric
 * (default the plan's; a rep's own under a quota ratchet), which a YTD bonus's target share is
 * read against (target = targetAmount × Q / annual: exact for equal period weights).
 */
export function bonusEarnings(
  cp: CompiledPlanCore,
  cb: CompiledBonus,
  credit: number,
  quota: number,
  annualQuota?: number,
): number {
  const c = cb.c;
  let target = c.targetAmount / cp.periodsPerYear;
  if (c.basis === "ytd") {
    const annual = annualQuota ?? (cb.quota >= 0 ? cp.quotas[cb.quota]!.annual : 0);
    if (annual > 0) target = (c.targetAmount * quota) / annual;
  }
  let x: number;
  if (c.measure === "attainment") {
    if (cb.quota < 0 || quota <= 0) return 0; // no attainment: the evaluator pays a 0 line
    x = credit / quota;
    if (c.cap.maxAttainment !== null && x > c.cap.maxAttainment) x = c.cap.maxAttainment;
  } else {
    x = credit;
  }
  return target * curveAt(c.curve, x);
}

export const bonusEstimate: PayEstimate<CompiledBonus> = {
  // a bonus follows the rep's credit when its curve reads a credited metric (attainment or value)
  drive: (cb) => (cb.reader.kind === "credited" ? { metric: cb.c.metric, precedence: 1 } : null),
  earnings: bonusEarnings,
};
