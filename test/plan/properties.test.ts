import { describe, expect, it } from "vitest";
import { LEDGER_EVENT_CREDITS, type Ledger } from "../../sim/core/ledger.js";
import { applyBudgetCap } from "../../sim/plan/budget.js";
import { creditsOf } from "../../sim/plan/credits.js";
import { compilePlan, evaluate } from "../../sim/plan/evaluate.js";
import type { Statement } from "../../sim/plan/statement.js";
import { randomLedger, randomPlan, rng } from "./random.js";

const RANGE = { start: "2025-01-01", end: "2026-12-31" };
const sum = (s: readonly Statement[]): number => s.reduce((a, x) => a + x.totalCents, 0);

describe("properties over random plans and ledgers", () => {
  it("line items always add up to the statement total", () => {
    const r = rng("fixed-seed/lines");
    for (let i = 0; i < 300; i++) {
      const p = randomPlan(r);
      for (const s of evaluate(p, randomLedger(r), RANGE)) {
        expect(s.lines.reduce((a, l) => a + l.amountCents, 0)).toBe(s.totalCents);
        for (const l of s.lines) expect(Number.isInteger(l.amountCents)).toBe(true);
      }
    }
  });

  it("explain and no-explain modes give identical lines and amounts", () => {
    const r = rng("fixed-seed/explain");
    for (let i = 0; i < 200; i++) {
      const p = compilePlan(randomPlan(r));
      const l = randomLedger(r);
      const slow = evaluate(p, l, RANGE, { explain: true });
      const fast = evaluate(p, l, RANGE, { explain: false });
      const strip = (xs: Statement[]) =>
        xs.map((s) => ({ ...s, lines: s.lines.map((x) => ({ ...x, description: "" })) }));
      expect(strip(fast)).toEqual(strip(slow));
      expect(fast.every((s) => s.lines.every((x) => x.description === ""))).toBe(true);
      expect(slow.every((s) => s.lines.every((x) => x.description !== ""))).toBe(true);
    }
  });

  it("without caps, gates, clawbacks or thresholds, more credited value never pays less", () => {
    const r = rng("fixed-seed/monotone");
    for (let i = 0; i < 300; i++) {
      const p = randomPlan(r, { monotone: true });
      const l = randomLedger(r);
      const base = sum(evaluate(p, l, RANGE));
      // more value: every booking × a factor ≥ 1, plus one extra booking
      const factor = 1 + r();
      const extraDay = `202${5 + Math.floor(r() * 2)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`;
      const more: Ledger = {
        ...l,
        events: [
          ...l.events.map((e) =>
            e.type === "booking" ? { ...e, arr: e.arr * factor, tcv: e.tcv * factor } : e,
          ),
          {
            id: "zz-extra",
            date: extraDay,
            type: "booking" as const,
            account: "extra",
            deal: "extra",
            arr: 10_000,
            tcv: 10_000,
            termMonths: 12,
            discount: 0,
            milestone: "",
          },
        ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)),
      };
      expect(sum(evaluate(p, more, RANGE))).toBeGreaterThanOrEqual(base);
    }
  });

  it("the budget cap is never exceeded in any fiscal year", () => {
    const r = rng("fixed-seed/budget");
    for (let i = 0; i < 100; i++) {
      const p0 = randomPlan(r);
      const reps = Array.from({ length: 1 + Math.floor(r() * 6) }, (_, k) => randomLedger(r, `rep${k}`));
      const raw = reps.map((l) => evaluate(p0, l, RANGE));
      const budget = Math.round(r() * 200_000);
      const p = { ...p0, budget: { amount: budget } };
      const capped = applyBudgetCap(p, raw);
      const byYear = new Map<number, number>();
      for (const s of capped.flat())
        byYear.set(s.period.fiscalYear, (byYear.get(s.period.fiscalYear) ?? 0) + s.totalCents);
      for (const total of byYear.values()) expect(total).toBeLessThanOrEqual(budget * 100);
      for (const s of capped.flat())
        expect(s.lines.reduce((a, l) => a + l.amountCents, 0)).toBe(s.totalCents);
    }
  });

  it("the fast credit arrays agree with LEDGER_EVENT_CREDITS, in whole cents", () => {
    const r = rng("fixed-seed/credits");
    const events = Array.from({ length: 20 }, () => randomLedger(r).events).flat();
    const cents = (x: number) => (x < 0 ? -Math.round(-x * 100) : Math.round(x * 100)) + 0;
    for (const metric of Object.keys(LEDGER_EVENT_CREDITS)) {
      const expected = events.map((e) => cents(LEDGER_EVENT_CREDITS[metric]!(e)));
      expect(Array.from(creditsOf(metric, events))).toEqual(expected);
    }
  });
});
