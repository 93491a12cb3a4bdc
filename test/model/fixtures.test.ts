/**
 * The test-only plans of test/model/fixtures load through the real plan loader and mean what
 * their comments say, read through the behaviour model's view of them (planResponse) and checked
 * against hand-computed pay. Rate: 100,000 target variable / 900,000 quota = 11.11%; a quarter's
 * quota is 225,000, so the quarterly target is 225,000 × 11.11% = 25,000.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planResponse } from "../../sim/behavior/planResponse.js";
import { examplePlan, fixturePlan } from "./harness.js";

const Q = 225_000;
const pay = (name: string, credit: number, quota = Q): number =>
  planResponse(fixturePlan(name)).periodPay(credit, quota);

describe("test/model fixture plans", () => {
  it("every fixture loads through the plan loader", () => {
    const names = readdirSync(join(import.meta.dirname, "fixtures")).filter((f) => f.endsWith(".yaml"));
    expect(names.length).toBeGreaterThanOrEqual(7);
    for (const f of names) expect(fixturePlan(f.replace(/\.yaml$/, "")).role, f).toBe("AE");
  });

  it("ae-linear: 11.11% on every slice (hand-computed: 225,000 × 1/9 = 25,000; 450,000 → 50,000)", () => {
    expect(pay("ae-linear", Q)).toBeCloseTo(25_000, 6);
    expect(pay("ae-linear", 2 * Q)).toBeCloseTo(50_000, 6);
    expect(pay("ae-linear", 0.5 * Q)).toBeCloseTo(12_500, 6);
  });

  it("pay-level variants: double (22.2%), half (5.6%), and 11.1% plus a 5,000 quarterly quota bonus", () => {
    expect(pay("ae-linear-double", Q)).toBeCloseTo(50_000, 4);
    expect(pay("ae-linear-half", Q)).toBeCloseTo(12_500, 4);
    // just below quota: the commission only (224,000 × 1/9); at quota: + the 5,000 bonus
    expect(pay("ae-linear-quota-bonus", 224_000)).toBeCloseTo(224_000 / 9, 0);
    expect(pay("ae-linear-quota-bonus", Q)).toBeCloseTo(30_000, 0);
    expect(pay("ae-linear-quota-bonus", 2 * Q)).toBeCloseTo(55_000, 0);
  });

  it("ae-capped-quarter: the linear plan capped at 30,000 a quarter (reached at 120% of quota)", () => {
    expect(pay("ae-capped-quarter", Q)).toBeCloseTo(25_000, 6);
    expect(pay("ae-capped-quarter", 1.2 * Q)).toBeCloseTo(30_000, 6);
    expect(pay("ae-capped-quarter", 2 * Q)).toBe(30_000);
  });

  it("ae-annual-accelerating: YTD accelerators equal to ae-capped-ytd's below its cap", () => {
    const r = planResponse(fixturePlan("ae-annual-accelerating"));
    const capped = planResponse(examplePlan("ae-capped-ytd"));
    expect(r.basis).toBe("ytd");
    // hand-computed at 125% of 900k: 100,000 + 225,000 × 16.67% = 137,500
    expect(r.periodPay(1.25 * 900_000, 900_000)).toBeCloseTo(137_500, 6);
    expect(capped.periodPay(1.25 * 900_000, 900_000)).toBeCloseTo(137_500, 6);
    // at 200%: 137,500 + 675,000 × 22.22% = 287,500 uncapped; ae-capped-ytd stops at 200,000
    expect(r.periodPay(2 * 900_000, 900_000)).toBeCloseTo(287_500, 6);
    expect(capped.periodPay(2 * 900_000, 900_000)).toBe(200_000);
  });

  it("ae-mild-accelerating: 1.2× / 1.4× (hand-computed at 130%: 25,000 + 56,250 × 11.11% × 1.2 + 11,250 × 11.11% × 1.4 = 34,250)", () => {
    expect(pay("ae-mild-accelerating", Q)).toBeCloseTo(25_000, 6);
    expect(pay("ae-mild-accelerating", 1.3 * Q)).toBeCloseTo(34_250, 6);
  });

  it("ae-linear-clawback-short: half the commission back on churn within 30 days (≈ 0.99 months)", () => {
    const r = planResponse(fixturePlan("ae-linear-clawback-short"));
    expect([r.retentionPaid, r.outcomePaid, r.clawbackShare]).toEqual([true, false, 0.5]);
    expect(r.clawbackWindowMonths).toBeCloseTo(30 / 30.4375, 9);
    expect(planResponse(fixturePlan("ae-linear-clawback")).outcomePaid).toBe(false);
    expect(planResponse(fixturePlan("ae-linear-retention")).outcomePaid).toBe(true);
  });

  it("what each variant rewards besides credit (the levers it can tempt)", () => {
    const flags = (name: string) => {
      const r = planResponse(fixturePlan(name));
      return [r.retentionPaid, r.surveysPaid, r.clawbackShare, r.spiffPerDeal];
    };
    expect(flags("ae-linear")).toEqual([false, false, 0, 0]);
    expect(flags("ae-linear-clawback")).toEqual([true, false, 1, 0]);
    expect(planResponse(fixturePlan("ae-linear-clawback")).clawbackWindowMonths).toBeCloseTo(12, 1);
    expect(flags("ae-linear-retention")).toEqual([true, false, 0, 0]);
    expect(flags("ae-linear-nps")).toEqual([false, true, 0, 0]);
    expect(flags("ae-tempting")).toEqual([false, true, 0, 1_000]);
    // the clawback and NPS variants pay exactly the linear commission on credit
    for (const name of ["ae-linear-clawback", "ae-linear-nps"])
      expect(pay(name, 1.3 * Q)).toBeCloseTo(pay("ae-linear", 1.3 * Q), 6);
    // retention variant: 90% of target on the commission, 10% / 900k = 10% rate: 225,000 → 22,500
    expect(pay("ae-linear-retention", Q)).toBeCloseTo(22_500, 6);
  });
});
