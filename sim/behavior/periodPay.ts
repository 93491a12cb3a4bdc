/**
 * periodPay: the plan's own payout math for one period's credit on the primary metric, built
 * from each component kind's pay estimate (sim/plan/components/<kind>/estimate.ts) and the
 * evaluator's multiplier rules (sim/plan/multiplier.ts, shared by gates and modifiers) so a rep
 * judges actions by the same function the evaluator pays with (DESIGN §6).
 *
 * Mirrors sim/plan/components/commission/earn.ts and bonus/earn.ts for a period whose credit C
 * arrives against quota Q, in the evaluator's settlement order: tiers (marginal slices or the retroactive tier
 * reached, credit above maxAttainment not counted) → threshold → floor at 0 → gates →
 * modifiers → component period cap → total period cap. Not rounded to cents (decisions need a
 * smooth function; the evaluator's lines differ by at most a cent each).
 *
 * Approximations (documented, tested where exact):
 *  - gates and modifiers on `attainment:<primary>` or on the primary credit are evaluated; any
 *    other gate is assumed met and any other modifier ×1 (the rep cannot know them in advance);
 *  - annual caps (component perYear, total perYear) apply to YTD-basis pay, which is the year's
 *    pay so far (exact: the evaluator caps the year's sum); on period basis they need the
 *    year's history and are ignored; total caps are applied to the primary components alone;
 *  - a commission paying on another metric than its quota metric (e.g. TCV on a new-ARR quota)
 *    is paid on the quota credit;
 *  - a YTD bonus's target is targetAmount × Q / annual quota (exact for equal period weights).
 */

import type { CompiledPlan, MetricReader } from "../plan/compile.js";
import { evaluatorOf } from "../plan/components/registry.js";
import { valueMultiplier } from "../plan/multiplier.js";
import type { Primary, PrimaryPart } from "./primary.js";

/** Whether a gate/modifier reader reads the primary attainment or credit; null = something else. */
function primaryReading(cp: CompiledPlan, primary: string, r: MetricReader): "attainment" | "credit" | null {
  if (r.kind === "attainment" && cp.quotas[r.quota]?.metric === primary) return "attainment";
  if (r.kind === "credited" && cp.creditMetrics[r.credit] === primary) return "credit";
  return null;
}

/** A gate or modifier that reads the primary metric, resolved to a multiplier of (C, Q). */
type Multiplier = (credit: number, quota: number) => number;
/** Pay of (C, Q), with the year's annual quota for YTD bonus targets (default the plan's). */
type Pay = (credit: number, quota: number, annualQuota?: number) => number;

function readingValue(reading: "attainment" | "credit", credit: number, quota: number): number {
  return reading === "credit" ? credit : quota > 0 ? credit / quota : Number.NaN;
}

/** Gates and modifiers of a part that read the primary metric (the others are assumed ×1). */
function multipliers(cp: CompiledPlan, primary: string, part: PrimaryPart): Multiplier[] {
  const out: Multiplier[] = [];
  for (const { rule, reader } of [...part.gates, ...part.modifiers]) {
    const reading = primaryReading(cp, primary, reader);
    if (reading === null) continue;
    out.push((c, q) => valueMultiplier(rule, readingValue(reading, c, q)));
  }
  return out;
}

/** One part's pay after its gates, modifiers and period cap. */
function partPay(cp: CompiledPlan, part: PrimaryPart, mults: readonly Multiplier[]): Pay {
  const cap = Math.min(
    part.c.cap.perPeriod ?? Number.POSITIVE_INFINITY,
    part.c.basis === "ytd" ? (part.c.cap.perYear ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY,
  );
  const estimate = evaluatorOf(part.kind).estimate;
  const earn: Pay = (c, q, a) => estimate.earnings(cp, part, c, q, a);
  if (mults.length === 0 && cap === Number.POSITIVE_INFINITY) return earn;
  return (c, q, a) => {
    let pay = earn(c, q, a);
    if (pay <= 0) return 0;
    for (let i = 0; i < mults.length; i++) pay *= mults[i]!(c, q);
    return pay > cap ? Math.max(0, cap) : pay;
  };
}

/** Builds periodPay(credit, quota) for the primary components of a compiled plan. */
export function buildPeriodPay(cp: CompiledPlan, primary: Primary): Pay {
  const metric = primary.metric;
  if (metric === null || primary.parts.length === 0) return () => 0;
  const parts = primary.parts.map((p) => partPay(cp, p, multipliers(cp, metric, p)));
  const caps = cp.plan.caps;
  const totalCap = Math.min(
    caps.perPeriod ?? Number.POSITIVE_INFINITY,
    primary.basis === "ytd" ? (caps.perYear ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY,
  );
  if (parts.length === 1 && totalCap === Number.POSITIVE_INFINITY) return parts[0]!;
  return (credit, quota, annualQuota) => {
    let total = 0;
    for (let i = 0; i < parts.length; i++) total += parts[i]!(credit, quota, annualQuota);
    return total > totalCap ? Math.max(0, totalCap) : total;
  };
}
