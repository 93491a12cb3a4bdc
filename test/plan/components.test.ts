import { describe, expect, it } from "vitest";
import { curveAt } from "../../sim/plan/curve.js";
import { evaluate } from "../../sim/plan/evaluate.js";
import {
  bonus,
  booking,
  commission,
  dollars,
  ev,
  FY2025,
  ledger,
  milestone,
  obs,
  plan,
  pool,
  quota,
  spiff,
  totals,
} from "./fixtures.js";

describe("bonus", () => {
  it("interpolates the curve and is flat beyond its ends", () => {
    const curve = [
      { x: 0.8, y: 0 },
      { x: 0.9, y: 1 },
      { x: 1, y: 2 },
    ];
    expect(curveAt(curve, 0.5)).toBe(0);
    expect(curveAt(curve, 0.95)).toBeCloseTo(1.5, 12);
    expect(curveAt(curve, 1.3)).toBe(2);
  });
  it("pays target × curve(value) of a measured metric", () => {
    const p = plan({ quotas: [], components: [bonus()] });
    const l = ledger([], { observations: [obs("grr", "2025-03-31", 0.95), obs("grr", "2025-06-30", 0.85)] });
    const s = evaluate(p, l, FY2025);
    // hand-computed: quarterly target 20,000 / 4 = 5,000; Q1 × 1.5 = 7,500; Q2 × 0.5 = 2,500; Q3 no value → 0
    expect(totals(s)).toEqual([7_500, 2_500, 0, 0]);
    expect(s[2]!.lines[0]!.description).toContain("No grr value");
  });
  it("reads attainment of a credited metric's quota", () => {
    const p = plan({
      components: [
        bonus({
          id: "att",
          metric: "newArr",
          measure: "attainment",
          curve: [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
            { x: 2, y: 3 },
          ],
        }),
      ],
    });
    const [q1] = evaluate(p, ledger([booking("2025-02-01", 360_000)]), FY2025);
    // hand-computed: 360k / 300k = 1.2 → y = 1 + 0.2 × 2 = 1.4; 5,000 × 1.4 = 7,000
    expect(dollars(q1!)).toBe(7_000);
  });
  it("lower-is-better metrics invert the ratio to target", () => {
    const p = plan({
      quotas: [],
      components: [
        bonus({
          metric: "ces",
          measure: "attainment",
          target: 3,
          curve: [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
            { x: 2, y: 2 },
          ],
        }),
      ],
    });
    const [q1] = evaluate(p, ledger([], { observations: [obs("ces", "2025-02-01", 2.5)] }), FY2025);
    // hand-computed: x = 3 / 2.5 = 1.2 → 5,000 × 1.2 = 6,000
    expect(dollars(q1!)).toBe(6_000);
  });
  it("YTD basis nets the YTD target × curve against prior payments", () => {
    const p = plan({
      components: [
        bonus({
          metric: "newArr",
          measure: "attainment",
          basis: "ytd",
          curve: [
            { x: 0, y: 0 },
            { x: 2, y: 2 },
          ],
        }),
      ],
    });
    const s = evaluate(p, ledger([booking("2025-02-01", 150_000), booking("2025-05-01", 450_000)]), FY2025);
    // hand-computed: Q1 x = 150/300 = 0.5 → 5,000 × 0.5 = 2,500
    //   Q2 x = 600/600 = 1 → 10,000 × 1 = 10,000 − 2,500 = 7,500
    //   Q3 x = 600/900 → 15,000 × 0.6667 = 10,000 − 10,000 = 0; Q4 x = 0.5 → 10,000 < 10,000 → 0
    expect(totals(s)).toEqual([2_500, 7_500, 0, 0]);
  });
});

