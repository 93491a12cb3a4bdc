/**
 * Event attributes and plan-defined metrics (canonical.ts DerivedMetric): a component credits
 * only the events its metric's filter admits, at their weights; explained statements say which
 * filter admitted or refused each event. Hand-computed.
 */
import { describe, expect, it } from "vitest";
import type { DerivedMetric } from "../../sim/language/canonical.js";
import { evaluate } from "../../sim/plan/evaluate.js";
import { formatStatement } from "../../sim/plan/explain.js";
import { booking, commission, dollars, FY2025, ledger, plan, quota } from "./fixtures.js";

const pro: DerivedMetric = {
  id: "proArr",
  from: "newArr",
  where: [{ attribute: "product", values: ["GTX Pro", "MG Advanced"] }],
  weights: null,
};
const deals = () =>
  ledger([
    booking("2025-01-10", 10_000, { deal: "d-pro", product: "GTX Pro" }),
    booking("2025-02-10", 20_000, { deal: "d-mg", product: "MG Advanced", tags: ["technology"] }),
    booking("2025-03-10", 30_000, { deal: "d-basic", product: "GTX Basic" }),
  ]);

describe("credit filters", () => {
  it("a commission on a filtered metric credits only the admitted products", () => {
    const p = plan({
      quotas: [],
      metrics: [pro],
      components: [commission({ metric: "proArr", tiers: [{ from: 0, to: null, rate: 0.05 }] })],
    });
    const [q1] = evaluate(p, deals(), FY2025);
    // hand-computed: (10,000 + 20,000) × 5% = 1,500; the GTX Basic deal is not credited
    expect(dollars(q1!)).toBe(1_500);
    expect(q1!.credits!.map((n) => [n.ref, n.admitted, n.amount])).toEqual([
      ["d-pro", true, 10_000],
      ["d-mg", true, 20_000],
      ["d-basic", false, 0],
    ]);
    expect(q1!.credits![2]!.reason).toBe("product GTX Basic not in [GTX Pro, MG Advanced]");
    const text = formatStatement(q1!);
    expect(text).toContain(
      "proArr: d-pro (2025-01-10) credited $10,000.00: product GTX Pro in [GTX Pro, MG Advanced]",
    );
    expect(text).toContain(
      "proArr: d-basic (2025-03-10) not credited: product GTX Basic not in [GTX Pro, MG Advanced]",
    );
    // the fast path builds no notes
    expect(evaluate(p, deals(), FY2025, { explain: false })[0]!.credits).toBeUndefined();
  });

  it("weights multiply each event's credit by its attribute's weight", () => {
    const weighted: DerivedMetric = {
      id: "weightedArr",
      from: "newArr",
      where: [],
      weights: { attribute: "product", values: { "GTX Pro": 1.5, "MG Advanced": 1.2 }, otherwise: 0.5 },
    };
    const p = plan({ quotas: [], metrics: [weighted], components: [commission({ metric: "weightedArr" })] });
    const [q1] = evaluate(p, deals(), FY2025);
    // hand-computed: 10,000 × 150% + 20,000 × 120% + 30,000 × 50% = 15,000 + 24,000 + 15,000 = 54,000 × 10% = 5,400
    expect(dollars(q1!)).toBe(5_400);
    expect(q1!.credits!.map((n) => n.reason)).toEqual([
      "weight 150% (product GTX Pro)",
      "weight 120% (product MG Advanced)",
      "weight 50% (otherwise)",
    ]);
  });

  it("tags and deal types filter; a booking defaults to newLogo", () => {
    const tech: DerivedMetric = {
      id: "techArr",
      from: "newArr",
      where: [{ attribute: "tags", values: ["technology"] }],
      weights: null,
    };
    const fresh: DerivedMetric = {
      id: "logoArr",
      from: "newArr",
      where: [{ attribute: "dealType", values: ["newLogo"] }],
      weights: null,
    };
    const p = plan({
      quotas: [],
      metrics: [tech, fresh],
      components: [
        commission({ id: "tech", metric: "techArr" }),
        commission({ id: "logo", metric: "logoArr" }),
      ],
    });
    const l = ledger([
      booking("2025-01-10", 10_000, { tags: ["technology", "strategic"] }),
      booking("2025-01-11", 20_000, { dealType: "crossSell" }),
      booking("2025-01-12", 40_000),
    ]);
    const [q1] = evaluate(p, l, FY2025);
    // hand-computed: tech 10,000 × 10% = 1,000; newLogo 10,000 + 40,000 = 50,000 × 10% = 5,000
    expect(dollars(q1!, "tier", "tech")).toBe(1_000);
    expect(dollars(q1!, "tier", "logo")).toBe(5_000);
  });

  it("a quota on a filtered metric is a product goal; attainment edges apply to it exactly", () => {
    const p = plan({
      metrics: [pro],
      quotas: [quota({ metric: "proArr", annual: 100_000 })],
      components: [
        commission({
          metric: "proArr",
          tierRule: "retroactive",
          tiers: [
            { from: 0, to: 1, rate: 0.04 },
            { from: 1, to: null, rate: 0.08 },
          ],
        }),
      ],
    });
    const l = ledger([
      booking("2025-01-10", 12_500.01, { product: "GTX Pro" }),
      booking("2025-02-10", 12_499.99, { product: "MG Advanced" }),
      booking("2025-03-10", 50_000, { product: "GTX Basic" }),
    ]);
    const [q1] = evaluate(p, l, FY2025);
    // hand-computed: goal 100,000 / 4 = 25,000; 12,500.01 + 12,499.99 = 25,000.00 = 100% → 8% × 25,000 = 2,000
    expect(dollars(q1!)).toBe(2_000);
    expect(q1!.attainment.proArr).toBe(1);
  });
});
