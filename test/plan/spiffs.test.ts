/**
 * SPIFFs by rate, by unit, within a window and by goal (canonical.ts SpiffComponent),
 * hand-computed; the YAML forms and their errors.
 */
import { describe, expect, it } from "vitest";
import type { DerivedMetric, SpiffPayout } from "../../sim/language/canonical.js";
import { evaluate } from "../../sim/plan/evaluate.js";
import { problemsOf } from "../language/helpers.js";
import { booking, commission, FY2025, ledger, plan, spiff, totals } from "./fixtures.js";

const pro: DerivedMetric = {
  id: "proArr",
  from: "newArr",
  where: [{ attribute: "product", values: ["GTX Pro", "MG Advanced"] }],
  weights: null,
};
/** A plan paying only the SPIFF (the commission at 0%). */
const only = (payout: SpiffPayout, over: Parameters<typeof spiff>[0] = {}) =>
  plan({
    metrics: [pro],
    components: [
      commission({ tiers: [{ from: 0, to: null, rate: 0 }] }),
      spiff({ id: "s", event: null, metric: "proArr", payout, ...over }),
    ],
  });
const spiffCents = (s: ReturnType<typeof evaluate>) =>
  s.map((x) => x.lines.filter((l) => l.component === "s").reduce((a, l) => a + l.amountCents, 0) / 100);

describe("SPIFFs", () => {
  it("a rate on filtered bookings pays each admitted deal", () => {
    const l = ledger([
      booking("2025-01-10", 10_000, { product: "GTX Pro", deal: "a" }),
      booking("2025-02-10", 20_000.5, { product: "MG Advanced", deal: "b" }),
      booking("2025-03-10", 30_000, { product: "GTX Basic", deal: "c" }),
    ]);
    const [q1] = evaluate(only({ basis: "rate", rate: 0.02 }), l, FY2025);
    // hand-computed: 10,000 × 2% = 200.00; 20,000.50 × 2% = 400.01; the GTX Basic deal does not qualify
    expect(q1!.lines.filter((x) => x.kind === "spiff").map((x) => x.amountCents)).toEqual([20_000, 40_001]);
    expect(q1!.lines.find((x) => x.ref === "b")!.description).toBe(
      "SPIFF for booking b (2025-02-10) MG Advanced: $20,000.50 proArr × 2% = $400.01",
    );
  });

  it("per unit, and only inside the window", () => {
    const l = ledger([
      booking("2025-03-31", 10_000, { product: "GTX Pro", units: 40 }),
      booking("2025-04-01", 10_000, { product: "GTX Pro", units: 12 }),
      booking("2025-05-15", 10_000, { product: "GTX Pro" }),
      booking("2025-07-01", 10_000, { product: "GTX Pro", units: 99 }),
    ]);
    const p = only({ basis: "unit", amount: 50 }, { window: { from: "2025-04-01", to: "2025-06-30" } });
    // hand-computed: Q2 only: 12 units × 50 = 600 + 1 unit (default) × 50 = 50 → 650
    expect(spiffCents(evaluate(p, l, FY2025))).toEqual([0, 650, 0, 0]);
  });

  it("a share of a product goal pays pool × credit / goal as it accrues, capped at the pool", () => {
    const l = ledger([
      booking("2025-02-10", 50_000, { product: "GTX Pro" }), // before the window
      booking("2025-05-10", 83_333.33, { product: "GTX Pro" }),
      booking("2025-06-10", 16_666.67, { product: "MG Advanced" }),
      booking("2025-06-11", 500_000, { product: "GTX Basic" }), // not a pro product
      booking("2025-08-10", 200_000, { product: "MG Advanced" }),
      booking("2025-11-10", 100_000, { product: "GTX Pro" }), // after the window
    ]);
    const window = { from: "2025-04-01", to: "2025-09-30" };
    const capped = only({ basis: "goal", goal: 250_000, pool: 10_000, maxShare: 1 }, { window });
    // hand-computed: Q2 100,000.00 of 250,000 → 10,000 × 40% = 4,000; Q3 300,000 → 12,000, capped at
    // 10,000 (100% of the pool) → 10,000 − 4,000 = 6,000; Q1 and Q4 are outside the window
    expect(spiffCents(evaluate(capped, l, FY2025))).toEqual([0, 4_000, 6_000, 0]);
    const uncapped = only({ basis: "goal", goal: 250_000, pool: 10_000, maxShare: null }, { window });
    expect(spiffCents(evaluate(uncapped, l, FY2025))).toEqual([0, 4_000, 8_000, 0]);
    // to the cent: 83,333.33 of 250,000 × 10,000 = 3,333.3332 → 3,333.33
    const first = ledger([booking("2025-05-10", 83_333.33, { product: "GTX Pro" })]);
    expect(spiffCents(evaluate(capped, first, FY2025))).toEqual([0, 3_333.33, 0, 0]);
    const [, q2] = evaluate(capped, l, FY2025);
    expect(q2!.lines.find((x) => x.component === "s")!.description).toBe(
      "SPIFF goal: $100,000.00 proArr of the $250,000.00 goal (40%) × $10,000.00 pool = $4,000.00 − $0.00 paid before = $4,000.00",
    );
  });

  it("without a window a goal runs per fiscal year", () => {
    const l = ledger([
      booking("2025-11-10", 200_000, { product: "GTX Pro" }),
      booking("2026-02-10", 100_000, { product: "GTX Pro" }),
    ]);
    const p = only({ basis: "goal", goal: 250_000, pool: 10_000, maxShare: 1 });
    // hand-computed: FY2025 200,000 → 8,000; FY2026 starts again: 100,000 → 4,000
    expect(totals(evaluate(p, l, { start: "2025-01-01", end: "2026-12-31" }))).toEqual([
      0, 0, 0, 8_000, 4_000, 0, 0, 0,
    ]);
  });
});

