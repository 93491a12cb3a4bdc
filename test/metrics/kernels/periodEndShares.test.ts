import { describe, expect, it } from "vitest";
import {
  accumulatePeriodEnds,
  lastMonthShare,
  lastWeekShare,
  periodIndex,
  TIMING_ACC,
} from "../../../sim/metrics/kernels/periodEndShares.js";
import { parseDay } from "../../../sim/plan/dates.js";
import { periodTable } from "../../../sim/trial/periodTable.js";

const QUARTERS = { period: "quarter" as const, fiscalYearStartMonth: 1 };

describe("period-end shares (timing.*)", () => {
  const periods = periodTable(QUARTERS, parseDay("2025-01-01"), parseDay("2025-06-30"));
  it("builds whole periods with their last month's first day", () => {
    expect(periods.count).toBe(2);
    expect(periods.lastMonthStart[0]).toBe(parseDay("2025-03-01"));
    expect(periods.end[1]).toBe(parseDay("2025-06-30"));
    expect(periodIndex(periods, parseDay("2025-04-01"))).toBe(1);
    expect(periodIndex(periods, parseDay("2025-07-01"))).toBe(-1);
  });
  it("computes last-month and last-week shares by value", () => {
    const bookings: [string, number][] = [
      ["2025-01-10", 100], // Q1 week 2, not last month
      ["2025-03-02", 300], // Q1 last month, not last week
      ["2025-03-28", 600], // Q1 last week (Mar 25–31)
      ["2025-06-30", 1000], // Q2 last day
      ["2026-01-01", 999], // outside the periods: left out
    ];
    const acc = new Float64Array(TIMING_ACC);
    accumulatePeriodEnds(
      bookings.map(([d]) => parseDay(d)),
      bookings.map(([, a]) => a),
      bookings.length,
      periods,
      acc,
    );
    // hand-computed: total 2,000; last month 300 + 600 + 1,000 = 1,900 → 0.95; last week 1,600 → 0.8
    expect(acc[3]).toBe(4);
    expect(lastMonthShare(acc)).toBeCloseTo(0.95, 12);
    expect(lastWeekShare(acc)).toBeCloseTo(0.8, 12);
  });
  it("is NaN without bookings", () => {
    const acc = new Float64Array(TIMING_ACC);
    expect(lastMonthShare(acc)).toBeNaN();
    expect(lastWeekShare(acc)).toBeNaN();
  });
});
