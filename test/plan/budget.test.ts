import { describe, expect, it } from "vitest";
import { allocate, applyBudgetCap } from "../../sim/plan/budget.js";
import { evaluate } from "../../sim/plan/evaluate.js";
import { booking, dollars, FY2025, ledger, plan } from "./fixtures.js";

describe("budget cap", () => {
  it("allocates cents by largest remainder so the total is exact", () => {
    // hand-computed: 8,000,000 and 4,000,000 cents scaled to 10,000,000: 6,666,666.67 and 3,333,333.33
    //   floors sum to 9,999,999; the 1 cent left goes to the larger remainder (0.67)
    expect(allocate([8_000_000, 4_000_000], 12_000_000, 10_000_000)).toEqual([6_666_667, 3_333_333]);
  });
  it("scales every rep's pay proportionally when the year's total exceeds the budget", () => {
    const p = plan({ budget: { amount: 100_000 } });
    const a = evaluate(p, ledger([booking("2025-01-10", 800_000)], { rep: { id: "a" } }), FY2025);
    const b = evaluate(p, ledger([booking("2025-01-10", 400_000)], { rep: { id: "b" } }), FY2025);
    const [ca, cb] = applyBudgetCap(p, [a, b]);
    // hand-computed: 80,000 + 40,000 = 120,000 > 100,000 → × 5/6: 66,666.67 and 33,333.33
    expect(dollars(ca![0]!)).toBe(66_666.67);
    expect(dollars(cb![0]!)).toBe(33_333.33);
    expect(dollars(ca![0]!, "budget")).toBe(-13_333.33);
    expect(ca!.every((s) => s.lines.at(-1)!.kind === "budget")).toBe(true);
    // statements add up and the inputs are not mutated
    for (const s of [...ca!, ...cb!])
      expect(s.lines.reduce((x, l) => x + l.amountCents, 0)).toBe(s.totalCents);
    expect(dollars(a[0]!)).toBe(80_000);
  });
  it("leaves years under budget untouched", () => {
    const p = plan({ budget: { amount: 1_000_000 } });
    const a = evaluate(p, ledger([booking("2025-01-10", 800_000)]), FY2025);
    expect(applyBudgetCap(p, [a])[0]).toEqual(a);
  });
});
