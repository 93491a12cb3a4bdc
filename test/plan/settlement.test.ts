import { describe, expect, it } from "vitest";
import type { Clawback, Holdback, Vesting } from "../../sim/language/canonical.js";
import { evaluate } from "../../sim/plan/evaluate.js";
import { booking, commission, dollars, ev, FY2025, ledger, plan, totals } from "./fixtures.js";

const hold = (over: Partial<Holdback> = {}): Holdback => ({
  share: 0.2,
  release: "collection",
  forfeitOnChurn: true,
  forfeitOnTermination: true,
  ...over,
});
const claw = (over: Partial<Clawback> = {}): Clawback => ({
  windowDays: 180,
  triggers: ["churn", "downgrade", "noActivation"],
  recovery: "full",
  share: 1,
  ...over,
});

describe("holdback", () => {
  // Booking 100,000 on 2025-01-10 → commission 10,000; 20% = 2,000 held.
  it("is released on the deal's collection", () => {
    const p = plan({ components: [commission({ holdback: hold() })] });
    const l = ledger([
      booking("2025-01-10", 100_000, { account: "A", deal: "D1" }),
      ev("collection", "2025-05-02", { account: "A", deal: "D1" }),
    ]);
    const s = evaluate(p, l, FY2025);
    // hand-computed: Q1 10,000 − 2,000 = 8,000; Q2 release 2,000
    expect(totals(s)).toEqual([8_000, 2_000, 0, 0]);
    expect(s[1]!.lines[0]!.kind).toBe("release");
  });
  it("is forfeited when the account churns before collection", () => {
    const p = plan({ components: [commission({ holdback: hold() })] });
    const l = ledger([
      booking("2025-01-10", 100_000, { account: "A", deal: "D1" }),
      ev("churn", "2025-04-01", { account: "A", arr: 100_000 }),
      ev("collection", "2025-05-02", { account: "A", deal: "D1" }),
    ]);
    const s = evaluate(p, l, FY2025);
    expect(totals(s)).toEqual([8_000, 0, 0, 0]);
    expect(s[1]!.lines.map((x) => x.kind)).toEqual(["forfeit"]);
  });
  it("is released at fiscal year end, or forfeited when the rep leaves first", () => {
    const p = plan({ components: [commission({ holdback: hold({ release: "yearEnd" }) })] });
    const l = ledger([booking("2025-01-10", 100_000)]);
    expect(totals(evaluate(p, l, FY2025))).toEqual([8_000, 0, 0, 2_000]);
    const left = ledger([booking("2025-01-10", 100_000)], { rep: { terminationDate: "2025-10-15" } });
    expect(totals(evaluate(p, left, FY2025))).toEqual([8_000, 0, 0, 0]);
    const kept = plan({
      components: [commission({ holdback: hold({ release: "yearEnd", forfeitOnTermination: false }) })],
    });
    expect(totals(evaluate(kept, left, FY2025))).toEqual([8_000, 0, 0, 2_000]);
  });
  it("is released on the account's renewal", () => {
    const p = plan({ components: [commission({ holdback: hold({ release: "renewal" }) })] });
    const l = ledger([
      booking("2025-01-10", 100_000, { account: "A" }),
      ev("renewal", "2025-08-01", { account: "A", arr: 100_000 }),
    ]);
    expect(totals(evaluate(p, l, FY2025))).toEqual([8_000, 0, 2_000, 0]);
  });
});

describe("vesting over 3 years", () => {
  const v = (over: Partial<Vesting> = {}): Vesting => ({
    schedule: [
      { afterMonths: 0, share: 0.5 },
      { afterMonths: 12, share: 0.25 },
      { afterMonths: 24, share: 0.25 },
    ],
    requireActiveAccount: true,
    forfeitOnTermination: true,
    ...over,
  });
  const range = { start: "2025-01-01", end: "2027-12-31" };
  it("defers the later tranches and pays them when they vest", () => {
    const p = plan({ components: [commission({ vesting: v() })] });
    const s = evaluate(p, ledger([booking("2025-03-15", 100_000, { account: "A" })]), range);
    // hand-computed: 10,000 earned; 50% now = 5,000 (deferral −5,000); 2,500 on 2026-03-15; 2,500 on 2027-03-15
    expect(totals(s)).toEqual([5_000, 0, 0, 0, 2_500, 0, 0, 0, 2_500, 0, 0, 0]);
    expect(dollars(s[0]!, "deferral")).toBe(-5_000);
    expect(s[4]!.lines[0]!.kind).toBe("vest");
  });
  it("forfeits unvested tranches when the account churns", () => {
    const p = plan({ components: [commission({ vesting: v() })] });
    const l = ledger([
      booking("2025-03-15", 100_000, { account: "A" }),
      ev("churn", "2026-06-01", { account: "A", arr: 100_000 }),
    ]);
    const s = evaluate(p, l, range);
    // hand-computed: 5,000 now, 2,500 vests 2026-03-15 (before the churn), the 2027 tranche is forfeited
    expect(totals(s)).toEqual([5_000, 0, 0, 0, 2_500, 0, 0, 0, 0, 0, 0, 0]);
    expect(s[5]!.lines.map((x) => x.kind)).toEqual(["forfeit"]);
  });
  it("forfeits unvested tranches when the rep leaves (unless the plan says otherwise)", () => {
    const l = ledger([booking("2025-03-15", 100_000)], { rep: { terminationDate: "2025-12-31" } });
    expect(
      totals(evaluate(plan({ components: [commission({ vesting: v() })] }), l, range)).reduce(
        (a, b) => a + b,
      ),
    ).toBe(5_000);
    const keep = plan({ components: [commission({ vesting: v({ forfeitOnTermination: false }) })] });
    expect(totals(evaluate(keep, l, range)).reduce((a, b) => a + b)).toBe(10_000);
  });
  it("vests the non-held part when combined with a holdback", () => {
    const p = plan({ components: [commission({ vesting: v(), holdback: hold({ release: "yearEnd" }) })] });
    const s = evaluate(p, ledger([booking("2025-03-15", 100_000)]), range);
    // hand-computed: 10,000; held 2,000 (paid 2025 Q4); the other 8,000: 4,000 now, 2,000 in 2026, 2,000 in 2027
    expect(totals(s)).toEqual([4_000, 0, 0, 2_000, 2_000, 0, 0, 0, 2_000, 0, 0, 0]);
  });
});

