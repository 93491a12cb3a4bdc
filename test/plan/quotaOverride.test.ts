/**
 * Per-rep, per-fiscal-year quotas from the ledger (Ledger.quotas, set by a quota-setting rule
 * such as a simulated ratchet): they replace the plan's annual quota in that year only, for
 * period attainment, tiers, thresholds, YTD quotas and bonuses alike. Oracle: hand computation
 * in the comments (plan fixture: annual 1,200,000, equal quarterly weights, 10% / 15% / 20%).
 */
import { describe, expect, it } from "vitest";
import type { Ledger } from "../../sim/core/ledger.js";
import { evaluate } from "../../sim/plan/evaluate.js";
import { bonus, booking, commission, dollars, ledger, plan, quota, totals } from "./fixtures.js";

const TIERS = [
  { from: 0, to: 1, rate: 0.1 },
  { from: 1, to: 1.5, rate: 0.15 },
  { from: 1.5, to: null, rate: 0.2 },
];
const TWO_YEARS = { start: "2025-01-01", end: "2026-12-31" } as const;
const tiered = plan({ components: [commission({ tiers: TIERS })] });

// 400,000 booked in Q1 of each year
const base = ledger([booking("2025-01-15", 400_000), booking("2026-01-15", 400_000)]);
const withQuotas = (quotas: Ledger["quotas"]): Ledger => ({ ...base, quotas });

describe("ledger quota overrides", () => {
  it("apply to their fiscal year only", () => {
    const s = evaluate(
      tiered,
      withQuotas([{ metric: "newArr", fiscalYear: 2026, annual: 1_600_000 }]),
      TWO_YEARS,
    );
    // FY2025 Q1: quota 1,200,000 × 25% = 300,000 → 300,000 × 10% + 100,000 × 15% = 45,000
    expect(dollars(s[0]!)).toBe(45_000);
    expect(s[0]!.quota.newArr).toBe(300_000);
    // FY2026 Q1: quota 1,600,000 × 25% = 400,000 → 400,000 × 10% = 40,000 (no accelerator)
    expect(dollars(s[4]!)).toBe(40_000);
    expect(s[4]!.quota.newArr).toBe(400_000);
    expect(s[4]!.attainment.newArr).toBe(1);
  });
  it("absent or empty equals the plan's quotas exactly", () => {
    const plain = evaluate(tiered, base, TWO_YEARS);
    expect(evaluate(tiered, withQuotas([]), TWO_YEARS)).toEqual(plain);
    expect(
      evaluate(tiered, withQuotas([{ metric: "newArr", fiscalYear: 2026, annual: 1_200_000 }]), TWO_YEARS),
    ).toEqual(plain);
  });
  it("a metric the plan has no quota on is ignored", () => {
    const plain = evaluate(tiered, base, TWO_YEARS);
    expect(evaluate(tiered, withQuotas([{ metric: "tcv", fiscalYear: 2025, annual: 1 }]), TWO_YEARS)).toEqual(
      plain,
    );
  });
  it("YTD quotas and thresholds read the year's own quota", () => {
    const ytd = plan({ components: [commission({ tiers: TIERS, basis: "ytd", threshold: 0.5 })] });
    const l: Ledger = {
      ...ledger([booking("2025-02-01", 200_000), booking("2025-05-01", 400_000)]),
      quotas: [{ metric: "newArr", fiscalYear: 2025, annual: 2_000_000 }],
    };
    const s = evaluate(ytd, l, { start: "2025-01-01", end: "2025-12-31" });
    // YTD quotas 500k, 1M, 1.5M, 2M (2,000,000 × 25% a quarter).
    // Q1: 200k / 500k = 40% < 50% threshold → 0
    // Q2: 600k / 1M = 60% ≥ 50% → 600k × 10% = 60,000, nothing paid before → 60,000
    // Q3: 600k / 1.5M = 40% < 50% → YTD earnings 0 < 60,000 paid → 0; Q4 likewise
    expect(totals(s)).toEqual([0, 60_000, 0, 0]);
    expect(s[1]!.quota.newArr).toBe(500_000);
    expect(s[1]!.attainment.newArr).toBeCloseTo(0.6, 12);
  });
  it("weights, ramp and proration apply to the override", () => {
    const p = plan({
      quotas: [quota({ periodWeights: [0.1, 0.2, 0.3, 0.4], prorate: true })],
      components: [commission({ tiers: TIERS })],
    });
    const l: Ledger = {
      ...ledger([booking("2025-03-01", 100_000)], { rep: { planStart: "2025-02-15" } }),
      quotas: [{ metric: "newArr", fiscalYear: 2025, annual: 2_000_000 }],
    };
    const [q1] = evaluate(p, l, { start: "2025-01-01", end: "2025-03-31" });
    // Q1 quota = 2,000,000 × 10% × (45 of 90 days on plan: Feb 15 – Mar 31) = 100,000
    expect(q1!.quota.newArr).toBeCloseTo(100_000, 6);
    expect(dollars(q1!)).toBe(10_000); // 100,000 × 10%, exactly at 100%
  });
  it("a bonus on quota attainment reads the override", () => {
    const p = plan({
      components: [
        bonus({
          id: "att",
          metric: "newArr",
          measure: "attainment",
          targetAmount: 40_000,
          curve: [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ],
        }),
      ],
    });
    const l: Ledger = {
      ...ledger([booking("2025-01-15", 400_000)]),
      quotas: [{ metric: "newArr", fiscalYear: 2025, annual: 3_200_000 }],
    };
    const [q1] = evaluate(p, l, { start: "2025-01-01", end: "2025-03-31" });
    // Q1 quota 3,200,000 × 25% = 800,000; attainment 50% → 40,000 / 4 × 0.5 = 5,000
    expect(dollars(q1!)).toBe(5_000);
  });
  it("bad overrides are refused with the rep and year", () => {
    expect(() =>
      evaluate(tiered, withQuotas([{ metric: "newArr", fiscalYear: 2025, annual: -1 }]), TWO_YEARS),
    ).toThrow("rep r1: newArr quota for FY2025 must be ≥ 0, got -1");
    expect(() =>
      evaluate(
        tiered,
        withQuotas([
          { metric: "newArr", fiscalYear: 2025, annual: 1 },
          { metric: "newArr", fiscalYear: 2025, annual: 2 },
        ]),
        TWO_YEARS,
      ),
    ).toThrow("rep r1: two newArr quotas for FY2025");
  });
});
