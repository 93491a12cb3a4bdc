/**
 * Effort follows the marginal money at stake (DESIGN §6; sim/behavior/effort.ts and
 * effortEconomics.ts): output x = 1 − s + s e, cost K e² / 2 in currency. Oracles: the closed
 * form under a linear plan (e = r M s / K, the structural models' effort ∝ marginal rate: Misra &
 * Nair 2011; Chung, Steenburgh & Sudhir 2014), and the directions the literature reports — caps
 * make reps coast above them (Misra & Nair), quota bonuses and accelerators raise effort (Chung
 * et al.), an unreachable threshold makes reps give up. Honest reps (propensity 0) respond too.
 */
import { describe, expect, test } from "vitest";
import { repContext } from "../../sim/behavior/context.js";
import { decideMonth } from "../../sim/behavior/decide.js";
import { decideEffort, honestEffort } from "../../sim/behavior/effort.js";
import { effortCostPerMonth, MARKET_RATE, RESPONSIVE_SHARE } from "../../sim/behavior/effortEconomics.js";
import { planResponse } from "../../sim/behavior/planResponse.js";
import { certaintyEquivalent } from "../../sim/behavior/risk.js";
import { bonus, commission, plan, quota } from "../plan/fixtures.js";
import { ALL_LEVERS, examplePlan, view, without } from "./fixtures.js";

const Q = 225_000;
const S = RESPONSIVE_SHARE;
const honest = (over = {}) => view({ gamingPropensity: 0, ...over });
/** Middle of the quarter, already at 150% of quota, two months still to go. */
const aboveCap = honest({ monthInPeriod: 1, periodCredit: 1.5 * Q, expectedRestOfPeriod: 2 * (Q / 3) });

const uncapped = examplePlan("ae-activity-era");
const withCap = (cap: { perPeriod: number | null; maxAttainment: number | null }) => {
  const c = uncapped.components[0]!;
  if (c.kind !== "commission") throw new Error("expected a commission");
  return { ...uncapped, components: [{ ...c, cap: { ...c.cap, ...cap } }] };
};
/** A linear plan paying `rate` on new ARR against a 900k quota. */
const linear = (rate: number) =>
  planResponse(
    plan({
      quotas: [quota({ annual: 4 * Q })],
      components: [commission({ tiers: [{ from: 0, to: null, rate }] })],
    }),
  );