describe("clawbacks", () => {
  // Booking 100,000 on 2025-01-10 → 10,000 commission.
  const deal = () => booking("2025-01-10", 100_000, { account: "A", deal: "D1" });
  const activation = () =>
    ev("milestone", "2025-02-01", { account: "A", deal: "D1", milestone: "activation" });
  it("recovers in full on churn inside the window, in the churn's period", () => {
    const p = plan({ components: [commission({ clawback: claw() })] });
    const s = evaluate(
      p,
      ledger([deal(), activation(), ev("churn", "2025-04-20", { account: "A", arr: 100_000 })]),
      FY2025,
    );
    // hand-computed: Q2 −1.0 × 10,000 = −10,000
    expect(totals(s)).toEqual([10_000, -10_000, 0, 0]);
    expect(s[1]!.lines[0]).toMatchObject({ kind: "clawback", ref: "D1", amountCents: -1_000_000 });
  });
  it("prorates by days left in the window", () => {
    const p = plan({ components: [commission({ clawback: claw({ recovery: "prorated", share: 0.5 }) })] });
    const s = evaluate(
      p,
      ledger([deal(), activation(), ev("churn", "2025-04-20", { account: "A", arr: 100_000 })]),
      FY2025,
    );
    // hand-computed: churn 100 days after booking → 80 of 180 days left: 10,000 × 0.5 × 80/180 = 2,222.22
    expect(dollars(s[1]!)).toBe(-2_222.22);
  });
  it("ignores churn after the window", () => {
    const p = plan({ components: [commission({ clawback: claw() })] });
    const s = evaluate(
      p,
      ledger([deal(), activation(), ev("churn", "2025-07-30", { account: "A", arr: 100_000 })]),
      FY2025,
    );
    expect(totals(s)).toEqual([10_000, 0, 0, 0]); // 201 days > 180
  });
  it("recovers a downgrade in proportion to ARR lost, then the rest on churn", () => {
    const p = plan({ components: [commission({ clawback: claw() })] });
    const l = ledger([
      deal(),
      activation(),
      ev("contraction", "2025-03-01", { account: "A", deal: "D1", arr: 25_000 }),
      ev("churn", "2025-05-01", { account: "A", arr: 75_000 }),
    ]);
    const s = evaluate(p, l, FY2025);
    // hand-computed: Q1 10,000 − 10,000 × 25% = 7,500; Q2 churn recovers the remaining 75%: −7,500
    expect(totals(s)).toEqual([7_500, -7_500, 0, 0]);
  });
  it("recovers at window end when the account never activates", () => {
    const p = plan({ components: [commission({ clawback: claw({ windowDays: 90, share: 0.5 }) })] });
    const s = evaluate(p, ledger([deal()]), FY2025);
    // hand-computed: window ends 2025-04-10 (Q2): 10,000 × 50% = 5,000
    expect(totals(s)).toEqual([10_000, -5_000, 0, 0]);
    const late = evaluate(p, ledger([booking("2025-12-01", 100_000)]), FY2025);
    expect(totals(late)).toEqual([0, 0, 0, 10_000]); // window ends 2026-03-01, outside the range
  });
  it("does not recover held amounts that were forfeited", () => {
    const p = plan({
      components: [commission({ clawback: claw({ triggers: ["churn"] }), holdback: hold() })],
    });
    const s = evaluate(
      p,
      ledger([deal(), ev("churn", "2025-04-20", { account: "A", arr: 100_000 })]),
      FY2025,
    );
    // hand-computed: Q1 10,000 − 2,000 held = 8,000; churn forfeits the 2,000 and recovers 10,000 − 2,000 = 8,000
    expect(totals(s)).toEqual([8_000, -8_000, 0, 0]);
  });
});

describe("draws", () => {
  const l = ledger(
    [booking("2025-01-10", 20_000), booking("2025-04-10", 70_000), booking("2025-07-10", 40_000)],
    {
      rep: { hireDate: "2025-01-01" },
    },
  );
  it("non-recoverable: tops up to the guarantee for the first periods and is never recovered", () => {
    const p = plan({ draw: { type: "nonRecoverable", amountPerPeriod: 5_000, periods: 2 } });
    // hand-computed: Q1 2,000 + 3,000 draw = 5,000; Q2 7,000; Q3 4,000 (draw period over)
    expect(totals(evaluate(p, l, FY2025))).toEqual([5_000, 7_000, 4_000, 0]);
  });
  it("recoverable: recovers top-ups from later pay above the guarantee", () => {
    const p = plan({ draw: { type: "recoverable", amountPerPeriod: 5_000, periods: 2 } });
    const s = evaluate(p, l, FY2025);
    // hand-computed: Q1 top-up 3,000 (balance 3,000); Q2 7,000 − min(3,000, 7,000 − 5,000) = 5,000 (balance 1,000);
    //   Q3 4,000 − 1,000 = 3,000
    expect(totals(s)).toEqual([5_000, 5_000, 3_000, 0]);
    expect(dollars(s[1]!, "drawRecovery")).toBe(-2_000);
  });
});
