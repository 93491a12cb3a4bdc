/**
 * Timing games emerge from the plan's shape. Larkin (2014): under accelerating quarterly plans
 * deals bunch at quarter end (pulled in near a tier edge); Oyer (1998): nonlinear annual plans
 * move sales to fiscal year end. A linear uncapped plan gives no timing gain: no pulling.
 * Above a cap, pushing deals into the next period pays (sandbagging).
 */
import { describe, expect, test } from "vitest";
import { repContext } from "../../sim/behavior/context.js";
import { decideMonth } from "../../sim/behavior/decide.js";
import { planResponse } from "../../sim/behavior/planResponse.js";
import {
  bestPull,
  oddsToProbabilityRatio,
  PULL_CONCESSION_SHARE,
  PULL_DISCOUNT_PER_MONTH,
  pullGain,
} from "../../sim/behavior/timing.js";
import type { PlanResponse } from "../../sim/behavior/types.js";
import { DISCOUNT_AUTHORITY } from "../../sim/core/assumptions.js";
import { commission, plan } from "../plan/fixtures.js";
import { ALL_LEVERS, examplePlan, handResponse, lastMonth, view } from "./fixtures.js";

const accelerating = planResponse(examplePlan("ae-activity-era"));
const linear = planResponse(
  plan({
    quotas: [
      {
        metric: "newArr",
        annual: 900_000,
        periodWeights: [0.25, 0.25, 0.25, 0.25],
        ramp: [],
        prorate: false,
      },
    ],
  }),
);

