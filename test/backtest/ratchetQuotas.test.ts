/**
 * A quota ratchet replayed on history (sim/backtest/ratchetQuotas.ts): under
 * scenarios/plans/ae-ratchet-ytd.yaml (quota 900,000; next year's quota = clamp(Q + 100% × (C − Q),
 * 900,000, 1,350,000)) each year's quota follows the rep's own new ARR of the year before, in the
 * backtest, in evaluatePlan (what `planbench explain` pays with) alike. Oracle: the rule computed
 * by hand in the comments; equal quarterly weights, so a quarter's quota is annual / 4.
 */
import { describe, expect, it } from "vitest";
import { evaluatePlan } from "../../sim/api/evaluatePlan.js";
import { withRatchetQuotas } from "../../sim/backtest/ratchetQuotas.js";
import { replayVariant } from "../../sim/backtest/replay.js";
import { booking, ledger } from "../plan/fixtures.js";
import { plan } from "../world/fixtures.js";

const RATCHET = plan("ae-ratchet-ytd");
const FIXED = plan("ae-activity-era");
const THREE_YEARS = { start: "2024-01-01", end: "2026-12-31" } as const;

// FY2024: 1,200,000 booked; FY2025: 2,000,000 booked; FY2026: 100,000
const history = ledger([
  booking("2024-03-10", 700_000),
  booking("2024-09-10", 500_000),
  booking("2025-02-10", 2_000_000),
  booking("2026-05-10", 100_000),
]);

describe("quota ratchet on history", () => {
  it("sets each year's quota from the year before, within floor and cap", () => {
    const ruled = withRatchetQuotas(RATCHET, history, THREE_YEARS);
    expect(ruled.quotas).toEqual([
      // FY2025: 900,000 + 1 × (1,200,000 − 900,000) = 1,200,000 (inside 900,000 … 1,350,000)
      { metric: "newArr", fiscalYear: 2025, annual: 1_200_000 },
      // FY2026: 1,200,000 + (2,000,000 − 1,200,000) = 2,000,000 → capped at 150% × 900,000
      { metric: "newArr", fiscalYear: 2026, annual: 1_350_000 },
    ]);
    const q = evaluatePlan(RATCHET, [history], THREE_YEARS).statements[0]!;
    // quarters: FY2024 Q1 225,000 (900,000 / 4), FY2025 Q1 300,000, FY2026 Q1 337,500
    expect(q[0]!.quota.newArr).toBe(225_000);
    expect(q[4]!.quota.newArr).toBe(300_000);
    expect(q[8]!.quota.newArr).toBe(337_500);
  });

  it("never lowers a quota below the floor, and a rep hired mid-year starts at the plan quota", () => {
    // hired 2024-07-01: FY2024 is half covered (Q3 + Q4 weights = 50%); 300,000 booked annualises
    // to 600,000 → 900,000 + (600,000 − 900,000) = 600,000 → floor 100% × 900,000 = 900,000
    const late = ledger([booking("2024-08-01", 300_000)], { rep: { hireDate: "2024-07-01" } });
    expect(withRatchetQuotas(RATCHET, late, THREE_YEARS).quotas).toEqual([
      { metric: "newArr", fiscalYear: 2025, annual: 900_000 },
      { metric: "newArr", fiscalYear: 2026, annual: 900_000 },
    ]);
  });

  it("keeps quotas the ledger states, and leaves plans without a ratchet alone", () => {
    const stated = { ...history, quotas: [{ metric: "newArr", fiscalYear: 2025, annual: 1_000_000 }] };
    expect(withRatchetQuotas(RATCHET, stated, THREE_YEARS).quotas).toEqual([
      { metric: "newArr", fiscalYear: 2025, annual: 1_000_000 },
      // FY2026 not stated: the rule, 2,000,000 of FY2025 new ARR capped at 1,350,000
      { metric: "newArr", fiscalYear: 2026, annual: 1_350_000 },
    ]);
    expect(withRatchetQuotas(FIXED, history, THREE_YEARS)).toBe(history);
  });

  it("pays the backtest against the ratcheted quotas", () => {
    const replay = replayVariant({ name: "ratchet", plans: [RATCHET] }, [history], THREE_YEARS);
    const statements = replay.reps[0]!.statements;
    expect(statements[4]!.quota.newArr).toBe(300_000);
    expect(statements[8]!.quota.newArr).toBe(337_500);
  });
});
