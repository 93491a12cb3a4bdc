import { describe, expect, it } from "vitest";
import { evaluate } from "../../sim/plan/evaluate.js";
import { booking, commission, dollars, FY2025, ledger, plan, quota, totals } from "./fixtures.js";

const TIERS = [
  { from: 0, to: 1, rate: 0.1 },
  { from: 1, to: 1.5, rate: 0.15 },
  { from: 1.5, to: null, rate: 0.2 },
];

describe("tiers: marginal vs retroactive on the same inputs", () => {
  // Quarterly quota = 1,200,000 × 0.25 = 300,000; Q1 bookings 200,000 + 200,000 = 400,000 → 133.3%.
  const l = ledger([booking("2025-01-15", 200_000), booking("2025-02-15", 200_000)]);
  it("marginal pays each slice at its tier's rate", () => {
    const [q1] = evaluate(plan({ components: [commission({ tiers: TIERS })] }), l, FY2025);
    // hand-computed: 300,000 × 10% + 100,000 × 15% = 30,000 + 15,000 = 45,000
    expect(dollars(q1!)).toBe(45_000);
    expect(q1!.lines.map((x) => x.description)).toEqual([
      "Tier 1 (0%–100%): $300,000.00 × 10% = $30,000.00",
      "Tier 2 (100%–150%): $100,000.00 × 15% = $15,000.00",
    ]);
    expect(q1!.attainment.newArr).toBeCloseTo(4 / 3, 12);
  });
  it("retroactive pays all credit at the tier reached", () => {
    const [q1] = evaluate(
      plan({ components: [commission({ tiers: TIERS, tierRule: "retroactive" })] }),
      l,
      FY2025,
    );
    // hand-computed: 400,000 × 15% = 60,000
    expect(dollars(q1!)).toBe(60_000);
    expect(q1!.lines).toHaveLength(1);
  });
  it("a deal straddling a tier boundary is split across tiers", () => {
    const one = ledger([booking("2025-01-15", 400_000)]);
    const [q1] = evaluate(plan({ components: [commission({ tiers: TIERS })] }), one, FY2025);
    expect(dollars(q1!)).toBe(45_000);
  });
});

describe("YTD basis with prior-paid netting", () => {
  // Bookings: Q1 200k, Q2 400k, Q3 500k, Q4 none. YTD quotas 300k, 600k, 900k, 1.2M.
  const l = ledger([
    booking("2025-02-01", 200_000),
    booking("2025-05-01", 400_000),
    booking("2025-08-01", 500_000),
  ]);
  it("marginal: each quarter pays YTD earnings minus prior paid; a shortfall carries forward", () => {
    const s = evaluate(plan({ components: [commission({ tiers: TIERS, basis: "ytd" })] }), l, FY2025);
    // hand-computed:
    // Q1: 200k × 10% = 20,000
    // Q2: YTD 600k at 100% → 600k × 10% = 60,000 − 20,000 = 40,000
    // Q3: YTD 1.1M vs 900k → 900k × 10% + 200k × 15% = 120,000 − 60,000 = 60,000
    // Q4: YTD 1.1M vs 1.2M → 110,000 < 120,000 paid → 0 (10,000 shortfall carried)
    expect(totals(s)).toEqual([20_000, 40_000, 60_000, 0]);
    expect(dollars(s[3]!, "ytdNetting")).toBe(-110_000);
    expect(s[3]!.lines.at(-1)!.description).toContain("shortfall is carried forward");
    expect(s[2]!.attainment.newArr).toBeCloseTo(1.1e6 / 9e5, 12); // YTD attainment reported
  });
  it("retroactive: the YTD payout is recomputed at the tier reached and netted", () => {
    const s = evaluate(
      plan({ components: [commission({ tiers: TIERS, basis: "ytd", tierRule: "retroactive" })] }),
      l,
      FY2025,
    );
    // hand-computed:
    // Q1: 200k/300k = 67% → 10% × 200k = 20,000
    // Q2: 600k/600k = 100% → 15% × 600k = 90,000 − 20,000 = 70,000
    // Q3: 1.1M/900k = 122% → 15% × 1.1M = 165,000 − 90,000 = 75,000
    // Q4: 1.1M/1.2M = 92% → 10% × 1.1M = 110,000 < 165,000 → 0
    expect(totals(s)).toEqual([20_000, 70_000, 75_000, 0]);
  });
  it("netting restarts each fiscal year", () => {
    const two = ledger([booking("2025-02-01", 300_000), booking("2026-02-01", 300_000)]);
    const s = evaluate(plan({ components: [commission({ basis: "ytd" })] }), two, {
      start: "2025-01-01",
      end: "2026-12-31",
    });
    // hand-computed: 300,000 × 10% = 30,000 in each year's Q1
    expect(totals(s)).toEqual([30_000, 0, 0, 0, 30_000, 0, 0, 0]);
  });
});

