/**
 * The columnar event credits (sim/world/eventCredits.ts) against their definition,
 * LEDGER_EVENT_CREDITS (sim/core/ledger.ts): every credited metric × event type, on an ARR and
 * term where tcv is not a whole number (arr × term / 12 computed the same way).
 */
import { describe, expect, it } from "vitest";
import { LEDGER_EVENT_CREDITS, LEDGER_EVENT_TYPES, type LedgerEvent } from "../../sim/core/ledger.js";
import { CREDIT_METRICS, creditMetricCode, eventCredit, typeCode } from "../../sim/world/eventCredits.js";

describe("eventCredit", () => {
  it("equals LEDGER_EVENT_CREDITS for every metric and event type", () => {
    expect([...CREDIT_METRICS].sort()).toEqual(Object.keys(LEDGER_EVENT_CREDITS).sort());
    for (const metric of CREDIT_METRICS)
      for (const type of LEDGER_EVENT_TYPES)
        for (const [arr, termMonths] of [
          [12_345.67, 36],
          [7_001.1, 13],
        ] as const) {
          const e: LedgerEvent = {
            id: "1",
            date: "2025-01-01",
            type,
            account: "a",
            deal: "d",
            arr,
            tcv: (arr * termMonths) / 12,
            termMonths,
            discount: 0.1,
            milestone: "",
          };
          expect(eventCredit(creditMetricCode(metric), typeCode(type), arr, termMonths)).toBe(
            LEDGER_EVENT_CREDITS[metric]!(e),
          );
        }
  });

  it("credits nothing for a metric without a code", () => {
    expect(creditMetricCode("grr")).toBe(-1);
    expect(creditMetricCode(null)).toBe(-1);
    expect(eventCredit(-1, typeCode("booking"), 100, 12)).toBe(0);
  });
});
