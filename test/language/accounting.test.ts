/**
 * The experiment's `accounting:` section (sim/language/experiment/accountingSchema.ts): defaults,
 * shorthands (durations, per-segment lives) and positioned errors.
 */
import { describe, expect, test } from "vitest";
import { DEFAULT_ACCOUNTING } from "../../sim/core/accountingPolicy.js";
import { experimentOf, experimentProblems, MINIMAL_EXPERIMENT } from "./experimentHelpers.js";

const withAccounting = (lines: string) => `${MINIMAL_EXPERIMENT}accounting:\n${lines}`;

describe("accounting policy", () => {
  test("no section: the default (estimated life capped at 60 months, expedient on)", () => {
    expect(experimentOf(MINIMAL_EXPERIMENT).params.accounting).toEqual(DEFAULT_ACCOUNTING);
    expect(DEFAULT_ACCOUNTING).toEqual({
      customerLifeMonths: null,
      maxCustomerLifeMonths: 60,
      practicalExpedient: true,
    });
  });

  test("one life for every segment, in any duration spelling", () => {
    const { accounting } = experimentOf(
      withAccounting("  customerLife: 4 years\n  practicalExpedient: false\n"),
    ).params;
    expect(accounting).toEqual({
      customerLifeMonths: { SMB: 48, MM: 48, ENT: 48 },
      maxCustomerLifeMonths: 60,
      practicalExpedient: false,
    });
  });

  test("a life per segment and a cap on estimates", () => {
    const { accounting } = experimentOf(
      withAccounting(
        "  customerLife: {SMB: 36, MM: '4 years', ENT: 20 quarters}\n  maxCustomerLife: 7 years\n",
      ),
    ).params;
    expect(accounting?.customerLifeMonths).toEqual({ SMB: 36, MM: 48, ENT: 60 });
    expect(accounting?.maxCustomerLifeMonths).toBe(84);
  });

  test("bad values are reported at their line", () => {
    expect(experimentProblems(withAccounting("  customerLife: forever\n"))).toEqual([
      "17:17: accounting.customerLife: expected a duration like 24, '24 months', '8 quarters' or '2 years', got 'forever'",
    ]);
    expect(experimentProblems(withAccounting("  customerLife: 0\n"))).toEqual([
      "17:17: accounting.customerLife: a customer life is at least 1 month",
    ]);
    expect(experimentProblems(withAccounting("  expedient: true\n"))).toEqual([
      "17:3: accounting.expedient: unknown key 'expedient' (valid keys: customerLife, maxCustomerLife, practicalExpedient)",
    ]);
  });
});
