import { describe, expect, it } from "vitest";
import { timingDiagnostics } from "../../sim/backtest/timing.js";
import type { PeriodInfo } from "../../sim/plan/statement.js";

const q1: PeriodInfo = {
  id: "FY2025-Q1",
  fiscalYear: 2025,
  index: 0,
  start: "2025-01-01",
  end: "2025-03-31",
};
const q2: PeriodInfo = {
  id: "FY2025-Q2",
  fiscalYear: 2025,
  index: 1,
  start: "2025-04-01",
  end: "2025-06-30",
};

describe("timingDiagnostics", () => {
  it("computes last-month and last-week shares by value", () => {
    const result = timingDiagnostics(
      [
        { date: "2025-01-10", amount: 100, discount: 0.1 }, // Q1 week 2, not last month
        { date: "2025-03-02", amount: 300, discount: 0.2 }, // Q1 last month, not last week
        { date: "2025-03-28", amount: 600, discount: 0.3 }, // Q1 last week (Mar 25–31)
        { date: "2025-06-30", amount: 1000, discount: 0.4 }, // Q2 last day
        { date: "2026-01-01", amount: 999, discount: 0 }, // outside the periods: ignored
      ],
      [q1, q2],
    );
    // hand-computed: total 2,000; last month 300 + 600 + 1,000 = 1,900 → 0.95; last week 1,600 → 0.8
    expect(result.bookings).toBe(4);
    expect(result.lastMonthShare).toBeCloseTo(0.95, 12);
    expect(result.lastWeekShare).toBeCloseTo(0.8, 12);
    // uniform reference: Q1 90 days (31 in March), Q2 91 days (30 in June): (31+30)/181; weeks 14/181
    expect(result.uniformLastMonthShare).toBeCloseTo(61 / 181, 12);
    expect(result.uniformLastWeekShare).toBeCloseTo(14 / 181, 12);
    // week index: Jan 10 is day 9 of Q1 → week 1 (0-based). Q1 has 90 days = 12 whole weeks and
    // 6 days; the trailing days join week 11, so Mar 28 (day 86) is in week 11. Q2 has 91 days =
    // 13 weeks, so Jun 30 (day 90) is in week 12.
    expect(result.valueByWeek[1]).toBe(100);
    expect(result.valueByWeek[11]).toBe(600);
    expect(result.valueByWeek[12]).toBe(1000);
    expect(result.valueByWeek).toHaveLength(13);
    expect(result.discountByWeek[11]).toBeCloseTo(0.3, 12);
    expect(result.discountByWeek[12]).toBeCloseTo(0.4, 12);
  });
});
