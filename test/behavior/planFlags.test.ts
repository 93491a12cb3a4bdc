/**
 * What the example plans reward or punish, read by hand from scenarios/plans/*.yaml (the oracle
 * is the plan text): ae-activity-era pays new ARR only; ae-outcome has a 180-day prorated
 * clawback, an activation uplift and a team-NPS kicker; ae-multiyear-vesting a 365-day full
 * clawback and churn-forfeited vesting; csm-outcome GRR/adoption bonuses and a CSAT modifier.
 */
import { describe, expect, test } from "vitest";
import { planResponse } from "../../sim/behavior/planResponse.js";
import { bonus, commission, plan } from "../plan/fixtures.js";
import { examplePlan } from "./fixtures.js";

describe("plan flags", () => {
  test("example plans", () => {
    const era = planResponse(examplePlan("ae-activity-era"));
    expect([
      era.surveysPaid,
      era.retentionPaid,
      era.renewalsPaid,
      era.clawbackShare,
      era.spiffPerDeal,
    ]).toEqual([false, false, false, 0, 0]);
    const outcome = planResponse(examplePlan("ae-outcome"));
    expect([outcome.surveysPaid, outcome.retentionPaid, outcome.renewalsPaid]).toEqual([true, true, false]);
    expect(outcome.clawbackShare).toBe(0.5); // 100% prorated ≈ half on average
    expect(outcome.clawbackWindowMonths).toBeCloseTo(180 / 30.4375, 12);
    const vesting = planResponse(examplePlan("ae-multiyear-vesting"));
    expect([vesting.surveysPaid, vesting.retentionPaid, vesting.clawbackShare]).toEqual([false, true, 1]);
    const csm = planResponse(examplePlan("csm-outcome"));
    expect([csm.surveysPaid, csm.retentionPaid, csm.renewalsPaid, csm.clawbackShare]).toEqual([
      true,
      true,
      false,
      0,
    ]);
  });

  test("a gate on NPS makes surveys paid; a GRR gate makes retention paid", () => {
    const gate = (metric: string) => ({
      metric,
      scope: "rep" as const,
      min: 0,
      max: null,
      failMultiplier: 0,
      missingMultiplier: 1,
    });
    expect(planResponse(plan({ components: [commission({ gates: [gate("nps")] })] })).surveysPaid).toBe(true);
    expect(planResponse(plan({ components: [commission({ gates: [gate("grr")] })] })).retentionPaid).toBe(
      true,
    );
    expect(planResponse(plan({ components: [commission(), bonus({ metric: "ces" })] })).surveysPaid).toBe(
      true,
    );
  });
});
