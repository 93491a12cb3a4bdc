/**
 * Oracle: the exact payout evaluator (sim/plan/evaluate.ts). planResponse.periodPay must be the
 * plan's own payout function (DESIGN §6), so on a one-period ledger it equals the evaluator's
 * pay of the primary components (earnings, threshold, gates, modifiers, caps; holdbacks,
 * deferrals and clawbacks only delay or reverse pay and are excluded) at every attainment.
 */
import { describe, expect, test } from "vitest";
import { planResponse } from "../../sim/behavior/planResponse.js";
import type { Plan } from "../../sim/language/canonical.js";
import { evaluate } from "../../sim/plan/evaluate.js";
import type { Statement } from "../../sim/plan/statement.js";
import { bonus, commission, ev, ledger, obs, plan, quota } from "../plan/fixtures.js";
import { EXAMPLE_PLANS, examplePlan } from "./fixtures.js";

const EARNING_KINDS = new Set([
  "tier",
  "adjustment",
  "threshold",
  "bonus",
  "gate",
  "modifier",
  "cap",
  "ytdNetting",
]);
const ATTAINMENTS = [0, 0.2, 0.45, 0.5, 0.8, 0.95, 1, 1.1, 1.25, 1.6, 2.5];

/** The evaluator's pay of the given components (and plan-level caps) in the first statement. */
function evaluatorPay(s: Statement, components: readonly string[]): number {
  let cents = 0;
  for (const l of s.lines)
    if (EARNING_KINDS.has(l.kind) && (components.includes(l.component) || l.component === "plan"))
      cents += l.amountCents;
  return cents / 100;
}

/** First fiscal quarter of the plan (its calendar) and a day inside it. */
function firstQuarter(p: Plan): { start: string; end: string; day: (d: number) => string } {
  const m = p.calendar.fiscalYearStartMonth;
  const mm = (k: number) => String(k).padStart(2, "0");
  const endMonth = m + 2;
  const last = new Date(Date.UTC(2025, endMonth, 0)).getUTCDate();
  return {
    start: `2025-${mm(m)}-01`,
    end: `2025-${mm(endMonth)}-${last}`,
    day: (d) => `2025-${mm(m + (d % 3))}-${mm(5 + d)}`,
  };
}

/** Evaluate a one-quarter ledger crediting `credit` of the primary metric in three events. */
function payOnLedger(p: Plan, credit: number, discount = 0): number {
  const r = planResponse(p);
  const q = firstQuarter(p);
  const type =
    r.primaryMetric === "expansionArr"
      ? "expansion"
      : r.primaryMetric === "renewalArr"
        ? "renewal"
        : "booking";
  const parts = credit === 0 ? [] : [0.5, 0.3, 0.2].map((s) => s * credit);
  const events = parts.map((arr, i) => ev(type, q.day(i), { arr, discount, account: `a${i}` }));
  const observations = [obs("grr", q.day(1), 0.9)];
  const statements = evaluate(
    p,
    ledger(events, { observations }),
    { start: q.start, end: q.end },
    { explain: false },
  );
  return evaluatorPay(statements[0]!, r.primaryComponents);
}

/** The first period's quota; a plan without a quota on the metric gets any positive number. */
function periodQuota(p: Plan, metric: string): number {
  const q = p.quotas.find((x) => x.metric === metric);
  return q === undefined ? 250_000 : q.annual * q.periodWeights[0]!;
}

function expectMatches(p: Plan): void {
  const r = planResponse(p);
  const Q = periodQuota(p, r.primaryMetric!);
  for (const a of ATTAINMENTS) {
    const credit = Math.round(a * Q);
    expect(r.periodPay(credit, Q), `${p.id} at ${a}`).toBeCloseTo(payOnLedger(p, credit), 1);
  }
}

