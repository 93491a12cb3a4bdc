/**
 * Each rep's cost of effort in currency (sim/behavior/effortEconomics.ts): K = the market's rate
 * on the plan's credited metric × M₀ × s × u, with M₀ the credit a month of normal work brings
 * the rep in the world's baseline market (segment lead flow × skill × qualified share × win rate
 * at the typical discount × mean deal net of discount; the market multipliers at 1), s its
 * responsive share and u its own cost factor. Fixed for the trial. Only AEs choose effort (their
 * effort drives the lead flow the plan credits); other roles, reps without a plan and inert reps
 * get 0 (no effort choice).
 */
import { effortCostPerMonth } from "../behavior/effortEconomics.js";
import type { PlanResponse } from "../behavior/types.js";
import { QUALIFY_FIT } from "../core/assumptions.js";
import type { SegmentSales } from "../core/world.js";
import { logistic, logit } from "./opportunities.js";
import type { SimRep } from "./population.js";
import { betaCdfApprox } from "./views.js";

/** Expected credited new ARR per month of normal work in the baseline market. */
export function baselinePerMonth(sales: SegmentSales, skill: number): number {
  const typical = sales.typicalDiscount;
  const meanDeal = sales.dealSizeMedian * Math.exp((sales.dealSizeSigma * sales.dealSizeSigma) / 2);
  const qualified = 1 - betaCdfApprox(QUALIFY_FIT, sales.fitAlpha, sales.fitBeta);
  const win = logistic(logit(sales.winRate) + Math.log(skill));
  return sales.leadsPerMonth * skill * qualified * win * meanDeal * (1 - typical);
}

export function repEffortCosts(
  sales: Readonly<Record<string, SegmentSales>>,
  reps: readonly SimRep[],
  responses: readonly (PlanResponse | null)[],
): Float64Array {
  const out = new Float64Array(reps.length);
  reps.forEach((rep, r) => {
    const response = responses[r];
    if (rep.role !== "AE" || !(rep.incentiveResponse > 0) || response === null || response === undefined)
      return;
    const m0 = baselinePerMonth(sales[rep.segment]!, rep.skill);
    out[r] = effortCostPerMonth(response.primaryMetric, m0, rep.incentiveResponse, rep.effortCostFactor);
  });
  return out;
}
