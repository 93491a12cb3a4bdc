/**
 * Ledger.days (producer-supplied day numbers, as the simulator passes them) spare the evaluator
 * parsing dates but never change a statement: oracle, the same ledger evaluated without them,
 * for sorted events and for events out of (date, id) order (which the evaluator sorts itself).
 */
import { describe, expect, it } from "vitest";
import type { Ledger } from "../../sim/core/ledger.js";
import { parseDay } from "../../sim/plan/dates.js";
import { evaluate } from "../../sim/plan/evaluate.js";
import { booking, commission, FY2025, ledger, plan } from "./fixtures.js";

const TIERS = [
  { from: 0, to: 1, rate: 0.1 },
  { from: 1, to: null, rate: 0.2 },
];
const tiered = plan({ components: [commission({ tiers: TIERS })] });
const base = ledger([
  booking("2025-01-15", 200_000),
  booking("2025-03-31", 150_000),
  booking("2025-05-02", 400_000),
  booking("2025-11-20", 90_000),
]);
const withDays = (l: Ledger): Ledger => ({ ...l, days: l.events.map((e) => parseDay(e.date)) });

describe("Ledger.days", () => {
  it("gives the statements of the dates themselves", () => {
    expect(evaluate(tiered, withDays(base), FY2025)).toEqual(evaluate(tiered, base, FY2025));
  });

  it("still sorts events given out of order", () => {
    const shuffled: Ledger = { ...base, events: [...base.events].reverse() };
    expect(evaluate(tiered, withDays(shuffled), FY2025)).toEqual(evaluate(tiered, base, FY2025));
  });
});
