/**
 * Deadline timing (sim/behavior/deadline.ts; Larkin 2014): holding deals to the period's last day
 * is worth the value of knowing where the period ends before choosing to pull, push or do
 * nothing — zero under a linear plan, positive near an accelerator's edge; the deadline
 * concession grows with what landing the credit this period is worth to the rep.
 */
import { describe, expect, test } from "vitest";
import { repContext } from "../../sim/behavior/context.js";
import { deadlineConcession, holdValue } from "../../sim/behavior/deadline.js";
import { decideMonth } from "../../sim/behavior/decide.js";
import { planResponse } from "../../sim/behavior/planResponse.js";
import { DISCOUNT_AUTHORITY } from "../../sim/core/assumptions.js";
import { commission, plan, quota } from "../plan/fixtures.js";
import { ALL_LEVERS, examplePlan, lastMonth, QUARTER_QUOTA, view, without } from "./fixtures.js";

const linear = planResponse(
  plan({
    quotas: [quota({ annual: 4 * QUARTER_QUOTA })],
    components: [commission({ tiers: [{ from: 0, to: null, rate: 0.1 }] })],
  }),
);
const accelerating = planResponse(examplePlan("ae-activity-era"));
/** Month 2 of a quarter on course to end near quota. */
const nearQuota = view({
  monthInPeriod: 1,
  monthInFiscalYear: 1,
  periodCredit: 0.45 * QUARTER_QUOTA,
  expectedRestOfPeriod: 0.5 * QUARTER_QUOTA,
});

describe("deadline timing", () => {
  test("a linear plan: no value in waiting, no hold", () => {
    for (const a of [0.2, 0.6, 0.95, 1.3])
      for (const m of [0, 1, 2]) {
        const v = view({
          monthInPeriod: m,
          monthInFiscalYear: m,
          periodCredit: a * QUARTER_QUOTA * (m / 3),
          expectedRestOfPeriod: QUARTER_QUOTA * ((3 - m) / 3),
        });
        expect(holdValue(repContext(v, linear)), `${a} ${m}`).toBe(0);
        expect(decideMonth(v, linear, ALL_LEVERS).holdToDeadline).toBe(false);
      }
  });

  test("near an accelerator's edge the period-end choice depends on where it ends: hold", () => {
    expect(holdValue(repContext(nearQuota, accelerating))).toBeGreaterThan(0);
    expect(decideMonth(nearQuota, accelerating, ALL_LEVERS).holdToDeadline).toBe(true);
  });

  test("honest reps and a disabled timing lever never hold", () => {
    expect(decideMonth({ ...nearQuota, gamingPropensity: 0 }, accelerating, ALL_LEVERS).holdToDeadline).toBe(
      false,
    );
    expect(decideMonth(nearQuota, accelerating, without("timing")).holdToDeadline).toBe(false);
  });

  test("the deadline concession grows with the pay at stake, within the rep's discount authority", () => {
    const below = deadlineConcession(repContext(lastMonth(0.5), accelerating));
    const above = deadlineConcession(repContext(lastMonth(1.1), accelerating));
    const flat = deadlineConcession(repContext(lastMonth(1.1), linear));
    // linear: only impatience is at stake, c* = (1 − 0.95)(1 − 0.1) = 4.5 points, half conceded
    expect(flat).toBeCloseTo(0.0225, 6);
    expect(above).toBeGreaterThan(below);
    expect(above).toBeGreaterThan(flat);
    expect(above).toBeLessThanOrEqual(DISCOUNT_AUTHORITY);
  });
});