const SPIFF_PLAN = `role: AE
payMix: {ote: 200k, mix: 50/50}
metrics:
  proArr: {from: newArr, where: {product: [GTX Pro, MG Advanced]}}
components:
  - {id: c, kind: commission, metric: newArr, rate: 10%}
`;

describe("SPIFFs in the plan language", () => {
  it("accepts each payout and refuses none, two, or a window that ends before it starts", () => {
    expect(
      problemsOf(
        `${SPIFF_PLAN}  - {id: s, kind: spiff, metric: proArr, rate: 2%, window: {from: 2025-04-01, to: 2025-06-30}}\n`,
      ),
    ).toEqual([]);
    expect(
      problemsOf(
        `${SPIFF_PLAN}  - {id: s, kind: spiff, metric: proArr, goal: {amount: 250k, pool: 10k, maxShare: 100%}}\n`,
      ),
    ).toEqual([]);
    expect(problemsOf(`${SPIFF_PLAN}  - {id: s, kind: spiff, event: booking, perUnit: 50}\n`)).toEqual([]);
    expect(problemsOf(`${SPIFF_PLAN}  - {id: s, kind: spiff, metric: proArr}\n`)).toEqual([
      "7:5: components.1: a spiff pays by one of amount, perUnit, rate or goal: give one",
    ]);
    expect(
      problemsOf(`${SPIFF_PLAN}  - {id: s, kind: spiff, metric: proArr, rate: 2%, amount: 100}\n`),
    ).toEqual(["7:48: components.1.rate: give one of amount, perUnit, rate or goal, not amount and rate"]);
    expect(
      problemsOf(
        `${SPIFF_PLAN}  - {id: s, kind: spiff, metric: proArr, rate: 2%, window: {from: 2025-06-01, to: 2025-05-31}}\n`,
      ),
    ).toEqual(["7:83: components.1.window.to: the window ends (2025-05-31) before it starts (2025-06-01)"]);
    expect(problemsOf(`${SPIFF_PLAN}  - {id: s, kind: spiff, rate: 2%}\n`)).toEqual([
      "7:5: components.1: a spiff needs the event type or the metric that qualifies (add e.g. event: booking)",
    ]);
  });
});