describe("timing", () => {
  test("accelerating plan at 95% in the last month ⇒ pull forward (Larkin 2014)", () => {
    const d = decideMonth(lastMonth(0.95), accelerating, ALL_LEVERS);
    expect(d.pullForward).toBe(true);
    expect(d.pullDiscount).toBeGreaterThan(PULL_DISCOUNT_PER_MONTH);
    expect(d.pullMonths).toBeGreaterThanOrEqual(0.25);
    expect(d.pullMonths).toBeLessThanOrEqual(3);
    expect(d.pushBack).toBe(false);
  });

  test("the concession grows with the pay at stake: a steeper accelerator buys a deeper discount (Larkin 2014)", () => {
    // hand-made plans: 10% up to quota, then 1.2× or 3× above it
    const accel = (k: number): PlanResponse =>
      handResponse({
        ...linear,
        periodPay: (c, quota) => 0.1 * Math.min(c, quota) + 0.1 * k * Math.max(0, c - quota),
      });
    const at = lastMonth(1.05);
    const mild = bestPull(repContext(at, accel(1.2)));
    const steep = bestPull(repContext(at, accel(3)));
    expect(mild.gain).toBeGreaterThan(0);
    expect(steep.concession).toBeGreaterThan(mild.concession);
    expect(steep.gain).toBeGreaterThan(mild.gain);
    // hand-computed, one-month periods (depth up to 1), 1.5× above quota, typical discount 0.1:
    // G(c) = 0.15 × x q1 × (1 − 0.1 − 0.05 − c)/0.9 − 0.95 × 0.1 × x q1 (the deals that sign early
    // leave the next period, which stays below quota; a buyer that declines keeps its date)
    // ⇒ c* = 0.85 − 0.095 × 0.9 / 0.15 = 0.28, concession = c* / 2 = 0.14 (inside the authority)
    const cStar = 0.85 - (0.095 * 0.9) / 0.15;
    const one = bestPull(repContext(lastMonth(1.05, { monthsInPeriod: 1 }), accel(1.5)));
    expect(one.months).toBe(1);
    expect(cStar).toBeCloseTo(0.28, 9);
    expect(one.concession).toBeCloseTo(PULL_CONCESSION_SHARE * cStar, 6);
    // a 3× accelerator would concede c*/2 = 0.28: capped at the rep's discount authority
    expect(steep.concession).toBe(DISCOUNT_AUTHORITY);
    expect(oddsToProbabilityRatio(0.85, 0.25)).toBeCloseTo(0.85 / (0.75 + 0.85 * 0.25), 12);
  });

  test("linear uncapped plan at 95% in the last month ⇒ no pull, no push", () => {
    const d = decideMonth(lastMonth(0.95), linear, ALL_LEVERS);
    expect(d.pullForward).toBe(false);
    expect(d.pushBack).toBe(false);
    expect(pullGain(repContext(lastMonth(0.95), linear))).toBeLessThan(0);
  });

  test("linear plan: no timing game at any attainment", () => {
    for (const a of [0.2, 0.5, 0.8, 1, 1.2, 2]) {
      const d = decideMonth(lastMonth(a), linear, ALL_LEVERS);
      expect([d.pullForward, d.pushBack], `at ${a}`).toEqual([false, false]);
    }
  });

  test("accelerating plan far below the tier edge (60%) ⇒ no pull; not before the last month", () => {
    expect(decideMonth(lastMonth(0.6), accelerating, ALL_LEVERS).pullForward).toBe(false);
    const early = view({
      monthInPeriod: 1,
      periodCredit: 0.95 * 225_000 - 150_000,
      expectedRestOfPeriod: 150_000,
    });
    expect(decideMonth(early, accelerating, ALL_LEVERS).pullForward).toBe(false);
  });

  test("capped plan above the cap in the last month ⇒ push back (sandbag)", () => {
    const capped = planResponse(
      plan({ components: [commission({ cap: { perPeriod: 30_000, perYear: null, maxAttainment: null } })] }),
    );
    // 1.2M annual quota → 300k per quarter; 10% → the 30k cap binds at 100%
    // next quarter expected at 60% of quota: pushed credit pays there, here it is above the cap
    const v = lastMonth(1.4, {
      periodQuota: 300_000,
      periodCredit: 1.4 * 300_000 - 75_000,
      expectedPerMonth: 60_000,
    });
    const d = decideMonth(v, capped, ALL_LEVERS);
    expect(d.pushBack).toBe(true);
    expect(d.pullForward).toBe(false);
  });

  test("a threshold out of reach in the last month ⇒ push back into the next period", () => {
    const gated = planResponse(plan({ components: [commission({ threshold: 0.5 })] }));
    // 10% of quota projected: even pulling a month of next period's deals cannot reach 50%
    const far = lastMonth(0.1, {
      periodQuota: 300_000,
      periodCredit: 0,
      expectedRestOfPeriod: 30_000,
      expectedPerMonth: 100_000,
    });
    expect(decideMonth(far, gated, ALL_LEVERS).pushBack).toBe(true);
    // 30% projected: pulling next period's deals in clears the threshold, which pays more
    const near = lastMonth(0.3, {
      periodQuota: 300_000,
      periodCredit: 15_000,
      expectedRestOfPeriod: 75_000,
      expectedPerMonth: 100_000,
    });
    expect(decideMonth(near, gated, ALL_LEVERS).pullForward).toBe(true);
  });

  test("YTD plan: no timing inside the fiscal year, pull at fiscal year end near the tier edge (Oyer 1998)", () => {
    const ytd = planResponse(examplePlan("ae-multiyear-vesting"));
    const q = 200_000;
    const rest = q / 3;
    const at = (month: number, ytdQuota: number) =>
      lastMonth(0.95, {
        monthInFiscalYear: month,
        periodQuota: q,
        ytdQuota,
        ytdCredit: 0.95 * ytdQuota - rest,
        expectedPerMonth: rest,
        expectedRestOfPeriod: rest,
      });
    expect(decideMonth(at(2, q), ytd, ALL_LEVERS).pullForward).toBe(false);
    expect(decideMonth(at(11, 4 * q), ytd, ALL_LEVERS).pullForward).toBe(true);
  });

  test("propensity scales the pull: a barely strategic rep does not chase a small gain", () => {
    const gain = pullGain(repContext(lastMonth(0.95), accelerating));
    const hurdle = repContext(lastMonth(0.95), accelerating).hurdle;
    const p = (0.5 * hurdle) / gain;
    expect(decideMonth(lastMonth(0.95, { gamingPropensity: p }), accelerating, ALL_LEVERS).pullForward).toBe(
      false,
    );
  });
});