describe("threshold", () => {
  it("pays nothing below the threshold and everything above it", () => {
    const p = plan({ components: [commission({ threshold: 0.5 })] });
    const s = evaluate(p, ledger([booking("2025-01-15", 100_000), booking("2025-04-15", 150_000)]), FY2025);
    // hand-computed: Q1 100k/300k = 33% < 50% → 0; Q2 150k/300k = 50% → 150,000 × 10% = 15,000
    expect(totals(s).slice(0, 2)).toEqual([0, 15_000]);
    expect(dollars(s[0]!, "tier")).toBe(10_000);
    expect(dollars(s[0]!, "threshold")).toBe(-10_000);
  });
});

describe("per-deal adjustments", () => {
  it("multiplies a deal's commission by its discount and term multipliers", () => {
    const p = plan({
      components: [
        commission({
          discountAdjustments: [
            { maxDiscount: 0.1, multiplier: 1 },
            { maxDiscount: 0.25, multiplier: 0.8 },
            { maxDiscount: 1, multiplier: 0.5 },
          ],
          termAdjustments: [
            { minTermMonths: 36, multiplier: 1.2 },
            { minTermMonths: 24, multiplier: 1.1 },
          ],
        }),
      ],
    });
    const l = ledger([
      booking("2025-01-15", 100_000, { discount: 0.2, termMonths: 36, deal: "D1" }),
      booking("2025-01-20", 50_000, { discount: 0.05, termMonths: 12, deal: "D2" }),
    ]);
    const [q1] = evaluate(p, l, FY2025);
    // hand-computed: D1 100,000 × 10% × (0.8 × 1.2 = 0.96) = 9,600 (adjustment −400); D2 50,000 × 10% = 5,000
    expect(dollars(q1!)).toBe(14_600);
    expect(dollars(q1!, "adjustment")).toBe(-400);
    expect(q1!.lines.find((x) => x.kind === "adjustment")!.ref).toBe("D1");
  });
});

describe("quotas: proration and ramp", () => {
  it("prorates the period quota by days on plan", () => {
    const p = plan({ quotas: [quota({ prorate: true })], components: [commission({ tiers: TIERS })] });
    const l = ledger([booking("2025-03-10", 200_000)], { rep: { hireDate: "2025-02-15" } });
    const [q1] = evaluate(p, l, FY2025);
    // hand-computed: quota 300,000 × 45/90 = 150,000; 150,000 × 10% + 50,000 × 15% = 15,000 + 7,500 = 22,500
    expect(dollars(q1!)).toBe(22_500);
    expect(q1!.attainment.newArr).toBeCloseTo(200_000 / 150_000, 12);
  });
  it("ramps a new hire's monthly quota by tenure month", () => {
    const p = plan({
      calendar: { period: "month", fiscalYearStartMonth: 1 },
      quotas: [quota({ periodWeights: Array<number>(12).fill(1 / 12), ramp: [0.25, 0.5, 0.75] })],
      components: [commission({ tiers: TIERS })],
    });
    const l = ledger([booking("2025-01-20", 50_000), booking("2025-04-20", 50_000)], {
      rep: { hireDate: "2025-01-10" },
    });
    const s = evaluate(p, l, FY2025);
    // hand-computed: M01 quota 100,000 × 0.25 = 25,000, 50k = 200%:
    //   25,000 × 10% + 12,500 × 15% + 12,500 × 20% = 2,500 + 1,875 + 2,500 = 6,875
    // M04 fully ramped: 50,000 × 10% = 5,000
    expect(dollars(s[0]!)).toBe(6_875);
    expect(dollars(s[3]!)).toBe(5_000);
  });
  it("credits only events dated while the rep is on the plan", () => {
    const l = ledger([booking("2025-01-05", 100_000), booking("2025-03-05", 100_000)], {
      rep: { hireDate: "2020-01-01", planStart: "2025-02-01" },
    });
    const [q1] = evaluate(plan(), l, FY2025);
    expect(dollars(q1!)).toBe(10_000); // hand-computed: only the March deal, 100,000 × 10%
  });
  it("caps counted credit at maxAttainment", () => {
    const p = plan({
      components: [commission({ tiers: TIERS, cap: { perPeriod: null, perYear: null, maxAttainment: 1.5 } })],
    });
    const [q1] = evaluate(p, ledger([booking("2025-01-15", 600_000)]), FY2025);
    // hand-computed: only 450,000 counts: 300,000 × 10% + 150,000 × 15% = 52,500
    expect(dollars(q1!)).toBe(52_500);
  });
});
