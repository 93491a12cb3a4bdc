/**
 * Effort withdrawal emerges from the marginal pay rate. Misra & Nair (2011): effort drops once a
 * cap binds and output rises when the cap is removed; reps give up when quota is out of reach.
 */
import { describe, expect, test } from "vitest";
import { decideMonth } from "../../sim/behavior/decide.js";
import { planResponse } from "../../sim/behavior/planResponse.js";
import { certaintyEquivalent } from "../../sim/behavior/risk.js";
import { commission, plan } from "../plan/fixtures.js";
import { ALL_LEVERS, examplePlan, view, without } from "./fixtures.js";

const Q = 225_000;
/** Middle of the quarter, already at 150% of quota, two months still to go. */
const aboveCap = view({ monthInPeriod: 1, periodCredit: 1.5 * Q, expectedRestOfPeriod: 2 * (Q / 3) });

const uncapped = examplePlan("ae-activity-era");
const withCap = (cap: { perPeriod: number | null; maxAttainment: number | null }) => {
  const c = uncapped.components[0]!;
  if (c.kind !== "commission") throw new Error("expected a commission");
  return { ...uncapped, components: [{ ...c, cap: { ...c.cap, ...cap } }] };
};

describe("effort", () => {
  test("capped plan above the cap ⇒ coasting (effort < 1); cap removed ⇒ effort back up (Misra & Nair 2011)", () => {
    const capped = decideMonth(
      aboveCap,
      planResponse(withCap({ perPeriod: 30_000, maxAttainment: null })),
      ALL_LEVERS,
    );
    const free = decideMonth(aboveCap, planResponse(uncapped), ALL_LEVERS);
    expect(capped.effort).toBeLessThan(1);
    expect(free.effort).toBeGreaterThanOrEqual(1);
    expect(free.effort).toBeGreaterThan(capped.effort);
  });

  test("an attainment cap (maxAttainment 120%) above it ⇒ coasting", () => {
    const d = decideMonth(
      aboveCap,
      planResponse(withCap({ perPeriod: null, maxAttainment: 1.2 })),
      ALL_LEVERS,
    );
    expect(d.effort).toBeLessThan(1);
  });

  test("YTD plan with an annual cap (ae-capped-ytd, 2× target) past the cap ⇒ coasting", () => {
    // Hand-computed YTD pay at 160% of 900k: 100,000 + 225k × 16.7% + 315k × 22.2% = 207,500 > 200,000.
    const v = view({
      monthInPeriod: 1,
      monthInFiscalYear: 10,
      ytdQuota: 900_000,
      ytdCredit: 1.6 * 900_000,
      expectedRestOfPeriod: 100_000,
      expectedPerMonth: 75_000,
    });
    const capped = planResponse(examplePlan("ae-capped-ytd"));
    expect(capped.periodPay(1.6 * 900_000, 900_000)).toBe(200_000);
    expect(decideMonth(v, capped, ALL_LEVERS).effort).toBeLessThan(1);
  });

  test("linear plan ⇒ effort 1 at any attainment (marginal rate = on-target rate)", () => {
    const linear = planResponse(plan());
    for (const a of [0, 0.5, 1, 2]) {
      const v = view({ periodCredit: a * 300_000, periodQuota: 300_000, expectedPerMonth: 100_000 });
      expect(decideMonth(v, linear, ALL_LEVERS).effort, `at ${a}`).toBe(1);
    }
  });

  test("threshold out of reach ⇒ giving up (effort < 1); within reach ⇒ no withdrawal", () => {
    const gated = planResponse(plan({ components: [commission({ threshold: 0.8 })] }));
    const far = view({
      monthInPeriod: 2,
      periodCredit: 0.1 * 300_000,
      periodQuota: 300_000,
      expectedRestOfPeriod: 50_000,
      expectedPerMonth: 100_000,
    });
    const near = view({
      monthInPeriod: 2,
      periodCredit: 0.7 * 300_000,
      periodQuota: 300_000,
      expectedRestOfPeriod: 50_000,
      expectedPerMonth: 100_000,
    });
    expect(decideMonth(far, gated, ALL_LEVERS).effort).toBeLessThan(1);
    expect(decideMonth(near, gated, ALL_LEVERS).effort).toBeGreaterThanOrEqual(1);
  });

  test("propensity scales the withdrawal; honest reps and a disabled lever keep effort 1", () => {
    const r = planResponse(withCap({ perPeriod: 30_000, maxAttainment: null }));
    const full = decideMonth(aboveCap, r, ALL_LEVERS).effort;
    const half = decideMonth({ ...aboveCap, gamingPropensity: 0.5 }, r, ALL_LEVERS).effort;
    expect(half).toBeCloseTo(1 + 0.5 * (full - 1), 12);
    expect(decideMonth({ ...aboveCap, gamingPropensity: 0 }, r, ALL_LEVERS).effort).toBe(1);
    expect(decideMonth(aboveCap, r, without("effortWithdrawal")).effort).toBe(1);
  });

  test("risk aversion lowers the value of uncertain pay (certainty equivalent)", () => {
    const pay = (c: number) => (c >= 100 ? 50 : 0);
    expect(certaintyEquivalent(pay, 50, 50, 1)).toBeLessThan(certaintyEquivalent(pay, 50, 50, 0));
    expect(certaintyEquivalent((c) => 0.1 * c, 50, 50, 0)).toBeCloseTo(10, 12);
  });
});
