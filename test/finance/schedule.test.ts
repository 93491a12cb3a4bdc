/**
 * The ASC 340-40 schedule (sim/accounting/schedule.ts) against hand-computed amortisation:
 * straight line over the customer life from the contract start with a catch-up in the month
 * incurred, the practical expedient, the churn write-off, recoveries. Oracle: the arithmetic in
 * each test (ASC 340-40-25-4, 35-1, 35-3 as summarised in the module's doc comment).
 */
import { describe, expect, test } from "vitest";
import {
  addContractCost,
  type ContractCost,
  emptySchedule,
  expenseWhenIncurred,
  finishSchedule,
  sumMonths,
} from "../../sim/accounting/schedule.js";

const cost = (over: Partial<ContractCost> = {}): ContractCost => ({
  amount: 12_000,
  incurredMonth: 2, // the Q1 statement, placed in March
  startMonth: 0, // booked in January
  termMonths: 36,
  lifeMonths: 60,
  churnMonth: null,
  ...over,
});

function run(costs: ContractCost[], months = 36, expedient = true) {
  const s = emptySchedule(months);
  for (const c of costs) addContractCost(s, c, expedient);
  const asset = finishSchedule(s);
  return { expense: [...s.expense], asset: [...asset], s };
}

describe("straight-line amortisation over the customer life", () => {
  test("a 36-month deal's 12,000 commission over 60 months, incurred in month 2", () => {
    const { expense, asset } = run([cost()]);
    // hand-computed: 12,000 / 60 = 200 a month; month 2 catches up months 0–2: 3 × 200 = 600
    expect(expense[0]).toBe(0);
    expect(expense[1]).toBe(0);
    expect(expense[2]).toBeCloseTo(600, 9);
    for (let m = 3; m < 36; m++) expect(expense[m]).toBeCloseTo(200, 9);
    // 24-month horizon: 600 + 21 × 200 = 4,800 = 12,000 × 24 / 60
    expect(expense.slice(0, 24).reduce((a, b) => a + b, 0)).toBeCloseTo(4_800, 6);
    // asset after month 2: 12,000 − 600 = 11,400; after month 35: 12,000 − 36 × 200 = 4,800
    expect(asset[1]).toBe(0);
    expect(asset[2]).toBeCloseTo(11_400, 6);
    expect(asset[35]).toBeCloseTo(4_800, 6);
  });

  test("amortisation stops at the end of the life", () => {
    const { expense, asset } = run([cost({ lifeMonths: 6 })]);
    // hand-computed: 2,000 a month over months 0–5; month 2 catches up 3 × 2,000 = 6,000
    expect(expense[2]).toBeCloseTo(6_000, 9);
    expect(expense[3]).toBeCloseTo(2_000, 9);
    expect(expense[5]).toBeCloseTo(2_000, 9);
    expect(expense[6]).toBe(0);
    expect(asset[5]).toBe(0);
    expect(expense.reduce((a, b) => a + b, 0)).toBeCloseTo(12_000, 6);
  });

  test("a cost incurred after the life has run is expensed at once", () => {
    const { expense } = run([cost({ lifeMonths: 2, incurredMonth: 5 })]);
    expect(expense[5]).toBeCloseTo(12_000, 9);
    expect(expense.reduce((a, b) => a + b, 0)).toBeCloseTo(12_000, 6);
  });
});

describe("the practical expedient (contracts of 12 months or less)", () => {
  test("a 12-month contract's commission is expensed when incurred", () => {
    const { expense, asset } = run([cost({ termMonths: 12 })]);
    expect(expense[2]).toBe(12_000);
    expect(sumMonths(Float64Array.from(expense), 0, 36)).toBe(12_000);
    expect(asset.every((a) => a === 0)).toBe(true);
  });

  test("without the expedient the same commission is capitalised", () => {
    const { expense } = run([cost({ termMonths: 12 })], 36, false);
    expect(expense[2]).toBeCloseTo(600, 9);
    expect(expense[3]).toBeCloseTo(200, 9);
  });

  test("a 13-month contract is not covered", () => {
    const { expense } = run([cost({ termMonths: 13 })]);
    expect(expense[2]).toBeCloseTo(600, 9);
  });
});

describe("churn write-off", () => {
  test("the asset left when the customer churns is written off that month", () => {
    const { expense, asset } = run([cost({ churnMonth: 10 })]);
    // hand-computed: 600 (months 0–2) + 7 × 200 (months 3–9) = 2,000 amortised before month 10;
    // month 10 writes off 12,000 − 2,000 = 10,000 (its own 200 included)
    expect(expense[2]).toBeCloseTo(600, 9);
    expect(expense[9]).toBeCloseTo(200, 9);
    expect(expense[10]).toBeCloseTo(10_000, 6);
    expect(expense[11]).toBe(0);
    expect(asset[9]).toBeCloseTo(10_000, 6);
    expect(asset[10]).toBe(0);
    expect(expense.reduce((a, b) => a + b, 0)).toBeCloseTo(12_000, 6);
  });

  test("a cost incurred after the churn is expensed at once", () => {
    const { expense, asset } = run([cost({ churnMonth: 1 })]);
    expect(expense[2]).toBe(12_000);
    expect(asset.every((a) => a === 0)).toBe(true);
  });
});

describe("recoveries reduce the asset and the expense", () => {
  test("a clawback on the churned deal offsets the write-off", () => {
    // 12,000 capitalised, churn in month 4; a full clawback of 12,000 in the same quarter (month 5)
    const { expense } = run([
      cost({ churnMonth: 4 }),
      cost({ amount: -12_000, incurredMonth: 5, churnMonth: 4 }),
    ]);
    // hand-computed: month 2: 600; month 3: 200; month 4: write-off 12,000 − 800 = 11,200;
    // month 5: −12,000 (the customer is gone, so the recovery is recognised at once)
    expect(expense[2]).toBeCloseTo(600, 9);
    expect(expense[3]).toBeCloseTo(200, 9);
    expect(expense[4]).toBeCloseTo(11_200, 6);
    expect(expense[5]).toBeCloseTo(-12_000, 6);
    expect(expense.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 6);
  });

  test("a partial recovery without churn lowers the amortisation from then on", () => {
    const { expense, asset } = run([cost(), cost({ amount: -6_000, incurredMonth: 5 })]);
    // hand-computed: month 5: 200 − 6,000 × 6/60 = 200 − 600 = −400; then (12,000 − 6,000) / 60 = 100
    expect(expense[5]).toBeCloseTo(-400, 9);
    expect(expense[6]).toBeCloseTo(100, 9);
    // asset after month 5: (12,000 − 1,200) − (6,000 − 600) = 10,800 − 5,400 = 5,400
    expect(asset[5]).toBeCloseTo(5_400, 6);
  });
});

test("expensed costs and months outside the schedule", () => {
  const s = emptySchedule(3);
  expenseWhenIncurred(s, 1, 500);
  expenseWhenIncurred(s, 3, 999); // beyond the schedule: ignored
  addContractCost(s, cost({ incurredMonth: 7 }), true); // incurred beyond: ignored
  finishSchedule(s);
  expect([...s.expense]).toEqual([0, 500, 0]);
  expect(() => addContractCost(emptySchedule(3), cost({ lifeMonths: 0 }), true)).toThrow(/lifeMonths/);
});
