/**
 * Issue 13's boundary cases, hand-computed: credit that sums (in cents) exactly to a tier edge,
 * a gate or a threshold reaches it ("at 120% means ≥ 120%"), half cents round away from zero at
 * any size, and the statement text agrees with the comparison it reports.
 */
import { describe, expect, it } from "vitest";
import { AmountError } from "../../sim/core/limits.js";
import { evaluate } from "../../sim/plan/evaluate.js";
import { formatStatement } from "../../sim/plan/explain.js";
import { bonus, booking, commission, dollars, FY2025, ledger, plan, quota, totals } from "./fixtures.js";

describe("attainment exactly on a boundary", () => {
  // Quarterly quota 400,000 / 4 = 100,000.00. Six deals whose cents add up to 120,000.00:
  // 20,000.01 + 19,999.99 + 33,333.33 + 13,333.34 + 16,666.66 + 16,666.67 = 120,000.00.
  const deals = [20_000.01, 19_999.99, 33_333.33, 13_333.34, 16_666.66, 16_666.67];
  const retro = plan({
    quotas: [quota({ annual: 400_000 })],
    components: [
      commission({
        tierRule: "retroactive",
        tiers: [
          { from: 0, to: 1.2, rate: 0.25 },
          { from: 1.2, to: null, rate: 0.4 }, // 1.6 × 25%
        ],
      }),
    ],
  });

  it("120,000.00 on a 100,000 quota reaches the retroactive 1.6× tier at 120%: 48,000", () => {
    const l = ledger(deals.map((arr, i) => booking(`2025-02-${String(i + 10)}`, arr)));
    const [q1] = evaluate(retro, l, FY2025);
    // hand-computed: 120,000.00 × (25% × 1.6 = 40%) = 48,000.00
    expect(dollars(q1!)).toBe(48_000);
    expect(q1!.lines[0]!.description).toBe(
      "Tier 2 (120%+) reached at 120% attainment, applies to all credit: $120,000.00 × 40% = $48,000.00",
    );
    expect(q1!.attainment.newArr).toBe(1.2);
  });

  it("one cent less stays in tier 1 and says so: 119,999.99 × 25% = 29,999.9975 → 30,000.00", () => {
    const l = ledger(deals.map((arr, i) => booking(`2025-02-${String(i + 10)}`, i === 0 ? arr - 0.01 : arr)));
    const [q1] = evaluate(retro, l, FY2025);
    expect(dollars(q1!)).toBe(30_000);
    // 119.99999% is shown rounded down, never as "120%" beside tier 1 (0%–120%)
    expect(q1!.lines[0]!.description).toBe(
      "Tier 1 (0%–120%) reached at 119.99% attainment, applies to all credit: $119,999.99 × 25% = $30,000.00",
    );
  });

  it("a quarter adding to exactly 225,000.00 passes a 100% attainment gate: 36,600", () => {
    // Quota 900,000 / 4 = 225,000.00; a 10% commission plus a quarterly bonus of 56,400 / 4 =
    // 14,100 paid only when attainment ≥ 100% (gate, failMultiplier 0).
    const p = plan({
      quotas: [quota({ annual: 900_000 })],
      components: [
        commission(),
        bonus({
          id: "quotaBonus",
          metric: "newArr",
          measure: "attainment",
          targetAmount: 56_400,
          curve: [{ x: 0, y: 1 }],
          gates: [
            {
              metric: "attainment:newArr",
              scope: "rep",
              min: 1,
              max: null,
              failMultiplier: 0,
              missingMultiplier: 1,
            },
          ],
        }),
      ],
    });
    // 75,000.01 + 74,999.99 + 41,666.67 + 33,333.33 = 225,000.00
    const at = [75_000.01, 74_999.99, 41_666.67, 33_333.33];
    const [q1] = evaluate(p, ledger(at.map((arr, i) => booking(`2025-03-0${i + 1}`, arr))), FY2025);
    // hand-computed: 225,000.00 × 10% = 22,500 + 14,100 bonus = 36,600
    expect(dollars(q1!)).toBe(36_600);
    expect(dollars(q1!, "gate")).toBe(0);
    const below = at.map((arr, i) => booking(`2025-03-0${i + 1}`, i === 3 ? arr - 0.01 : arr));
    const [q1b] = evaluate(p, ledger(below), FY2025);
    // 224,999.99 × 10% = 22,499.999 → 22,500.00; the gate takes the 14,100 back
    expect(dollars(q1b!)).toBe(22_500);
    expect(q1b!.lines.find((l) => l.kind === "gate")!.description).toBe(
      "Gate: newArr attainment 99.99% fails ≥ 100% → ×0: $14,100.00 × (0 − 1) = -$14,100.00",
    );
  });

  it("a monthly YTD plan with threshold 100% pays at exactly 1,000,000.00 booked", () => {
    // Monthly quotas 1,000,000 / 12 split to the cent (four of 83,333.34, eight of 83,333.33);
    // the YTD quota in December is exactly 1,000,000.00.
    const p = plan({
      calendar: { period: "month", fiscalYearStartMonth: 1 },
      quotas: [quota({ annual: 1_000_000, periodWeights: Array<number>(12).fill(1 / 12) })],
      components: [commission({ basis: "ytd", threshold: 1 })],
    });
    const events = [];
    // Jan–Nov: 80,000.01 and 79,999.99 alternately: 880,000.01 by November (YTD quota 916,666.67)
    for (let m = 1; m <= 11; m++)
      events.push(booking(`2025-${String(m).padStart(2, "0")}-15`, m % 2 === 1 ? 80_000.01 : 79_999.99));
    // December: 33,333.33 + 33,333.33 + 53,333.33 = 119,999.99 → 1,000,000.00 in all
    for (const arr of [33_333.33, 33_333.33, 53_333.33]) events.push(booking("2025-12-10", arr));
    const s = evaluate(p, ledger(events), FY2025);
    expect(s[11]!.ytdCredited!.newArr).toBe(1_000_000);
    expect(s[11]!.ytdQuota!.newArr).toBe(1_000_000);
    expect(s.map((x) => x.quota.newArr).slice(0, 5)).toEqual([
      83_333.33, 83_333.34, 83_333.33, 83_333.33, 83_333.34,
    ]);
    // hand-computed: Jan–Nov below the threshold pay 0; December 1,000,000 × 10% = 100,000
    expect(totals(s)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100_000]);
    expect(formatStatement(s[11]!)).toContain("Attainment: newArr YTD 100% ($1,000,000.00 of $1,000,000.00)");
    expect(s[10]!.lines.find((l) => l.kind === "threshold")!.description).toBe(
      "YTD attainment 96% is below the 100% threshold: nothing is paid",
    );
  });
});

