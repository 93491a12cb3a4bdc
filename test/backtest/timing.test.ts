import { describe, expect, it } from "vitest";
import { mergeTiming, timingDiagnostics } from "../../sim/backtest/timing.js";
import { parseDay } from "../../sim/plan/dates.js";

const QUARTERS = { period: "quarter" as const, fiscalYearStartMonth: 1 };
const booking = (date: string, amount: number, discount: number) => ({
  day: parseDay(date),
  amount,
  discount,
});

describe("timingDiagnostics", () => {
  const result = timingDiagnostics(
    [
      booking("2025-01-10", 100, 0.1), // Q1 week 2, not last month
      booking("2025-03-02", 300, 0.2), // Q1 last month, not last week
      booking("2025-03-28", 600, 0.3), // Q1 last week (Mar 25–31)
      booking("2025-06-30", 1000, 0.4), // Q2 last day
      booking("2026-01-01", 999, 0), // outside the periods: ignored
    ],
    QUARTERS,
    parseDay("2025-01-01"),
    parseDay("2025-06-30"),
  );

  it("computes last-month and last-week shares by value (the shared kernel)", () => {
    // hand-computed: total 2,000; last month 300 + 600 + 1,000 = 1,900 → 0.95; last week 1,600 → 0.8
    expect(result.bookings).toBe(4);
    expect(result.lastMonthShare).toBeCloseTo(0.95, 12);
    expect(result.lastWeekShare).toBeCloseTo(0.8, 12);
    // uniform reference: Q1 90 days (31 in March), Q2 91 days (30 in June): (31+30)/181; weeks 14/181
    expect(result.uniformLastMonthShare).toBeCloseTo(61 / 181, 12);
    expect(result.uniformLastWeekShare).toBeCloseTo(14 / 181, 12);
  });

  it("buckets value and discount by week of the period", () => {
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

  it("pools calendars from their sums, and is NaN without bookings", () => {
    const empty = timingDiagnostics([], QUARTERS, parseDay("2025-01-01"), parseDay("2025-03-31"));
    expect(empty.lastMonthShare).toBeNaN();
    const merged = mergeTiming([result, empty]);
    expect(merged.lastMonthShare).toBeCloseTo(0.95, 12);
    // uniform: (61 + 31) / (181 + 90)
    expect(merged.uniformLastMonthShare).toBeCloseTo(92 / 271, 12);
  });
});
