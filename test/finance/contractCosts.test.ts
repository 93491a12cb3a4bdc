/**
 * Pay lines → contract costs (sim/accounting/contractCosts.ts) through the real evaluator:
 * which lines are capitalised (commissions on bookings, milestone uplifts) and which are
 * expensed (retention bonuses), attribution to the period's deals by credit, clawbacks, and the
 * customer-life estimate (policy.ts). Oracle: hand-computed amortisation in each test.
 */
import { describe, expect, test } from "vitest";
import { addRepCosts, objectEvents } from "../../sim/accounting/contractCosts.js";
import { costTreatment } from "../../sim/accounting/incrementalCosts.js";
import { customerLifeMonths, expectedCustomerLife } from "../../sim/accounting/policy.js";
import { emptySchedule, finishSchedule, sumMonths } from "../../sim/accounting/schedule.js";
import { DEFAULT_ACCOUNTING } from "../../sim/core/accountingPolicy.js";
import type { LedgerEvent } from "../../sim/core/ledger.js";
import type { Plan } from "../../sim/language/canonical.js";
import { monthOrdinal, parseDay } from "../../sim/plan/dates.js";
import { compilePlan, evaluate } from "../../sim/plan/evaluate.js";
import { baselineWorld } from "../../sim/world/baseline.js";
import { bonus, booking, commission, ev, ledger, obs, plan, spiff } from "../plan/fixtures.js";

const RANGE = { start: "2025-01-01", end: "2026-12-31" };
const START = monthOrdinal(parseDay("2025-01-01"));
const monthOfDay = (day: number) => monthOrdinal(day) - START;

/** Expense schedule of one rep over 36 months (24-month horizon), every contract 60 months' life. */
function expenseOf(
  p: Plan,
  events: LedgerEvent[],
  churn: Record<string, number> = {},
  observations = [] as ReturnType<typeof obs>[],
) {
  const l = ledger(events, { observations });
  const statements = evaluate(compilePlan(p), l, RANGE);
  const sorted = l.events;
  const days = sorted.map((e) => parseDay(e.date));
  // contract ids: indices into the sorted events
  const contractOf = (ref: string): number => sorted.findIndex((x) => x.deal === ref || x.id === ref);
  const schedule = emptySchedule(36);
  addRepCosts(
    schedule,
    { plan: p, statements, events: objectEvents(sorted, days) },
    {
      months: 36,
      horizon: 24,
      monthOfDay,
      contracts: {
        startMonth: (k) => monthOfDay(days[k]!),
        termMonths: (k) => sorted[k]!.termMonths,
        lifeMonths: () => 60,
        churnMonth: (k) => churn[sorted[k]!.account] ?? -1,
      },
      contractOf,
      contractOfEvent: (k) => contractOf(sorted[k]!.deal || sorted[k]!.id),
      practicalExpedient: true,
    },
  );
  const asset = finishSchedule(schedule);
  const cash = statements
    .filter((s) => monthOfDay(parseDay(s.period.end)) < 24)
    .reduce((a, s) => a + s.totalCents / 100, 0);
  return {
    expense: [...schedule.expense],
    asset: [...asset],
    horizon: sumMonths(schedule.expense, 0, 24),
    cash,
    statements,
  };
}

describe("which pay lines are incremental costs of obtaining a contract", () => {
  test("commissions on bookings and milestone uplifts are capitalised; retention bonuses are expensed", () => {
    expect(costTreatment(commission({ metric: "newArr" })).kind).toBe("byCredit");
    expect(costTreatment(commission({ metric: "expansionArr" })).kind).toBe("byCredit");
    expect(costTreatment(commission({ metric: "churnedArr" })).kind).toBe("expensed");
    expect(costTreatment(bonus({ metric: "grr" })).kind).toBe("expensed");
    expect(costTreatment(bonus({ metric: "newArr" })).kind).toBe("byCredit");
    expect(costTreatment(spiff({ event: "booking" })).kind).toBe("byRef");
    expect(costTreatment(spiff({ event: "churn" })).kind).toBe("expensed");
  });
});

