import { describe, expect, it } from "vitest";
import { compileCondition, compileExpression, parseExpression } from "../../sim/language/expression.js";

describe("safe expression language", () => {
  it("evaluates arithmetic with the usual precedence", () => {
    // hand-computed: 1 + 2 × 3 = 7; (1 + 2) × 3 = 9; 10 % 4 = 2
    expect(compileExpression("1 + 2 * 3")({})).toBe(7);
    expect(compileExpression("(1 + 2) * 3")({})).toBe(9);
    expect(compileExpression("10 % 4")({})).toBe(2);
  });

  it("reads fields and evaluates SPIFF-style conditions", () => {
    const multiYearBigDeal = compileCondition("termMonths >= 24 and arr >= 50000");
    expect(multiYearBigDeal({ termMonths: 36, arr: 60_000 })).toBe(true);
    expect(multiYearBigDeal({ termMonths: 12, arr: 60_000 })).toBe(false);
    expect(multiYearBigDeal({ termMonths: 36, arr: 49_999 })).toBe(false);
    expect(
      compileCondition("not (discount > 0.2) || product == 'GTX Pro'")({ discount: 0.3, product: "GTX Pro" }),
    ).toBe(true);
  });

  it("derives values for mapping files", () => {
    // hand-computed: MRR 1,250 × 12 = 15,000 ARR; discount 1 − 8,000 / 10,000 = 0.2
    expect(compileExpression("mrr * 12")({ mrr: 1250 })).toBe(15_000);
    expect(
      compileExpression("round(1 - amount / list_amount, 4)")({ amount: 8000, list_amount: 10_000 }),
    ).toBe(0.2);
    expect(compileExpression("coalesce(region, 'Unassigned')")({ region: "" })).toBe("Unassigned");
    expect(compileExpression("clamp(x, 0, 1)")({ x: 1.7 })).toBe(1);
  });

  it("treats missing fields as null, which is false in conditions", () => {
    expect(compileCondition("arr > 0")({})).toBe(false);
    expect(parseExpression("arr > 0 and termMonths >= 24")).toMatchObject({
      ok: true,
      fields: ["arr", "termMonths"],
    });
  });

  it("refuses anything that could reach code", () => {
    for (const source of [
      "constructor.constructor('return process')()",
      "this",
      "a.b",
      "a['b']",
      "eval('1')",
      "x = 1",
      "a; b",
      "/x/",
    ]) {
      const parsed = parseExpression(source);
      expect(parsed.ok, source).toBe(false);
    }
    expect(() => compileExpression("toString()")).toThrow(/unknown function 'toString'/);
  });

  it("reports syntax errors with their position", () => {
    const parsed = parseExpression("arr > ");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.offset).toBeGreaterThan(0);
  });
});
