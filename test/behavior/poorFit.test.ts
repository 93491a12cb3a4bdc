/**
 * Poor-fit selling. Agarwal & Ben-David (2018): volume-only incentives raised origination and bad
 * outcomes; Kim et al. (2019): pay on the customer's later outcome (retention pay, clawbacks)
 * moderates it. Strategic reps pursue poor fits under acquisition-only plans, stop when retention
 * pays, and pursue fewer the more of the commission a clawback is expected to take back.
 */
import { describe, expect, test } from "vitest";
import { repContext } from "../../sim/behavior/context.js";
import { decideMonth } from "../../sim/behavior/decide.js";
import { planResponse } from "../../sim/behavior/planResponse.js";
import { LOSS_AVERSION, poorFitChurnInWindow, poorFitGain } from "../../sim/behavior/poorFit.js";
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

  test("pay on the customer outcome besides a clawback (ae-outcome, ae-multiyear-vesting, csm-outcome) ⇒ they stop", () => {
    for (const name of ["ae-outcome", "ae-multiyear-vesting", "csm-outcome"] as const)
      expect(decideMonth(mid, planResponse(examplePlan(name)), ALL_LEVERS).pursuePoorFit, name).toBe(false);
  });

  test("a clawback alone is priced, not a stop: a longer, fuller clawback deters more (Kim et al. 2019)", () => {
    const clawed = (windowDays: number, share: number) =>
      planResponse(
        plan({
          components: [
            commission({ clawback: { windowDays, triggers: ["churn"], recovery: "full", share } }),
          ],
        }),
      );
    const share = (r: PlanResponse) => decideMonth(mid, r, ALL_LEVERS).poorFitShare;
    expect(share(planResponse(plan()))).toBe(1);
    const long = share(clawed(180, 1));
    const short = share(clawed(30, 0.5));
    // hand-computed (riskAversion 0, poorFitChurnMonthly 0.06): 180 days = 5.914 months,
    // P = 1 − 0.94^5.914 = 0.3064, kept = 1 − 2.25 × 1 × 0.3064 = 0.3105;
    // 30 days = 0.9856 months, P = 1 − 0.94^0.9856 = 0.0591, kept = 1 − 2.25 × 0.5 × 0.0591 = 0.9335
    expect(long).toBeCloseTo(1 - LOSS_AVERSION * (1 - 0.94 ** (180 / 30.4375)), 9);
    expect(long).toBeCloseTo(0.3105, 3);
    expect(short).toBeCloseTo(0.9335, 3);
    expect(decideMonth(mid, clawed(180, 1), ALL_LEVERS).pursuePoorFit).toBe(true);
    // half propensity pursues half as many
    expect(
      decideMonth({ ...mid, gamingPropensity: 0.5 }, clawed(30, 0.5), ALL_LEVERS).poorFitShare,
    ).toBeCloseTo(0.5 * short, 12);
  });

  test("expected clawback × risk aversion can outweigh the commission (hand-made response)", () => {
    const r = planResponse(plan());
    const clawing: PlanResponse = {
      ...r,
      clawbackShare: 1,
      clawbackWindowMonths: 12,
      retentionPaid: true,
      outcomePaid: false,
    };
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
