import { describe, expect, it } from "vitest";
import {
  fiscalYearOf,
  fiscalYearPeriods,
  periodsCovering,
  prorationShare,
  rampFactor,
} from "../../sim/plan/calendar.js";
import {
  addMonths,
  civilFromDays,
  daysFromCivil,
  formatDay,
  monthOrdinal,
  parseDay,
  tryParseDay,
} from "../../sim/plan/dates.js";

describe("dates", () => {
  it("round-trips day numbers and validates ISO dates", () => {
    expect(parseDay("1970-01-01")).toBe(0);
    expect(parseDay("2000-03-01") - parseDay("2000-02-28")).toBe(2); // 2000 is a leap year
    expect(parseDay("2100-03-01") - parseDay("2100-02-28")).toBe(1); // 2100 is not
    for (const d of ["1899-12-31", "1999-02-28", "2024-02-29", "2250-07-04"])
      expect(formatDay(parseDay(d))).toBe(d);
    for (const bad of [
      "2025-02-29",
      "2025-13-01",
      "2025-1-01",
      "2025/01/01",
      "",
      "2025-00-10",
      "2025-04-31",
    ]) {
      expect(Number.isNaN(tryParseDay(bad))).toBe(true);
    }
    expect(civilFromDays(daysFromCivil(2025, 7, 14))).toEqual({ year: 2025, month: 7, day: 14 });
  });
  it("adds months clamping the day", () => {
    expect(formatDay(addMonths(parseDay("2025-01-31"), 1))).toBe("2025-02-28");
    expect(formatDay(addMonths(parseDay("2025-03-15"), 24))).toBe("2027-03-15");
  });
});

describe("calendar", () => {
  it("names fiscal years by their start year and aligns periods to the start month", () => {
    const cal = { period: "quarter", fiscalYearStartMonth: 2 } as const;
    expect(fiscalYearOf(cal, parseDay("2025-01-31"))).toBe(2024);
    expect(fiscalYearOf(cal, parseDay("2025-02-01"))).toBe(2025);
    const q = fiscalYearPeriods(cal, 2025);
    expect(q.map((p) => p.info.id)).toEqual(["FY2025-Q1", "FY2025-Q2", "FY2025-Q3", "FY2025-Q4"]);
    expect(q[0]!.info).toMatchObject({ start: "2025-02-01", end: "2025-04-30", index: 0, fiscalYear: 2025 });
    expect(q[3]!.info).toMatchObject({ start: "2025-11-01", end: "2026-01-31" });
  });
  it("enumerates months, halves and years covering a range", () => {
    const months = periodsCovering(
      { period: "month", fiscalYearStartMonth: 1 },
      parseDay("2025-02-10"),
      parseDay("2025-04-01"),
    );
    expect(months.map((p) => p.info.id)).toEqual(["FY2025-M02", "FY2025-M03", "FY2025-M04"]);
    const halves = periodsCovering(
      { period: "half", fiscalYearStartMonth: 7 },
      parseDay("2025-01-01"),
      parseDay("2025-12-31"),
    );
    expect(halves.map((p) => `${p.info.id} ${p.info.start}..${p.info.end}`)).toEqual([
      "FY2024-H2 2025-01-01..2025-06-30",
      "FY2025-H1 2025-07-01..2025-12-31",
    ]);
    const years = periodsCovering(
      { period: "year", fiscalYearStartMonth: 1 },
      parseDay("2025-06-01"),
      parseDay("2026-01-01"),
    );
    expect(years.map((p) => p.info.id)).toEqual(["FY2025", "FY2026"]);
  });
  it("prorates by days on plan", () => {
    const q1 = fiscalYearPeriods({ period: "quarter", fiscalYearStartMonth: 1 }, 2025)[0]!;
    // hand-computed: on plan 2025-02-15..2025-03-31 = 14 + 31 = 45 of 90 days = 0.5
    expect(
      prorationShare(
        { fromDay: parseDay("2025-02-15"), toDay: Number.POSITIVE_INFINITY },
        q1.startDay,
        q1.endDay,
      ),
    ).toBe(0.5);
    // hand-computed: left 2025-01-09 → 9 of 90 days = 0.1
    expect(prorationShare({ fromDay: 0, toDay: parseDay("2025-01-09") }, q1.startDay, q1.endDay)).toBeCloseTo(
      0.1,
      12,
    );
    expect(
      prorationShare(
        { fromDay: parseDay("2025-04-01"), toDay: Number.POSITIVE_INFINITY },
        q1.startDay,
        q1.endDay,
      ),
    ).toBe(0);
  });
  it("averages the ramp over the period's months by tenure month", () => {
    const q = fiscalYearPeriods({ period: "quarter", fiscalYearStartMonth: 1 }, 2025);
    const hire = monthOrdinal(parseDay("2025-01-10"));
    const ramp = [0.25, 0.5, 0.75];
    // hand-computed: Q1 = (0.25 + 0.5 + 0.75) / 3 = 0.5; Q2 = (1 + 1 + 1) / 3 = 1
    expect(rampFactor(ramp, hire, q[0]!)).toBeCloseTo(0.5, 12);
    expect(rampFactor(ramp, hire, q[1]!)).toBe(1);
    // hire in February: Q1 months are tenure 0 (before hire, counts as 0), 0, 1 → (0.25 + 0.25 + 0.5) / 3
    expect(rampFactor(ramp, monthOrdinal(parseDay("2025-02-03")), q[0]!)).toBeCloseTo(1 / 3, 12);
  });
});