describe("effort in money", () => {
  test("linear plan: e = r M s / K at any attainment; e = 1 at the market rate (closed form)", () => {
    const M = Q / 3;
    const K = effortCostPerMonth("newArr", M, S, 1);
    for (const rate of [MARKET_RATE.newArr!, 0.05, 0.2])
      for (const a of [0, 0.5, 1, 2]) {
        const v = honest({ periodCredit: a * Q });
        const e = Math.min(4, (rate * M * S) / K);
        expect(honestEffort(repContext(v, linear(rate))), `rate ${rate} at ${a}`).toBeCloseTo(e, 3);
        expect(decideMonth(v, linear(rate), ALL_LEVERS).effort).toBeCloseTo(1 - S + S * e, 3);
      }
    expect(decideMonth(honest(), linear(MARKET_RATE.newArr!), ALL_LEVERS).effort).toBeCloseTo(1, 6);
  });

  test("doubling the commission rate raises effort, halving lowers it (not priced in the plan's own rate)", () => {
    const r = MARKET_RATE.newArr!;
    const at = (rate: number) => decideMonth(honest(), linear(rate), ALL_LEVERS).effort;
    expect(at(2 * r)).toBeCloseTo(1 + S, 3); // +30% output
    expect(at(r / 2)).toBeCloseTo(1 - S / 2, 3); // −15%
  });

  test("a quota bonus on top raises effort near quota, not far below it (Chung, Steenburgh & Sudhir 2014)", () => {
    const base = plan({
      quotas: [quota({ annual: 4 * Q })],
      components: [commission({ tiers: [{ from: 0, to: null, rate: 0.1 }] })],
    });
    const withBonus = plan({
      ...base,
      components: [
        ...base.components,
        bonus({
          id: "quotaBonus",
          metric: "newArr",
          measure: "attainment",
          targetAmount: 40_000,
          curve: [
            { x: 0.999, y: 0 },
            { x: 1, y: 1 },
          ],
          cap: { perPeriod: null, perYear: null, maxAttainment: 1 },
        }),
      ],
    });
    const near = honest({ monthInPeriod: 2, periodCredit: 0.8 * Q, expectedRestOfPeriod: Q / 3 });
    const far = honest({ monthInPeriod: 2, periodCredit: 0.05 * Q, expectedRestOfPeriod: 0.1 * Q });
    const effort = (v: typeof near, p: typeof base) => decideMonth(v, planResponse(p), ALL_LEVERS).effort;
    expect(effort(near, withBonus)).toBeGreaterThan(effort(near, base));
    expect(effort(far, withBonus)).toBeCloseTo(effort(far, base), 9);
    // adding pay that never falls with credit never lowers effort
    for (const c of [0, 0.4, 0.8, 1, 1.2, 2])
      for (const m of [0, 1, 2]) {
        const v = honest({ monthInPeriod: m, periodCredit: c * Q, expectedRestOfPeriod: ((3 - m) * Q) / 3 });
        expect(effort(v, withBonus), `${c} ${m}`).toBeGreaterThanOrEqual(effort(v, base) - 1e-9);
      }
  });

  test("capped plan above the cap ⇒ coasting (effort 0, output 1 − s); cap removed ⇒ effort back up (Misra & Nair 2011)", () => {
    const capped = decideMonth(
      aboveCap,
      planResponse(withCap({ perPeriod: 30_000, maxAttainment: null })),
      ALL_LEVERS,
    );
    const free = decideMonth(aboveCap, planResponse(uncapped), ALL_LEVERS);
    expect(capped.effort).toBeCloseTo(1 - S, 6);
    expect(free.effort).toBeGreaterThan(1); // 2× accelerator above 125%
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
    const v = honest({
      monthInPeriod: 1,
      monthInFiscalYear: 10,
      ytdQuota: 900_000,
      ytdCredit: 1.6 * 900_000,
      expectedRestOfPeriod: 100_000,
      expectedPerMonth: 75_000,
    });
    const capped = planResponse(examplePlan("ae-capped-ytd"));
    expect(capped.periodPay(1.6 * 900_000, 900_000)).toBe(200_000);
    expect(decideMonth(v, capped, ALL_LEVERS).effort).toBeCloseTo(1 - S, 6);
  });

  test("threshold out of reach ⇒ giving up (effort < 1); within reach ⇒ more effort", () => {
    const gated = planResponse(plan({ components: [commission({ threshold: 0.8 })] }));
    const at = (credit: number) =>
      honest({
        monthInPeriod: 2,
        periodCredit: credit,
        periodQuota: 300_000,
        expectedRestOfPeriod: 50_000,
        expectedPerMonth: 100_000,
      });
    expect(decideMonth(at(0.1 * 300_000), gated, ALL_LEVERS).effort).toBeLessThan(1);
    expect(decideMonth(at(0.7 * 300_000), gated, ALL_LEVERS).effort).toBeGreaterThan(1);
  });

  test("no incentive response, no cost, or no output ⇒ normal effort", () => {
    const r = planResponse(uncapped);
    expect(decideMonth(honest({ incentiveResponse: 0 }), r, ALL_LEVERS).effort).toBe(1);
    expect(decideMonth(honest({ effortCost: 0 }), r, ALL_LEVERS).effort).toBe(1);
    expect(decideEffort(repContext(honest({ expectedPerMonth: 0 }), r), false)).toBe(1);
  });

  test("a disabled effort lever leaves the honest response (the lever only adds the ratchet)", () => {
    const r = planResponse(withCap({ perPeriod: 30_000, maxAttainment: null }));
    const strategic = { ...aboveCap, gamingPropensity: 1 };
    expect(decideMonth(strategic, r, without("effortWithdrawal")).effort).toBe(
      decideMonth(aboveCap, r, ALL_LEVERS).effort,
    );
  });

  test("risk aversion lowers the value of uncertain pay (certainty equivalent)", () => {
    const pay = (c: number) => (c >= 100 ? 50 : 0);
    expect(certaintyEquivalent(pay, 50, 50, 1)).toBeLessThan(certaintyEquivalent(pay, 50, 50, 0));
    expect(certaintyEquivalent((c) => 0.1 * c, 50, 50, 0)).toBeCloseTo(10, 12);
  });
});
