/**
 * DESIGN §6: "gaming propensity (0 = never uses a gaming lever)"; "honest" means "does not game",
 * never "does not respond to pay": an honest rep's effort is its incentive response and nothing
 * else moves. A lever not enabled is never pulled (gaming exposure enables one lever at a time).
 * Checked over a grid of views and the example plans, plus hand-made plans where every lever
 * would otherwise pay.
 */
import { describe, expect, test } from "vitest";
import { repContext } from "../../sim/behavior/context.js";
import { decideMonth } from "../../sim/behavior/decide.js";
import { decideEffort } from "../../sim/behavior/effort.js";
import { planResponse } from "../../sim/behavior/planResponse.js";
import {
  HONEST_DECISION,
  type MonthDecision,
  type PlanResponse,
  type RepView,
} from "../../sim/behavior/types.js";
import { GAMING_LEVERS, type GamingLever } from "../../sim/core/vocabulary.js";
import {
  ALL_LEVERS,
  EXAMPLE_PLANS,
  examplePlan,
  handResponse,
  lastMonth,
  view,
  without,
} from "./fixtures.js";

/** The decision fields each lever controls. */
const FIELDS: Readonly<Record<GamingLever, readonly (keyof MonthDecision)[]>> = {
  effortWithdrawal: ["effort"],
  timing: ["pullForward", "pullDiscount", "pullMonths", "pushBack"],
  discounting: ["discount"],
  poorFit: ["pursuePoorFit", "poorFitShare"],
  splitting: ["splitDeals"],
  surveyGaming: ["surveyInflation"],
  renewalGames: ["pullRenewals"],
};

/** A response under which every lever pays: steep, capped, SPIFFs, surveys and renewals paid. */
const TEMPTING: PlanResponse = handResponse({
  periodPay: (c, q) => (c < 0.5 * q ? 0 : Math.min(0.3 * c, 0.3 * 1.2 * q)),
  dealMultiplier: () => 1,
  clawbackShare: 0,
  clawbackWindowMonths: 0,
  spiffPerDeal: 5_000,
  surveysPaid: true,
  surveyStake: 20_000,
  retentionPaid: false,
  outcomePaid: false,
  renewalsPaid: true,
  primaryMetric: "newArr",
  primaryComponents: ["c"],
  basis: "period",
  renewalRate: 0.05,
  // a ratcheting quota tempts effort withdrawal and year-end sandbagging too
  ratchet: {
    share: 1,
    floor: 0.5,
    cap: null,
    planAnnual: 900_000,
    yearPay: (c, a) => 4 * (c / 4 < 0.5 * (a / 4) ? 0 : Math.min((0.3 * c) / 4, (0.3 * 1.2 * a) / 4)),
  },
});

function grid(): RepView[] {
  const out: RepView[] = [];
  for (const a of [0, 0.3, 0.6, 0.95, 1.05, 1.3, 2.5])
    for (const ra of [0, 1])
      for (const month of [0, 2]) {
        const base = month === 2 ? lastMonth(a) : view({ periodCredit: a * 75_000 });
        out.push({ ...base, riskAversion: ra });
      }
  return out;
}

const responses: [string, PlanResponse][] = [
  ...EXAMPLE_PLANS.map((n): [string, PlanResponse] => [n, planResponse(examplePlan(n))]),
  ["tempting", TEMPTING],
];

/** What an honest rep decides: its incentive response (effort) and no lever. */
function honestDecision(v: RepView, r: PlanResponse) {
  return { ...HONEST_DECISION, effort: decideEffort(repContext(v, r), false) };
}

describe("honest reps and disabled levers", () => {
  test("propensity 0 ⇒ no lever is pulled; effort is the incentive response, for every view and plan", () => {
    for (const [, r] of responses)
      for (const v of grid()) {
        const honest = { ...v, gamingPropensity: 0 };
        expect(decideMonth(honest, r, ALL_LEVERS)).toEqual(honestDecision(honest, r));
      }
  });

  test("honest reps respond to pay: effort moves with the plan somewhere on the grid", () => {
    const efforts = new Set<number>();
    for (const [, r] of responses)
      for (const v of grid()) efforts.add(decideMonth({ ...v, gamingPropensity: 0 }, r, ALL_LEVERS).effort);
    expect(efforts.size).toBeGreaterThan(5);
  });

  test("no incentive response and no gaming ⇒ HONEST_DECISION itself (the inert population)", () => {
    for (const [, r] of responses)
      for (const v of grid())
        expect(decideMonth({ ...v, gamingPropensity: 0, incentiveResponse: 0 }, r, ALL_LEVERS)).toBe(
          HONEST_DECISION,
        );
  });

  test("no levers enabled ⇒ the honest decision", () => {
    for (const [, r] of responses)
      for (const v of grid()) expect(decideMonth(v, r, new Set())).toEqual(honestDecision(v, r));
  });

  test("a disabled lever keeps its honest value while the others are used", () => {
    for (const lever of GAMING_LEVERS)
      for (const [, r] of responses)
        for (const v of grid()) {
          const d = decideMonth(v, r, without(lever));
          const h = honestDecision(v, r);
          for (const f of FIELDS[lever]) expect(d[f], `${lever}.${f}`).toEqual(h[f]);
        }
  });

  test("the tempting response does make a strategic rep pull every lever somewhere on the grid", () => {
    const used = new Set<GamingLever>();
    for (const v of grid()) {
      const d = decideMonth(v, TEMPTING, ALL_LEVERS);
      const h = honestDecision(v, TEMPTING);
      for (const lever of GAMING_LEVERS)
        if (FIELDS[lever].some((f) => !Object.is(d[f], h[f]))) used.add(lever);
    }
    expect([...used].sort()).toEqual([...GAMING_LEVERS].sort());
  });
});