describe("gates", () => {
  it("an attainment gate reads the period attainment and applies failMultiplier", () => {
    const gate = {
      metric: "attainment:newArr",
      scope: "rep",
      min: 0.5,
      max: null,
      failMultiplier: 0,
      missingMultiplier: 1,
    } as const;
    const p = plan({ components: [bonus({ id: "b", gates: [gate] }), commission()] });
    const l = ledger([booking("2025-01-15", 100_000), booking("2025-04-15", 200_000)], {
      observations: [obs("grr", "2025-03-31", 0.9), obs("grr", "2025-06-30", 0.9)],
    });
    const s = evaluate(p, l, FY2025);
    // hand-computed: Q1 attainment 33% < 50% → bonus 5,000 × (0 − 1) = −5,000; commission 10,000
    //   Q2 67% ≥ 50% → bonus 5,000 + commission 20,000
    expect(dollars(s[0]!, "gate", "b")).toBe(-5_000);
    expect(totals(s).slice(0, 2)).toEqual([10_000, 25_000]);
  });
  it("a measured gate uses failMultiplier and missingMultiplier", () => {
    const gate = {
      metric: "csat",
      scope: "rep",
      min: 4,
      max: null,
      failMultiplier: 0.5,
      missingMultiplier: 0.8,
    } as const;
    const p = plan({ components: [commission({ gates: [gate] })] });
    const l = ledger(
      [booking("2025-01-15", 100_000), booking("2025-04-15", 100_000), booking("2025-07-15", 100_000)],
      {
        observations: [obs("csat", "2025-02-01", 3.8), obs("csat", "2025-05-01", 4.2)],
      },
    );
    const s = evaluate(p, l, FY2025);
    // hand-computed: Q1 10,000 × 0.5 = 5,000; Q2 met 10,000; Q3 missing 10,000 × 0.8 = 8,000
    expect(totals(s).slice(0, 3)).toEqual([5_000, 10_000, 8_000]);
  });
});

describe("modifiers", () => {
  const nps = {
    id: "nps",
    label: "NPS kicker",
    metric: "nps",
    scope: "rep",
    bands: [
      { from: null, to: 0, multiplier: 0.8 },
      { from: 0, to: 50, multiplier: 1 },
      { from: 50, to: null, multiplier: 1.4 },
    ],
    appliesTo: [],
    missingMultiplier: 1,
  } as const;
  it("multiplies by the band of the latest observation in the period", () => {
    const l = ledger([booking("2025-01-15", 20_000), booking("2025-04-15", 20_000)], {
      observations: [
        obs("nps", "2025-02-01", 20),
        obs("nps", "2025-03-01", 60),
        obs("nps", "2025-05-01", -10),
      ],
    });
    const s = evaluate(plan({ modifiers: [nps] }), l, FY2025);
    // hand-computed: Q1 latest NPS 60 → 20,000 × 0.10 × 1.4 = 2,800; Q2 NPS −10 → 2,000 × 0.8 = 1,600
    expect(totals(s).slice(0, 2)).toEqual([2_800, 1_600]);
    expect(s[0]!.lines[1]!.description).toBe(
      "NPS kicker: nps 60 in band [50, ∞) → ×1.4: $2,000.00 × (1.4 − 1) = $800.00",
    );
  });
  it("applies only to the named components and reads the given scope", () => {
    const l = ledger([booking("2025-01-15", 20_000)], {
      observations: [obs("nps", "2025-02-01", 60, "team")],
    });
    const teamNps = { ...nps, scope: "team", appliesTo: ["spiff"] } as const;
    const s = evaluate(
      plan({ modifiers: [teamNps], components: [commission(), spiff({ id: "spiff" })] }),
      l,
      FY2025,
    );
    // hand-computed: commission 2,000 unmodified + SPIFF 500 × 1.4 = 700 → 2,700
    expect(dollars(s[0]!)).toBe(2_700);
  });
});

