/**
 * Oracle: the exact payout evaluator (sim/plan/evaluate.ts). positionPay reads every primary
 * component on its own basis and period (DESIGN §6, issue 12 item 3), so on a two-quarter ledger
 * the second quarter's pay of the primary components equals positionPay at the second quarter's
 * position — for a quarterly quota bonus beside a YTD commission, and for quarterly accelerators
 * under an annual cap. For single-basis plans its differences equal periodPay's.
 */
import { describe, expect, test } from "vitest";
import { planResponse } from "../../sim/behavior/planResponse.js";
import type { CreditPosition } from "../../sim/behavior/positionPay.js";
import type { Plan } from "../../sim/language/canonical.js";
import { evaluate } from "../../sim/plan/evaluate.js";
import { bonus, commission, ev, ledger, plan } from "../plan/fixtures.js";
import { examplePlan } from "./fixtures.js";

const ANNUAL = 1_200_000;
const Q = ANNUAL / 4;
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

/** The evaluator's Q2 pay of the primary components, with c1 credited in Q1 and c2 in Q2. */
function q2Pay(p: Plan, c1: number, c2: number): number {
  const events = [ev("booking", "2025-02-10", { arr: c1 }), ev("booking", "2025-05-10", { arr: c2 })].filter(
    (e) => e.arr > 0,
  );
  const st = evaluate(p, ledger(events), { start: "2025-01-01", end: "2025-06-30" }, { explain: false });
  const ids = planResponse(p).primaryComponents;
  let cents = 0;
  for (const l of st[1]!.lines)
    if (EARNING_KINDS.has(l.kind) && (ids.includes(l.component) || l.component === "plan"))
      cents += l.amountCents;
  return cents / 100;
}

function q2(c1: number, c2: number): CreditPosition {
  return { periodCredit: c2, periodQuota: Q, ytdCredit: c1 + c2, ytdQuota: 2 * Q, periodIndex: 1 };
}

const CREDITS = [0, 0.4, 0.9, 1.0, 1.2, 1.7].map((a) => a * Q);

function expectMatches(p: Plan): void {
  const r = planResponse(p);
  for (const c1 of CREDITS)
    for (const c2 of CREDITS)
      expect(r.positionPay(q2(c1, c2)), `Q1 ${c1}, Q2 ${c2}`).toBeCloseTo(q2Pay(p, c1, c2), 1);
}

describe("positionPay: each component on its own basis and period", () => {
  test("a quarterly quota bonus beside a YTD commission", () => {
    const p = plan({
      components: [
        commission({ basis: "ytd" }),
        bonus({
          id: "quarterBonus",
          metric: "newArr",
          measure: "attainment",
          basis: "period",
          targetAmount: 40_000,
          curve: [
            { x: 0.999, y: 0 },
            { x: 1, y: 1 },
          ],
          cap: { perPeriod: null, perYear: null, maxAttainment: 1 },
        }),
      ],
    });
    expect(planResponse(p).periodBasisParts).toBe(true);
    expectMatches(p);
    // hand-computed: Q1 1.2 Q, Q2 exactly Q → YTD commission pays 10% × Q on the quarter's
    // credit, the quarterly bonus its 10,000 (reached this quarter's quota on this quarter's credit)
    expect(planResponse(p).positionPay(q2(1.2 * Q, Q))).toBeCloseTo(0.1 * Q + 10_000, 6);
    // the bonus reads the quarter, not the year: a big Q1 does not earn it in a weak Q2
    expect(planResponse(p).positionPay(q2(2 * Q, 0.5 * Q))).toBeCloseTo(0.1 * 0.5 * Q, 6);
  });

  test("quarterly accelerators under an annual cap", () => {
    const p = plan({
      components: [
        commission({
          tiers: [
            { from: 0, to: 1, rate: 0.1 },
            { from: 1, to: null, rate: 0.2 },
          ],
        }),
      ],
      caps: { perPeriod: null, perYear: 60_000 },
    });
    expect(planResponse(p).periodBasisParts).toBe(true);
    expectMatches(p);
    // hand-computed: Q1 1.7 Q pays 30,000 + 42,000 = 72,000 → capped at 60,000: Q2 pays nothing
    expect(planResponse(p).positionPay(q2(1.7 * Q, Q))).toBe(0);
  });

  test("single-basis plans: differences equal periodPay's", () => {
    for (const name of ["ae-activity-era", "ae-capped-ytd", "ae-multiyear-vesting"]) {
      const r = planResponse(examplePlan(name));
      const q = 225_000;
      for (const idx of [0, 2])
        for (const before of [0, 0.8 * q * idx])
          for (const [a, b] of [
            [0.5 * q, 0.9 * q],
            [0.9 * q, 1.3 * q],
          ] as const) {
            const at = (c: number): CreditPosition => ({
              periodCredit: c,
              periodQuota: q,
              ytdCredit: before + c,
              ytdQuota: q * (idx + 1),
              periodIndex: idx,
            });
            const ytd = r.basis === "ytd";
            const pp = (c: number) => (ytd ? r.periodPay(before + c, q * (idx + 1)) : r.periodPay(c, q));
            expect(r.positionPay(at(b)) - r.positionPay(at(a)), `${name} ${idx} ${before} ${a}`).toBeCloseTo(
              pp(b) - pp(a),
              6,
            );
          }
    }
  });
});
