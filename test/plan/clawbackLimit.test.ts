/**
 * Issue 15 item 10: clawbacks and forfeitures never recover more than was paid. A clawback of a
 * fraction f of a deal's commission cancels f of what is still held or unvested and recovers f
 * of what was paid (sim/plan/README.md, "Clawback"). Before this rule, a downgrade recovered its
 * share of the whole commission — held and unvested parts included — and the later churn
 * recovered again from what had been paid: more than the rep ever received.
 */
import { describe, expect, it } from "vitest";
import type { Clawback } from "../../sim/language/canonical.js";
import { evaluate } from "../../sim/plan/evaluate.js";
import type { Statement } from "../../sim/plan/statement.js";
import { booking, commission, dollars, ev, FY2025, ledger, plan } from "./fixtures.js";
import { randomLedger, randomPlan, rng } from "./random.js";

const claw = (over: Partial<Clawback> = {}): Clawback => ({
  windowDays: 365,
  triggers: ["churn", "downgrade"],
  recovery: "full",
  share: 1,
  ...over,
});
// Booking 100,000 on 2025-01-10 at 10% → 10,000 earned.
const deal = () => booking("2025-01-10", 100_000, { account: "A", deal: "D1" });
const sum = (s: readonly Statement[]) => s.reduce((a, x) => a + x.totalCents, 0) / 100;

describe("a clawback never recovers more than was paid", () => {
  it("multi-year vesting plan: a downgrade then a churn recover exactly what was paid", () => {
    const p = plan({
      components: [
        commission({
          holdback: { share: 0.2, release: "collection", forfeitOnChurn: true, forfeitOnTermination: false },
          vesting: {
            schedule: [
              { afterMonths: 0, share: 0.5 },
              { afterMonths: 12, share: 0.25 },
              { afterMonths: 24, share: 0.25 },
            ],
            requireActiveAccount: true,
            forfeitOnTermination: true,
          },
          clawback: claw(),
        }),
      ],
    });
    const l = ledger([
      deal(),
      ev("contraction", "2025-03-01", { account: "A", deal: "D1", arr: 50_000 }),
      ev("churn", "2025-05-01", { account: "A", arr: 50_000 }),
    ]);
    const s = evaluate(p, l, { start: "2025-01-01", end: "2027-12-31" });
    // hand-computed: 10,000 earned; 2,000 held; of the other 8,000, 4,000 paid now and 2,000 + 2,000
    // deferred (12 and 24 months): paid when earned 4,000.
    // Downgrade (50% of ARR, f = 50%): cancels 50% of the held 2,000 and of each 2,000 tranche
    // (3,000, never paid) and recovers 50% of the 4,000 paid = 2,000.
    // Churn (the other 50%): the held and unvested rest is forfeited on the churn day; recovers
    // 50% of the 4,000 paid = 2,000. Recovered 4,000 = paid 4,000 → net 0.
    expect(dollars(s[0]!, "tier")).toBe(10_000);
    expect(dollars(s[0]!, "holdback")).toBe(-2_000);
    expect(dollars(s[0]!, "deferral")).toBe(-4_000);
    expect(dollars(s[0]!, "clawback")).toBe(-2_000);
    expect(s[0]!.lines.find((x) => x.kind === "forfeit")).toMatchObject({ basis: 3_000, amountCents: 0 });
    expect(dollars(s[0]!)).toBe(2_000);
    expect(dollars(s[1]!)).toBe(-2_000);
    expect(s[1]!.lines.filter((x) => x.kind === "forfeit").map((x) => x.basis)).toEqual([
      1_000, 1_000, 1_000,
    ]);
    expect(sum(s)).toBe(0);
  });

  it("a churn before a year-end release cancels the held part instead of recovering it", () => {
    const p = plan({
      components: [
        commission({
          holdback: { share: 0.2, release: "yearEnd", forfeitOnChurn: false, forfeitOnTermination: false },
          clawback: claw({ triggers: ["churn"] }),
        }),
      ],
    });
    const s = evaluate(
      p,
      ledger([deal(), ev("churn", "2025-04-20", { account: "A", arr: 100_000 })]),
      FY2025,
    );
    // hand-computed: Q1 10,000 − 2,000 held = 8,000 paid; churn (f = 100%) cancels the 2,000 held
    // (no year-end release) and recovers the 8,000 paid. Before: −10,000 in Q2, +2,000 in Q4.
    expect(s.map((x) => x.totalCents / 100)).toEqual([8_000, -8_000, 0, 0]);
    expect(s[3]!.lines).toEqual([]);
  });

  it("a prorated clawback leaves the rep exactly (1 − f) of the commission, paid as it vests", () => {
    const p = plan({
      components: [
        commission({
          vesting: {
            schedule: [
              { afterMonths: 0, share: 0.5 },
              { afterMonths: 12, share: 0.5 },
            ],
            requireActiveAccount: false,
            forfeitOnTermination: false,
          },
          clawback: claw({ triggers: ["churn"], recovery: "prorated" }),
        }),
      ],
    });
    const l = ledger([deal(), ev("churn", "2025-03-24", { account: "A", arr: 100_000 })]);
    const s = evaluate(p, l, { start: "2025-01-01", end: "2026-12-31" });
    // hand-computed: churn 73 days after booking, 292 of 365 days left: f = 80%.
    // Paid now 5,000, 5,000 vesting 2026-01-10. The clawback recovers 80% × 5,000 = 4,000 and
    // cancels 80% × 5,000 = 4,000 of the tranche, which vests 1,000. Kept: 1,000 + 1,000 = 2,000
    // = 20% × 10,000. (Before: 80% × 10,000 = 8,000 recovered from 5,000 paid.)
    expect(s.map((x) => x.totalCents / 100)).toEqual([1_000, 0, 0, 0, 1_000, 0, 0, 0]);
    expect(s[0]!.lines.find((x) => x.kind === "clawback")!.description).toBe(
      "Clawback on deal D1: account churned 73 days after booking: $5,000.00 paid × 100% × 292/365 days left = -$4,000.00",
    );
  });

  it("over random plans without draws, a rep's pay over the whole life of its deals is never negative", () => {
    const r = rng("fixed-seed/clawback-limit");
    let clawed = 0;
    for (let i = 0; i < 300; i++) {
      const p = { ...randomPlan(r), draw: null };
      const s = evaluate(p, randomLedger(r), { start: "2025-01-01", end: "2029-12-31" });
      if (s.some((x) => x.lines.some((l) => l.kind === "clawback"))) clawed++;
      expect(sum(s)).toBeGreaterThanOrEqual(0);
    }
    expect(clawed).toBeGreaterThan(30); // the property is exercised
  });
});
