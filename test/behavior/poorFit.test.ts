/**
 * Poor-fit selling. Agarwal & Ben-David (2018): volume-only incentives raised origination and bad
 * outcomes; Kim et al. (2019): pay on the customer's later outcome (retention pay, clawbacks)
 * moderates it. Strategic reps pursue poor fits under acquisition-only plans and stop when
 * retention pays or commissions can be clawed back.
 */
import { describe, expect, test } from "vitest";
import { repContext } from "../../sim/behavior/context.js";
import { decideMonth } from "../../sim/behavior/decide.js";
import { planResponse } from "../../sim/behavior/planResponse.js";
import { poorFitChurnInWindow, poorFitGain } from "../../sim/behavior/poorFit.js";
import type { PlanResponse } from "../../sim/behavior/types.js";
import { commission, plan } from "../plan/fixtures.js";
import { ALL_LEVERS, examplePlan, view } from "./fixtures.js";

const mid = view({ monthInPeriod: 1, periodCredit: 0.4 * 225_000, expectedRestOfPeriod: 0.3 * 225_000 });

describe("poor-fit selling", () => {
  test("acquisition-only plan ⇒ strategic reps pursue poor fits", () => {
    expect(decideMonth(mid, planResponse(examplePlan("ae-activity-era")), ALL_LEVERS).pursuePoorFit).toBe(
      true,
    );
  });

  test("clawback (ae-outcome, ae-multiyear) or retention pay (csm-outcome) ⇒ they stop", () => {
    for (const name of ["ae-outcome", "ae-multiyear-vesting", "csm-outcome"] as const)
      expect(decideMonth(mid, planResponse(examplePlan(name)), ALL_LEVERS).pursuePoorFit, name).toBe(false);
  });

  test("adding only a clawback to the acquisition plan stops them", () => {
    const base = plan();
    const clawed = plan({
      components: [
        commission({ clawback: { windowDays: 180, triggers: ["churn"], recovery: "full", share: 1 } }),
      ],
    });
    expect(decideMonth(mid, planResponse(base), ALL_LEVERS).pursuePoorFit).toBe(true);
    expect(decideMonth(mid, planResponse(clawed), ALL_LEVERS).pursuePoorFit).toBe(false);
  });

  test("expected clawback × risk aversion can outweigh the commission (hand-made response)", () => {
    const r = planResponse(plan());
    const clawing: PlanResponse = { ...r, clawbackShare: 1, clawbackWindowMonths: 12, retentionPaid: false };
    const risky = { ...mid, poorFitChurnMonthly: 0.1, riskAversion: 1 };
    expect(poorFitChurnInWindow(0.1, 12)).toBeCloseTo(1 - 0.9 ** 12, 12);
    expect(poorFitGain(repContext(risky, clawing))).toBeLessThan(0);
    expect(decideMonth(risky, clawing, ALL_LEVERS).pursuePoorFit).toBe(false);
    expect(
      decideMonth({ ...risky, poorFitChurnMonthly: 0.01, riskAversion: 0 }, clawing, ALL_LEVERS)
        .pursuePoorFit,
    ).toBe(true);
  });

  test("no marginal pay (above a period cap) ⇒ no reason to sell poor fits", () => {
    const capped = planResponse(
      plan({ components: [commission({ cap: { perPeriod: 10_000, perYear: null, maxAttainment: null } })] }),
    );
    const above = view({ periodCredit: 300_000, periodQuota: 300_000 });
    expect(decideMonth(above, capped, ALL_LEVERS).pursuePoorFit).toBe(false);
  });
});
