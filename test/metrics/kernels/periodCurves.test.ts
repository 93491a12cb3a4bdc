/**
 * Larkin's curves (sim/metrics/kernels/periodCurves.ts) on hand-made bookings: week buckets of a
 * quarter with the last day apart, value-weighted discounts, months of a February fiscal year.
 */
import { describe, expect, it } from "vitest";
import {
  accumulatePeriodCurves,
  curveLength,
  periodCurves,
  weekBucket,
} from "../../../sim/metrics/kernels/periodCurves.js";
import { parseDay } from "../../../sim/plan/dates.js";
import { periodTable } from "../../../sim/trial/periodTable.js";
import { monthTable, periodWeeks } from "../../../sim/trial/timingCurves.js";

const FEB_QUARTERS = { period: "quarter" as const, fiscalYearStartMonth: 2 };

describe("period curves", () => {
  const from = parseDay("2025-02-01");
  const to = parseDay("2025-07-31");
  const periods = periodTable(FEB_QUARTERS, from, to);
  const months = monthTable(FEB_QUARTERS, from, to);
  const W = periodWeeks(FEB_QUARTERS);

  it("weeks of a quarter: 13 buckets, the trailing days in week 13, the last day apart", () => {
    expect(W).toBe(13);
    expect(periods.start[0]).toBe(from); // Feb 1 – Apr 30 (89 days)
    expect(weekBucket(periods, 0, parseDay("2025-02-07"), W)).toBe(0);
    expect(weekBucket(periods, 0, parseDay("2025-02-08"), W)).toBe(1);
    expect(weekBucket(periods, 0, parseDay("2025-04-29"), W)).toBe(12); // day 87
    expect(weekBucket(periods, 0, parseDay("2025-04-30"), W)).toBe(13); // the last day
    expect(months.fiscalMonth[0]).toBe(0); // February opens the fiscal year
    expect(months.fiscalMonth[5]).toBe(5); // July
  });

  it("shares and value-weighted discounts by bucket, months of the fiscal year", () => {
    const rows: [string, number, number][] = [
      ["2025-02-03", 100, 0.1], // Q1 week 1, fiscal month 0
      ["2025-02-05", 300, 0.3], // Q1 week 1
      ["2025-04-30", 600, 0.2], // Q1 last day, fiscal month 2
      ["2025-05-01", 1000, Number.NaN], // Q2 week 1, discount unknown, fiscal month 3
      ["2026-03-01", 999, 0], // outside periods and months: left out
    ];
    const acc = new Float64Array(curveLength(W));
    accumulatePeriodCurves(
      rows.map((r) => parseDay(r[0])),
      rows.map((r) => r[1]),
      rows.map((r) => r[2]),
      rows.length,
      periods,
      W,
      months,
      acc,
    );
    const c = periodCurves(acc, W);
    // total 2,000: week 1 holds 1,400 (100 + 300 + 1,000), the last day 600
    expect(c.volumeShareByWeek[0]).toBeCloseTo(0.7, 12);
    expect(c.lastDayShare).toBeCloseTo(0.3, 12);
    expect(c.volumeShareByWeek[5]).toBe(0);
    // week 1 discount: (100 × 0.1 + 300 × 0.3) / 400 = 0.25 (the unknown one left out); last day 0.2
    expect(c.discountByWeek[0]).toBeCloseTo(0.25, 12);
    expect(c.discountByWeek[W]).toBeCloseTo(0.2, 12);
    expect(Number.isNaN(c.discountByWeek[3]!)).toBe(true);
    // fiscal months: Feb 400, Apr 600, May 1,000 of 2,000
    expect(c.volumeShareByFiscalMonth.slice(0, 4)).toEqual([0.2, 0, 0.3, 0.5]);
  });
});
