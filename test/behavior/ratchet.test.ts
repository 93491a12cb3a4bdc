/**
 * A ratcheting quota as the rep reads it (sim/behavior/ratchet.ts). Misra & Nair (2011):
 * forward-looking reps hold back output when this year's sales raise next year's quota.
 * Oracles: hand computation (the spread, a plan paying only above quota), the plan's own
 * periodPay, and the direction of the effect.
 */
import { describe, expect, it } from "vitest";
import { repContext } from "../../sim/behavior/context.js";
import { decideMonth } from "../../sim/behavior/decide.js";
import { decideEffort } from "../../sim/behavior/effort.js";
import { effortCostPerMonth, RESPONSIVE_SHARE } from "../../sim/behavior/effortEconomics.js";
import { planResponse } from "../../sim/behavior/planResponse.js";
import { NEXT_YEAR_WEIGHT, ratchetEffect, smoothCertaintyEquivalent } from "../../sim/behavior/ratchet.js";
import { NEXT_PERIOD_WEIGHT, pushGain } from "../../sim/behavior/timing.js";
import { HONEST_DECISION } from "../../sim/behavior/types.js";
import { fixturePlan } from "../model/harness.js";
import { bonus, plan, quota } from "../plan/fixtures.js";
import { ALL_LEVERS, view } from "./fixtures.js";

const A = 900_000;
const ratchet = planResponse(fixturePlan("ae-annual-ratchet"));
const fixed = planResponse(fixturePlan("ae-annual-accelerating"));

/** Month `m` of the fiscal year (quarterly), on pace for `att` × A with effort 1. */
const onPace = (m: number, att: number, over = {}) => {
  const perMonth = (att * A) / 12;
  return view({
    monthInFiscalYear: m,
    monthInPeriod: m % 3,
    ytdCredit: perMonth * m,
    ytdQuota: (A / 4) * (Math.floor(m / 3) + 1),
    periodQuota: A / 4,
    expectedPerMonth: perMonth,
    expectedRestOfPeriod: perMonth * (3 - (m % 3)),
    incentiveResponse: RESPONSIVE_SHARE,
    effortCost: effortCostPerMonth("newArr", perMonth, RESPONSIVE_SHARE, 1),
    riskAversion: 0.3,
    ...over,
  });
};

describe("ratchet as the rep reads it", () => {
  it("next year counts at the timing weight compounded over four quarters", () => {
    expect(NEXT_YEAR_WEIGHT).toBeCloseTo(NEXT_PERIOD_WEIGHT ** 4, 15);
  });
  it("the spread: linear pay keeps its mean; the shortfall is h/4 of it", () => {
    // 8 midpoints z = 1 + h((2k+1)/8 − 1), h = √3 × 0.5/√2 = 0.6124; the four below 1 fall short
    // by h × (7 + 5 + 3 + 1)/8 = 2h in total, so the mean shortfall is 2h / 8 = h / 4 = 0.1531
    const h = (Math.sqrt(3) * 0.5) / Math.SQRT2;
    expect(smoothCertaintyEquivalent((x) => x, 100, 0)).toBeCloseTo(100, 12);
    expect(smoothCertaintyEquivalent((x) => x, 100, 1)).toBeCloseTo(100 - 100 * (h / 4), 12);
  });
  it("a fixed quota has no ratchet; a ratchet reads the plan's own year pay", () => {
    expect(fixed.ratchet).toBeNull();
    const r = ratchet.ratchet!;
    expect(r).toMatchObject({ share: 1, floor: 1, cap: null, planAnnual: A });
    // YTD plan: the year's pay is the YTD pay at year end, e.g. 1.2M against 900k:
    // 900k × 11.11% + 225k × 16.67% + 75k × 22.22% = 100,000 + 37,500 + 16,667 = 154,167
    expect(r.yearPay(1_200_000, A)).toBeCloseTo(ratchet.periodPay(1_200_000, A), 9);
    expect(r.yearPay(1_200_000, A)).toBeCloseTo(154_166.67, 1);
  });
  it("R: 0 at no change; extra credit costs next year, less credit pays next year", () => {
    const R = ratchetEffect(repContext(onPace(6, 1.2), ratchet))!;
    expect(R(0)).toBe(0);
    expect(R(25_000)).toBeLessThan(0);
    expect(R(-25_000)).toBeGreaterThan(0);
    expect(ratchetEffect(repContext(onPace(6, 1.2), fixed))).toBeNull();
  });
  it("R is 0 where the floor binds (a rep far below the plan quota)", () => {
    const R = ratchetEffect(repContext(onPace(6, 0.6), ratchet))!;
    expect(R(25_000)).toBe(0);
  });
  it("a rep on pace for quota pushes less under the ratchet (Misra & Nair 2011)", () => {
    // fixed quota: the accelerators above 100% make more effort pay; ratchet: part of it is taken
    // back next year through a higher quota, so a strategic rep pushes less; an honest one does
    // not look ahead (the same effort under both plans)
    const v = onPace(6, 1);
    const strategic = decideEffort(repContext(v, ratchet), true);
    expect(decideEffort(repContext(v, fixed), true)).toBeGreaterThan(1);
    expect(strategic).toBeLessThan(decideEffort(repContext(v, fixed), true));
    expect(decideEffort(repContext(v, ratchet), false)).toBeCloseTo(
      decideEffort(repContext(v, fixed), false),
      9,
    );
    // propensity ½ takes half the step from the honest effort
    const half = decideEffort(repContext({ ...v, gamingPropensity: 0.5 }, ratchet), true);
    const h = decideEffort(repContext(v, ratchet), false);
    expect(half).toBeCloseTo(h + 0.5 * (strategic - h), 9);
  });
  it("at fiscal year end, pushing credit into next year pays more under the ratchet", () => {
    const v = onPace(11, 1.3);
    expect(pushGain(repContext(v, ratchet))).toBeGreaterThan(pushGain(repContext(v, fixed)));
  });
  it("a YTD bonus's target share reads the rep's own annual quota", () => {
    const p = plan({
      quotas: [quota({ annual: 1_200_000, ratchet: { share: 1, floor: 1, cap: null } })],
      components: [
        bonus({
          id: "att",
          metric: "newArr",
          measure: "attainment",
          basis: "ytd",
          targetAmount: 40_000,
          curve: [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ],
        }),
      ],
    });
    const r = planResponse(p);
    // year 2, quota ratcheted to 2,400,000: Q1 YTD quota 600,000, credit 300,000 → 50%;
    // YTD target 40,000 × 600,000 / 2,400,000 = 10,000 → pay 5,000 (not 40,000 × 600k / 1.2M × 50%)
    const ctx = repContext(view({ annualQuota: 2_400_000, ytdQuota: 600_000, periodQuota: 600_000 }), r);
    expect(ctx.response.periodPay(300_000, 600_000)).toBeCloseTo(5_000, 9);
    expect(r.periodPay(300_000, 600_000)).toBeCloseTo(10_000, 9); // the plan's annual by default
  });
  it("an honest rep ignores the ratchet (no lever; its effort is the same as under a fixed quota)", () => {
    const v = onPace(6, 1, { gamingPropensity: 0 });
    const d = decideMonth(v, ratchet, ALL_LEVERS);
    expect(d).toEqual({ ...HONEST_DECISION, effort: decideMonth(v, fixed, ALL_LEVERS).effort });
  });
});
