/**
 * The behaviour-facing estimate of a commission (components/kind.ts PayEstimate): the pay of a
 * period crediting C against quota Q before gates, modifiers and caps, on attainment fractions
 * (tiers.ts) rather than cents — smooth in C, within a cent per line of what earn.ts pays.
 */
import type { CompiledPlanCore } from "../../compiledParts.js";
import type { Drive, PayEstimate } from "../kind.js";
import type { CompiledCommission } from "./compiled.js";
import { countedShare, marginalSlice, tierAt } from "./tiers.js";

/** Commission earnings before gates, modifiers and caps (earn.ts, one slice from 0 to C / Q). */
export function commissionEarnings(
  cc: CompiledCommission,
  credit: number,
  quota: number,
  scratch: Float64Array,
): number {
  let pay: number;
  if (quota <= 0 || cc.quota < 0) {
    // no quota (none given, or the plan has none for the metric): every credit pays at the first
    // tier's rate and the threshold counts as met
    pay = credit * cc.rates[0]!;
  } else {
    const a = credit / quota;
    if (cc.c.tierRule === "retroactive") {
      const tier = tierAt(cc, Math.min(a, cc.maxAttainment));
      pay = credit * countedShare(cc, 0, a) * cc.rates[tier]!;
    } else {
      pay = marginalSlice(cc, 0, a, credit, scratch);
    }
    if (cc.c.threshold !== null && a < cc.c.threshold) pay = 0;
  }
  return pay > 0 ? pay : 0;
}

/** The credited metric a commission measures attainment on. */
export function quotaMetricOf(cc: CompiledCommission): string {
  return cc.c.quotaMetric ?? cc.c.metric;
}

export const commissionEstimate: PayEstimate<CompiledCommission> = {
  drive: (cc): Drive => ({ metric: quotaMetricOf(cc), precedence: 2 }),
  earnings: (_cp: CompiledPlanCore, cc, credit, quota) =>
    commissionEarnings(cc, credit, quota, cc.scratch.estimate),
};