describe("caps", () => {
  const l = ledger([booking("2025-01-15", 400_000), booking("2025-04-15", 400_000)]);
  it("caps a component per period and per year", () => {
    const perPeriod = evaluate(
      plan({ components: [commission({ cap: { perPeriod: 25_000, perYear: null, maxAttainment: null } })] }),
      l,
      FY2025,
    );
    // hand-computed: 400,000 × 10% = 40,000 → capped at 25,000
    expect(totals(perPeriod).slice(0, 2)).toEqual([25_000, 25_000]);
    const perYear = evaluate(
      plan({ components: [commission({ cap: { perPeriod: null, perYear: 50_000, maxAttainment: null } })] }),
      l,
      FY2025,
    );
    // hand-computed: Q1 40,000; Q2 40,000 → only 10,000 left under 50,000
    expect(totals(perYear).slice(0, 2)).toEqual([40_000, 10_000]);
  });
  it("caps total variable pay per period and per year", () => {
    const p = plan({ components: [commission(), spiff()], caps: { perPeriod: 40_000, perYear: 60_000 } });
    const s = evaluate(p, l, FY2025);
    // hand-computed: Q1 40,000 + 500 = 40,500 → 40,000; Q2 40,500 → 40,000 → annual 60,000 leaves 20,000
    expect(totals(s).slice(0, 2)).toEqual([40_000, 20_000]);
    expect(s[1]!.lines.filter((x) => x.kind === "cap" && x.component === "plan")).toHaveLength(2);
  });
});

describe("milestone uplift", () => {
  it("pays rate × deal ARR when the milestone comes within the window, in the milestone's period", () => {
    const p = plan({ components: [commission(), milestone()] });
    const l = ledger([
      booking("2025-01-10", 50_000, { account: "A", deal: "D1" }),
      booking("2025-01-20", 80_000, { account: "B", deal: "D2" }),
      ev("milestone", "2025-04-05", { account: "A", deal: "D1", milestone: "activation" }), // 85 days
      ev("milestone", "2025-05-01", { account: "B", milestone: "activation" }), // 101 days: too late
    ]);
    const s = evaluate(p, l, FY2025);
    // hand-computed: Q2 50,000 × 2% = 1,000 (D2 is outside the 90-day window)
    expect(dollars(s[1]!, "milestone")).toBe(1_000);
    expect(dollars(s[0]!, "milestone")).toBe(0);
  });
});

describe("SPIFF", () => {
  it("pays per qualifying event, with a condition and a per-period limit", () => {
    const p = plan({
      components: [spiff({ condition: "termMonths >= 24 and arr >= 50000", maxPerPeriod: 2 })],
    });
    const l = ledger([
      booking("2025-01-10", 60_000, { termMonths: 36 }),
      booking("2025-01-11", 40_000, { termMonths: 36 }), // arr too small
      booking("2025-02-10", 70_000, { termMonths: 24 }),
      booking("2025-03-10", 90_000, { termMonths: 24 }), // over the limit
      booking("2025-04-10", 90_000, { termMonths: 24 }),
    ]);
    const s = evaluate(p, l, FY2025);
    // hand-computed: Q1 2 × 500 = 1,000 (third qualifying event over the limit); Q2 500
    expect(totals(s).slice(0, 2)).toEqual([1_000, 500]);
  });
});

describe("pool", () => {
  it("pays fundingRate × metric × the role's share", () => {
    const p = plan({ components: [pool()] });
    const l = ledger([ev("expansion", "2025-02-01", { arr: 100_000 })]);
    // hand-computed: 100,000 × 10% × 50% = 5,000
    expect(dollars(evaluate(p, l, FY2025)[0]!)).toBe(5_000);
    const csm = plan({
      role: "CSM",
      components: [pool({ shares: { AE: 0.3, CSM: 0.7 } })],
      quotas: [quota({ metric: "expansionArr" })],
    });
    expect(dollars(evaluate(csm, l, FY2025)[0]!)).toBe(7_000); // 100,000 × 10% × 70%
  });
});
