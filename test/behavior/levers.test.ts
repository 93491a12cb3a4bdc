/**
 * Splitting, survey gaming and renewal games follow what the plan pays for (DESIGN §6): deals are
 * split only for per-deal SPIFFs; reported survey scores are inflated only when scores are paid
 * (survey-score inflation when scores are paid); renewals are pulled forward only when renewals
 * are paid and pulling raises this period's pay.
 */
import { describe, expect, test } from "vitest";
import { decideMonth } from "../../sim/behavior/decide.js";
import { planResponse } from "../../sim/behavior/planResponse.js";
import { MAX_SURVEY_INFLATION, SURVEY_HALF_STAKE, surveyInflation } from "../../sim/behavior/survey.js";
import { commission, plan, pool, quota, spiff } from "../plan/fixtures.js";
import { ALL_LEVERS, examplePlan, lastMonth, view } from "./fixtures.js";

describe("splitting", () => {
  test("a per-booking SPIFF ⇒ split; no SPIFF ⇒ never", () => {
    const withSpiff = planResponse(
      plan({ components: [commission(), spiff({ payout: { basis: "event", amount: 1_000 } })] }),
    );
    expect(withSpiff.spiffPerDeal).toBe(1_000);
    expect(decideMonth(view(), withSpiff, ALL_LEVERS).splitDeals).toBe(true);
    for (const a of [0, 0.5, 1, 2])
      expect(
        decideMonth(lastMonth(a), planResponse(examplePlan("ae-activity-era")), ALL_LEVERS).splitDeals,
      ).toBe(false);
  });

  test("a SPIFF on renewals is not a per-deal booking SPIFF", () => {
    const r = planResponse(plan({ components: [commission(), spiff({ event: "renewal" })] }));
    expect(r.spiffPerDeal).toBe(0);
  });
});

describe("survey gaming", () => {
  test("surveysPaid false ⇒ no inflation, at any propensity", () => {
    const r = planResponse(examplePlan("ae-activity-era"));
    expect(r.surveysPaid).toBe(false);
    for (const p of [0, 0.3, 1])
      expect(decideMonth(view({ gamingPropensity: p }), r, ALL_LEVERS).surveyInflation).toBe(0);
  });

  test("inflation grows with the pay at stake: 1.5 points × propensity × S / (S + 10,000), 0 when nothing is paid", () => {
    // hand-computed stakes: ae-outcome's team-NPS kicker 0.9–1.1 on newArr (90%) and activation
    // (10%) of 100,000 → 0.2 × 100,000 = 20,000; csm-outcome's CSAT modifier 0.9–1.1 on 20,000 → 4,000
    for (const [name, stake] of [
      ["ae-outcome", 20_000],
      ["csm-outcome", 4_000],
    ] as const) {
      const r = planResponse(examplePlan(name));
      expect(r.surveysPaid).toBe(true);
      expect(r.surveyStake).toBeCloseTo(stake, 6);
      expect(decideMonth(view({ gamingPropensity: 0.4 }), r, ALL_LEVERS).surveyInflation).toBeCloseTo(
        (0.4 * MAX_SURVEY_INFLATION * stake) / (stake + SURVEY_HALF_STAKE),
        12,
      );
    }
    expect(surveyInflation(0, 1)).toBe(0);
    expect(surveyInflation(40_000, 1)).toBeGreaterThan(surveyInflation(20_000, 1));
    expect(surveyInflation(1e12, 1)).toBeLessThanOrEqual(MAX_SURVEY_INFLATION);
  });
});

describe("renewal games", () => {
  const renewalPlan = plan({
    role: "AM",
    components: [
      commission(),
      commission({ id: "renewals", metric: "renewalArr", tiers: [{ from: 0, to: null, rate: 0.03 }] }),
    ],
  });

  test("renewal commission ⇒ pull renewals in the last month of the period only", () => {
    const r = planResponse(renewalPlan);
    expect(r.renewalsPaid).toBe(true);
    expect(r.renewalRate).toBeCloseTo(0.03, 12);
    expect(decideMonth(lastMonth(0.8), r, ALL_LEVERS).pullRenewals).toBe(true);
    expect(decideMonth(view(), r, ALL_LEVERS).pullRenewals).toBe(false);
  });

  test("renewals not paid (new-ARR plans) ⇒ never", () => {
    for (const name of ["ae-activity-era", "ae-outcome", "csm-outcome"] as const)
      expect(decideMonth(lastMonth(0.8), planResponse(examplePlan(name)), ALL_LEVERS).pullRenewals).toBe(
        false,
      );
  });

  test("a renewal pool pays this role's share × funding per unit of renewal ARR", () => {
    const r = planResponse(
      plan({
        components: [commission(), pool({ metric: "renewalArr", fundingRate: 0.05, shares: { AE: 0.4 } })],
      }),
    );
    expect(r.renewalsPaid).toBe(true);
    expect(r.renewalRate).toBeCloseTo(0.02, 12);
  });

  test("renewal ARR as the primary metric: a linear renewal plan gives no timing gain", () => {
    const r = planResponse(
      plan({
        role: "AM",
        quotas: [quota({ metric: "renewalArr" })],
        components: [commission({ id: "renewals", metric: "renewalArr" })],
      }),
    );
    expect(r.primaryMetric).toBe("renewalArr");
    expect(decideMonth(lastMonth(0.8, { periodQuota: 300_000 }), r, ALL_LEVERS).pullRenewals).toBe(false);
  });
});