describe("half cents at any size", () => {
  it("34,824,999.99 × 50% = 17,412,499.995 → 17,412,500.00 (half away from zero)", () => {
    // 3 × 8,706,250.00 + 8,706,249.99 = 34,824,999.99; no quota: the flat rate pays all credit
    const p = plan({ quotas: [], components: [commission({ tiers: [{ from: 0, to: null, rate: 0.5 }] })] });
    const arrs = [8_706_250, 8_706_250, 8_706_250, 8_706_249.99];
    const [q1] = evaluate(p, ledger(arrs.map((arr, i) => booking(`2025-01-0${i + 1}`, arr))), FY2025);
    expect(q1!.totalCents).toBe(1_741_250_000);
    expect(q1!.lines[0]!.description).toBe("Rate: $34,824,999.99 × 50% = $17,412,500.00");
  });

  it("a discount adjustment of exactly half a cent rounds away from zero", () => {
    // 12,345.00 × 15% = 1,851.75; ×0.9 for a 20% discount: 1,851.75 × (0.9 − 1) = −185.175 → −185.18
    // (in doubles 0.9 − 1 = −0.09999999999999998 and the product −18,517.4999… cents would round to −185.17)
    const p = plan({
      quotas: [],
      components: [
        commission({
          tiers: [{ from: 0, to: null, rate: 0.15 }],
          discountAdjustments: [{ maxDiscount: 0.3, multiplier: 0.9 }],
        }),
      ],
    });
    const [q1] = evaluate(p, ledger([booking("2025-01-05", 12_345, { discount: 0.2 })]), FY2025);
    expect(q1!.lines.map((l) => l.amountCents)).toEqual([185_175, -18_518]);
    expect(q1!.totalCents).toBe(166_657);
  });

  it("a product beyond 2^53 (cents × rate digits) is still rounded exactly", () => {
    // 900,000,000,000.01 × 33.333333% = 299,999,997,000.0033… → 299,999,997,000.00
    const p = plan({
      quotas: [],
      components: [commission({ tiers: [{ from: 0, to: null, rate: 0.33333333 }] })],
    });
    const [q1] = evaluate(p, ledger([booking("2025-01-05", 900_000_000_000.01)]), FY2025);
    expect(q1!.totalCents).toBe(29_999_999_700_000);
  });

  it("a total that cannot be represented exactly in cents is an error, never ∞ or null", () => {
    const p = plan({ quotas: [], components: [commission({ tiers: [{ from: 0, to: null, rate: 1000 }] })] });
    const l = ledger([booking("2025-01-05", 1e12), booking("2025-01-06", 1e12)]);
    expect(() => evaluate(p, l, FY2025)).toThrow(AmountError);
    expect(() => evaluate(p, l, FY2025)).toThrow(/cannot be represented exactly in cents/);
  });
});
