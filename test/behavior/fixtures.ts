/**
 * Builders for behaviour tests: a rep's monthly view with neutral defaults (a mid-market AE at
 * 225k quarterly quota, one month of work ≈ a third of quota), the example plans, and lever sets.
 */

import { readdirSync } from "node:fs";
import { effortCostPerMonth, RESPONSIVE_SHARE } from "../../sim/behavior/effortEconomics.js";
import { positionPayOf } from "../../sim/behavior/positionPay.js";
import type { LeverSet, PlanResponse, RepView } from "../../sim/behavior/types.js";
import { GAMING_LEVERS, type GamingLever } from "../../sim/core/vocabulary.js";
import type { Plan } from "../../sim/language/canonical.js";
import { loadPlanFile } from "../../sim/language/loadPlan.js";

export const QUARTER_QUOTA = 225_000;

export function view(over: Partial<RepView> = {}): RepView {
  return {
    role: "AE",
    segment: "MM",
    skill: 1,
    gamingPropensity: 1,
    riskAversion: 0,
    // the market's cost of effort for this rep (effortEconomics.ts): 11.1% × 75,000 × 0.3 = 2,500
    incentiveResponse: RESPONSIVE_SHARE,
    effortCost: effortCostPerMonth("newArr", QUARTER_QUOTA / 3, RESPONSIVE_SHARE, 1),
    monthInPeriod: 0,
    monthsInPeriod: 3,
    periodCredit: 0,
    periodQuota: QUARTER_QUOTA,
    ytdCredit: 0,
    ytdQuota: QUARTER_QUOTA,
    expectedRestOfPeriod: QUARTER_QUOTA,
    expectedPerMonth: QUARTER_QUOTA / 3,
    monthInFiscalYear: 0,
    winRateAtList: 0.25,
    discountOddsPer10pts: 1.3,
    typicalDiscount: 0.1,
    typicalDealArr: 30_000,
    poorFitChurnMonthly: 0.06,
    ...over,
  };
}

/** A view in the last month of a quarter with `attainment` projected at period end. */
export function lastMonth(attainment: number, over: Partial<RepView> = {}): RepView {
  const rest = Math.min(QUARTER_QUOTA / 3, attainment * QUARTER_QUOTA);
  const credit = attainment * QUARTER_QUOTA - rest;
  return view({
    monthInPeriod: 2,
    monthInFiscalYear: 2,
    periodCredit: credit,
    ytdCredit: credit,
    expectedRestOfPeriod: rest,
    ...over,
  });
}

export const ALL_LEVERS: LeverSet = new Set(GAMING_LEVERS);

export function without(lever: GamingLever): LeverSet {
  return new Set(GAMING_LEVERS.filter((l) => l !== lever));
}

/** Every plan under scenarios/plans (new examples are covered automatically). */
export const EXAMPLE_PLANS: readonly string[] = readdirSync("scenarios/plans")
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.slice(0, -".yaml".length))
  .sort();

export function examplePlan(name: string): Plan {
  return loadPlanFile(`scenarios/plans/${name}.yaml`);
}

/**
 * A hand-built response whose positionPay reads its periodPay on its basis (positionPay.ts
 * positionPayOf): tests that replace periodPay call this so decisions read the new function.
 */
export function handResponse(r: Omit<PlanResponse, "positionPay" | "periodBasisParts">): PlanResponse {
  return { ...r, positionPay: positionPayOf(r.periodPay, r.basis), periodBasisParts: r.basis === "period" };
}
