/**
 * Discounting to close: the rep maximises P(win | discount) × commission on the discounted ARR ×
 * the plan's deal multiplier, with the world's buyer model (odds × discountOddsPer10pts^(10 d)).
 * Discount adjustments (a lower rate for deeper discounts, DESIGN §3) must reduce the discount
 * chosen; without pay at stake a rep keeps the buyer's typical discount.
 */
import { describe, expect, test } from "vitest";
import { repContext } from "../../sim/behavior/context.js";
import { decideMonth } from "../../sim/behavior/decide.js";
import { bestDiscount, winProbability } from "../../sim/behavior/discount.js";
import { planResponse } from "../../sim/behavior/planResponse.js";
import { commission, plan } from "../plan/fixtures.js";
import { ALL_LEVERS, examplePlan, view, without } from "./fixtures.js";

const v = view({ periodCredit: 0.3 * 225_000 });

describe("discounting", () => {
  test("the buyer model: list-price win rate at d = 0, odds × 1.3 per 10 points", () => {
    expect(winProbability(0.25, 1.3, 0)).toBeCloseTo(0.25, 12);
    const o = (1 / 3) * 1.3;
    expect(winProbability(0.25, 1.3, 0.1)).toBeCloseTo(o / (1 + o), 12);
  });

  test("discount adjustments in the plan reduce the chosen discount (ae-outcome vs activity era)", () => {
    const free = decideMonth(v, planResponse(examplePlan("ae-activity-era")), ALL_LEVERS).discount;
    const adjusted = decideMonth(v, planResponse(examplePlan("ae-outcome")), ALL_LEVERS).discount;
    expect(free).toBeGreaterThan(0.15);
    expect(adjusted).toBeLessThanOrEqual(0.15);
    expect(adjusted).toBeLessThan(free);
  });

  test("the same plan with and without a steep discount penalty", () => {
    const penalised = plan({
      components: [
        commission({
          discountAdjustments: [
            { maxDiscount: 0.05, multiplier: 1 },
            { maxDiscount: 1, multiplier: 0.5 },
          ],
        }),
      ],
    });
    const a = bestDiscount(repContext(v, planResponse(plan())));
    const b = bestDiscount(repContext(v, planResponse(penalised)));
    expect(b).toBeLessThan(a);
    expect(b).toBeLessThanOrEqual(0.05);
  });

  test("propensity scales the move from the typical discount; honest/disabled ⇒ NaN (the world's typical)", () => {
    const r = planResponse(examplePlan("ae-activity-era"));
    const full = decideMonth(v, r, ALL_LEVERS).discount;
    const half = decideMonth({ ...v, gamingPropensity: 0.5 }, r, ALL_LEVERS).discount;
    expect(half).toBeCloseTo(0.1 + 0.5 * (full - 0.1), 12);
    expect(decideMonth({ ...v, gamingPropensity: 0 }, r, ALL_LEVERS).discount).toBeNaN();
    expect(decideMonth(v, r, without("discounting")).discount).toBeNaN();
  });

  test("a tier edge just ahead: marginal accelerators lower the discount, a retroactive tier deepens it", () => {
    // 290k of a 300k quarterly quota in the last month: a 40k deal crosses the 100% edge at any discount up to 75%
    const near = view({
      monthInPeriod: 2,
      periodCredit: 290_000,
      periodQuota: 300_000,
      expectedRestOfPeriod: 0,
      typicalDealArr: 40_000,
    });
    const tiers = [
      { from: 0, to: 1, rate: 0.1 },
      { from: 1, to: null, rate: 0.15 },
    ];
    const d = (c: ReturnType<typeof commission>) =>
      bestDiscount(repContext(near, planResponse(plan({ components: [c] }))));
    const linear = d(commission());
    expect(d(commission({ tiers }))).toBeLessThan(linear);
    expect(d(commission({ tiers, tierRule: "retroactive" }))).toBeGreaterThan(linear);
    // inside one tier (far below the edge) the accelerated plan discounts like the linear one
    const far = { ...near, periodCredit: 60_000 };
    expect(bestDiscount(repContext(far, planResponse(plan({ components: [commission({ tiers })] }))))).toBe(
      bestDiscount(repContext(far, planResponse(plan()))),
    );
  });

  test("nothing at stake (above a period cap) ⇒ the typical discount", () => {
    const capped = planResponse(
      plan({ components: [commission({ cap: { perPeriod: 10_000, perYear: null, maxAttainment: null } })] }),
    );
    expect(
      decideMonth(view({ periodCredit: 300_000, periodQuota: 300_000 }), capped, ALL_LEVERS).discount,
    ).toBe(0.1);
  });
});