describe("a 10% commission on one 36-month deal", () => {
  const p = plan({ components: [commission()] });

  test("is capitalised and amortised over 60 months from the booking month", () => {
    const { expense, horizon, cash, asset } = expenseOf(p, [
      booking("2025-01-15", 120_000, { termMonths: 36 }),
    ]);
    // hand-computed: cash 120,000 × 10% = 12,000 in the Q1 statement (month 2);
    // expense 12,000 / 60 = 200 a month from January: month 2 catches up 600, then 200
    expect(cash).toBe(12_000);
    expect(expense[2]).toBeCloseTo(600, 6);
    expect(expense[3]).toBeCloseTo(200, 6);
    // horizon (24 months): 12,000 × 24 / 60 = 4,800; asset at month 23: 12,000 − 4,800 = 7,200
    expect(horizon).toBeCloseTo(4_800, 6);
    expect(asset[23]).toBeCloseTo(7_200, 6);
  });

  test("a 12-month deal's commission is expensed when incurred (practical expedient)", () => {
    const { expense, horizon } = expenseOf(p, [booking("2025-01-15", 120_000, { termMonths: 12 })]);
    expect(expense[2]).toBe(12_000);
    expect(horizon).toBe(12_000);
  });

  test("a period's commission is split over its deals by credit", () => {
    // one 36-month deal of 90,000 and one 12-month deal of 30,000 in Q1: 12,000 commission,
    // 9,000 to the 36-month deal (capitalised), 3,000 to the 12-month deal (expensed)
    const { expense } = expenseOf(p, [
      booking("2025-01-15", 90_000, { termMonths: 36 }),
      booking("2025-02-10", 30_000, { termMonths: 12 }),
    ]);
    // hand-computed: month 2 = 3,000 + 9,000 × 3 / 60 (deal 1 from month 0) = 3,000 + 450 = 3,450
    expect(expense[2]).toBeCloseTo(3_450, 6);
    expect(expense[3]).toBeCloseTo(150, 6); // 9,000 / 60
  });

  test("churn writes the asset off and a clawback recovers it", () => {
    const clawed = plan({
      components: [
        commission({ clawback: { windowDays: 365, triggers: ["churn"], recovery: "full", share: 1 } }),
      ],
    });
    const deal = booking("2025-01-15", 120_000, { termMonths: 36, account: "acme" });
    const churn = ev("churn", "2025-05-20", { account: "acme", arr: 120_000 });
    const { expense, horizon, cash } = expenseOf(clawed, [deal, churn], { acme: 4 });
    // hand-computed: month 2: 600; month 3: 200; month 4 (churn): 12,000 − 800 = 11,200 written
    // off; the Q2 statement (month 5) claws back 12,000 in full: expense −12,000; net 0 = cash
    expect(expense[2]).toBeCloseTo(600, 6);
    expect(expense[3]).toBeCloseTo(200, 6);
    expect(expense[4]).toBeCloseTo(11_200, 6);
    expect(expense[5]).toBeCloseTo(-12_000, 6);
    expect(cash).toBe(0);
    expect(horizon).toBeCloseTo(0, 6);
  });

  test("a GRR bonus is expensed when incurred, beside the capitalised commission", () => {
    const withBonus = plan({
      components: [
        commission(),
        bonus({
          metric: "grr",
          targetAmount: 8_000,
          measure: "value",
          curve: [
            { x: 0, y: 1 },
            { x: 1, y: 1 },
          ],
        }),
      ],
    });
    const { expense, statements } = expenseOf(
      withBonus,
      [booking("2025-01-15", 120_000, { termMonths: 36 })],
      {},
      [obs("grr", "2025-03-31", 0.9)],
    );
    const q1Bonus =
      statements[0]!.lines.filter((l) => l.component === "grr").reduce((a, l) => a + l.amountCents, 0) / 100;
    // hand-computed: 8,000 / 4 quarters = 2,000 bonus, expensed in month 2 beside the 600 catch-up
    expect(q1Bonus).toBe(2_000);
    expect(expense[2]).toBeCloseTo(2_600, 6);
  });
});

describe("the expected customer life", () => {
  test("from the world's churn hazard and renewal churn", () => {
    const w = baselineWorld(36);
    // hand-computed, SMB: R = (1 − 0.006)^12 × (1 − 0.05) = 0.93033 × 0.95 = 0.88381;
    // q = R^(1/12) = 0.989761; life = 1 / (1 − q) = 97.7 months
    expect(expectedCustomerLife(w.customers.SMB)).toBeCloseTo(97.67, 1);
    // MM: 0.95304 × 0.955 = 0.91015 → 128.0; ENT: 0.97041 × 0.96 = 0.93159 → 169.8
    expect(expectedCustomerLife(w.customers.MM)).toBeCloseTo(127.97, 1);
    expect(expectedCustomerLife(w.customers.ENT)).toBeCloseTo(169.85, 1);
    // capped at 60 months by default; uncapped rounds to whole months
    expect(customerLifeMonths(DEFAULT_ACCOUNTING, w.customers, w.market)).toEqual({
      SMB: 60,
      MM: 60,
      ENT: 60,
    });
    expect(
      customerLifeMonths({ ...DEFAULT_ACCOUNTING, maxCustomerLifeMonths: 1_000 }, w.customers, w.market),
    ).toEqual({ SMB: 98, MM: 128, ENT: 170 });
    // a policy's own lives win
    const own = { SMB: 36, MM: 48, ENT: 60 };
    expect(
      customerLifeMonths({ ...DEFAULT_ACCOUNTING, customerLifeMonths: own }, w.customers, w.market),
    ).toEqual(own);
  });

  test("more churn, shorter life", () => {
    const w = baselineWorld(36);
    expect(expectedCustomerLife(w.customers.SMB, 2)).toBeLessThan(expectedCustomerLife(w.customers.SMB));
  });
});