describe("periodPay = the exact evaluator's period pay", () => {
  for (const name of EXAMPLE_PLANS) test(`example plan ${name}`, () => expectMatches(examplePlan(name)));

  test("primary components of the example plans", () => {
    expect(planResponse(examplePlan("ae-outcome")).primaryComponents).toEqual(["newArr"]);
    expect(planResponse(examplePlan("csm-outcome")).primaryComponents).toEqual(["expansion"]);
    expect(planResponse(examplePlan("ae-multiyear-vesting")).basis).toBe("ytd");
  });

  test("retroactive tiers with a threshold", () => {
    expectMatches(
      plan({
        components: [
          commission({
            tierRule: "retroactive",
            threshold: 0.5,
            tiers: [
              { from: 0, to: 1, rate: 0.08 },
              { from: 1, to: 1.5, rate: 0.12 },
              { from: 1.5, to: null, rate: 0.15 },
            ],
          }),
        ],
      }),
    );
  });

  test("marginal tiers with maxAttainment, component period cap and total period cap", () => {
    expectMatches(
      plan({
        components: [
          commission({
            tiers: [
              { from: 0, to: 1, rate: 0.1 },
              { from: 1, to: null, rate: 0.2 },
            ],
            cap: { perPeriod: null, perYear: null, maxAttainment: 1.5 },
          }),
        ],
      }),
    );
    expectMatches(
      plan({ components: [commission({ cap: { perPeriod: 25_000, perYear: null, maxAttainment: null } })] }),
    );
    expectMatches(plan({ components: [commission()], caps: { perPeriod: 20_000, perYear: null } }));
  });

  test("YTD basis: annual caps (component and total perYear) bind on the year's pay so far", () => {
    // Q1 of a YTD plan: YTD pay = the quarter's pay, so the evaluator's annual cap applies to it.
    // Hand-computed: 300k quarterly quota × 2.5 = 750k credit × 10% = 75,000 → capped at the cap.
    const componentCap = plan({
      components: [
        commission({ basis: "ytd", cap: { perPeriod: null, perYear: 15_000, maxAttainment: null } }),
      ],
    });
    const totalCap = plan({
      components: [commission({ basis: "ytd" })],
      caps: { perPeriod: null, perYear: 20_000 },
    });
    expectMatches(componentCap);
    expectMatches(totalCap);
    expect(planResponse(componentCap).periodPay(750_000, 300_000)).toBe(15_000);
    expect(planResponse(totalCap).periodPay(750_000, 300_000)).toBe(20_000);
    // below the cap: 100k × 10% = 10,000
    expect(planResponse(totalCap).periodPay(100_000, 300_000)).toBeCloseTo(10_000, 9);
  });

  test("attainment gate and attainment modifier on the primary metric", () => {
    expectMatches(
      plan({
        components: [
          commission({
            gates: [
              {
                metric: "attainment:newArr",
                scope: "rep",
                min: 0.6,
                max: null,
                failMultiplier: 0.5,
                missingMultiplier: 1,
              },
            ],
          }),
        ],
        modifiers: [
          {
            id: "kicker",
            label: "",
            metric: "attainment:newArr",
            scope: "rep",
            bands: [
              { from: null, to: 1, multiplier: 1 },
              { from: 1, to: null, multiplier: 1.2 },
            ],
            appliesTo: [],
            missingMultiplier: 1,
          },
        ],
      }),
    );
  });

  test("commission plus a quota-attainment bonus on the same metric (a cliff at 100%)", () => {
    const p = plan({
      components: [
        commission(),
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
    expect(planResponse(p).primaryComponents).toEqual(["newArr", "quotaBonus"]);
    expectMatches(p);
  });

  test("a bonus-only plan on a credited metric pays target × curve", () => {
    const p = plan({
      role: "CSM",
      quotas: [quota({ metric: "expansionArr", annual: 400_000 })],
      components: [
        bonus({
          id: "exp",
          metric: "expansionArr",
          measure: "attainment",
          targetAmount: 24_000,
          curve: [
            { x: 0.5, y: 0 },
            { x: 1, y: 1 },
            { x: 2, y: 3 },
          ],
        }),
      ],
    });
    expectMatches(p);
    expect(planResponse(p).periodPay(100_000, 100_000)).toBeCloseTo(6_000, 6);
  });

  test("dealMultiplier reproduces the evaluator's discount adjustment (ae-outcome, 20% discount → ×0.8)", () => {
    const p = examplePlan("ae-outcome");
    const r = planResponse(p);
    const credit = 180_000;
    expect(r.dealMultiplier(0.2, 12)).toBe(0.8);
    expect(r.periodPay(credit, 225_000) * r.dealMultiplier(0.2, 12)).toBeCloseTo(
      payOnLedger(p, credit, 0.2),
      1,
    );
    expect(planResponse(examplePlan("ae-multiyear-vesting")).dealMultiplier(0, 36)).toBe(1.2);
  });

  test("tiers on a metric without quota pay the first tier's rate, as the evaluator does", () => {
    expectMatches(
      plan({
        quotas: [],
        components: [
          commission({
            tiers: [
              { from: 0, to: 1, rate: 0.05 },
              { from: 1, to: null, rate: 0.2 },
            ],
          }),
        ],
      }),
    );
  });

  test("a plan with no credited pay has periodPay ≡ 0", () => {
    const p = plan({ role: "CSM", quotas: [], components: [bonus()] });
    const r = planResponse(p);
    expect(r.primaryMetric).toBeNull();
    expect(r.periodPay(1e6, 1e5)).toBe(0);
  });
});
