/**
 * The history's deal-timing profiles (sim/calibrate/historyProfiles.ts) and the distances the
 * behaviour fit and its check read (fitBehaviour.ts, timingFitCheck.ts). Oracles: hand-made
 * histories and hand-computed distances; maven-crm's won deals and close values by month of
 * calendar quarter computed straight from the raw CSV (not through the mapping or the kernel).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cumulativeSquares, profileDistance } from "../../sim/calibrate/fitBehaviour.js";
import { byMonthOfPeriod, historyProfiles, wonDeals } from "../../sim/calibrate/historyProfiles.js";
import { bucketKs, largestGap, timingDistances } from "../../sim/calibrate/timingFitCheck.js";
import { loadDataset } from "../../sim/data/load.js";
import type { CanonicalTables, OpportunityRow } from "../../sim/data/rows.js";
import { parseDay } from "../../sim/plan/dates.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

const QUARTERS = { period: "quarter" as const, fiscalYearStartMonth: 1 };
const YEAR = { start: "2025-01-01", end: "2025-12-31" };

function won(date: string, amount: number, discount: number | null = null): OpportunityRow {
  return {
    opportunity_id: `${date}-${amount}`,
    account_id: "a",
    owner_rep_id: "r",
    created_date: null,
    closed_date: date,
    stage: "won",
    amount,
    list_amount: null,
    discount,
    term_months: null,
    product: null,
  };
}

const tables = (opportunities: OpportunityRow[]): CanonicalTables => ({
  reps: [],
  accounts: [],
  opportunities,
  arr_movements: [],
  usage: [],
  surveys: [],
  assignments: [],
});

describe("history timing profiles", () => {
  it("a hand-made quarter: months of the quarter, first week, last day, discounts", () => {
    const h = historyProfiles(
      wonDeals(
        tables([
          won("2025-01-02", 100, 0.1), // month 1, week 1
          won("2025-02-15", 300, 0.2), // month 2
          won("2025-03-31", 600, 0.3), // month 3, the quarter's last day
          won("2026-01-05", 999), // outside the range
        ]),
        YEAR,
      ),
      QUARTERS,
      YEAR,
      "hand",
    );
    expect(h.volumeShareByMonthOfPeriod).toEqual([0.1, 0.3, 0.6]);
    expect(h.volumeShareByWeek[0]).toBeCloseTo(0.1, 12);
    expect(h.lastDayShare).toBeCloseTo(0.6, 12);
    expect(h.discountByWeek[13]).toBeCloseTo(0.3, 12);
    expect(h.volumeShareByFiscalMonth.slice(0, 3)).toEqual([0.1, 0.3, 0.6]);
  });

  it("maven-crm: won value by month of quarter as the raw CSV says (21.5% / 30.1% / 48.4%)", () => {
    const csv = readFileSync(join(PROJECT_ROOT, "data/datasets/maven-crm/sales_pipeline.csv"), "utf8")
      .trim()
      .split("\n");
    const head = csv[0]!.split(",");
    const [stage, close, value] = ["deal_stage", "close_date", "close_value"].map((c) => head.indexOf(c));
    const byMonth = [0, 0, 0];
    const deals = [0, 0, 0];
    for (const line of csv.slice(1)) {
      const f = line.split(",");
      if (f[stage!] !== "Won" || !f[close!]) continue;
      byMonth[(Number(f[close!]!.slice(5, 7)) - 1) % 3]! += Number(f[value!]);
      deals[(Number(f[close!]!.slice(5, 7)) - 1) % 3]! += 1;
    }
    const total = byMonth.reduce((a, b) => a + b, 0);
    const { tables: maven } = loadDataset("data/mappings/maven-crm.yaml", { onBadRows: "fail" });
    const range = { start: "2016-01-01", end: "2018-12-31" };
    const h = historyProfiles(wonDeals(maven, range), QUARTERS, range, "maven");
    for (const [k, x] of h.volumeShareByMonthOfPeriod.entries())
      expect(x!, `month ${k + 1}`).toBeCloseTo(byMonth[k]! / total, 9);
    expect(byMonth[2]! / total).toBeCloseTo(0.484, 3);
    // by count: the 20.6% / 30.4% / 49.0% of won deals
    const n = deals.reduce((a, b) => a + b, 0);
    const byCount = byMonthOfPeriod(
      wonDeals(maven, range),
      QUARTERS,
      parseDay(range.start),
      parseDay(range.end),
      "count",
    );
    for (const [k, x] of byCount.entries()) expect(x!, `month ${k + 1}`).toBeCloseTo(deals[k]! / n, 9);
    expect(deals.map((d) => Math.round((1000 * d) / n) / 10)).toEqual([20.6, 30.4, 49]);
    expect(parseDay(range.start)).toBeLessThan(parseDay(range.end));
  });

  it("won deals by month of the period, by count and by value (hand-made)", () => {
    const deals = wonDeals(
      tables([
        won("2025-01-10", 100),
        won("2025-02-10", 100),
        won("2025-03-10", 100),
        won("2025-03-20", 700),
      ]),
      YEAR,
    );
    const [from, to] = [parseDay(YEAR.start), parseDay(YEAR.end)];
    expect(byMonthOfPeriod(deals, QUARTERS, from, to, "count")).toEqual([0.25, 0.25, 0.5]);
    expect(byMonthOfPeriod(deals, QUARTERS, from, to, "value")).toEqual([0.1, 0.1, 0.8]);
  });
});

describe("distances between timing profiles (hand-computed)", () => {
  it("KS over buckets is the largest gap of the cumulative shares", () => {
    // cumulative: a 0.2, 0.5, 1 — b 0.4, 0.6, 1 → gaps 0.2, 0.1, 0
    expect(bucketKs([0.2, 0.3, 0.5], [0.4, 0.2, 0.4])).toBeCloseTo(0.2, 12);
    expect(bucketKs([0.5, 0.5], [0.5, 0.5])).toBe(0);
    expect(bucketKs([null, null], [0.5, 0.5])).toBeNull();
    // an unknown share counts 0 when the other buckets are known
    expect(bucketKs([null, 1], [0.5, 0.5])).toBeCloseTo(0.5, 12);
  });

  it("the discount curve's largest gap skips buckets either side lacks", () => {
    expect(largestGap([0.1, 0.3, null], [0.15, 0.1, 0.9])).toBeCloseTo(0.2, 12);
    expect(largestGap([null], [0.2])).toBeNull();
  });

  it("the fit's distance: squared cumulative gaps by week (last day apart) plus squared discount gaps", () => {
    expect(cumulativeSquares([0.2, 0.3, 0.5], [0.4, 0.2, 0.4])).toBeCloseTo(0.04 + 0.01 + 0, 12);
    const profile = (weeks: number[], last: number, discounts: number[]) => ({
      periodWeeks: weeks.length,
      volumeShareByWeek: weeks,
      lastDayShare: last,
      discountByWeek: discounts,
      volumeShareByFiscalMonth: [],
      volumeShareByMonthOfPeriod: [],
    });
    const a = profile([0.5, 0.5], 0, [0.1, 0.1, 0.1]);
    const b = profile([0.5, 0.3], 0.2, [0.1, 0.1, 0.3]);
    // cumulative 0.5, 1, 1 vs 0.5, 0.8, 1 → 0.04; discounts → 0.04
    expect(profileDistance(a, b)).toBeCloseTo(0.08, 12);
    expect(profileDistance(a, a)).toBe(0);
  });

  it("timingDistances lists KS by month, week and fiscal month and the discount gap, fitted and default", () => {
    const h = historyProfiles(
      wonDeals(tables([won("2025-01-02", 100, 0.1), won("2025-03-31", 100, 0.3)]), YEAR),
      QUARTERS,
      YEAR,
      "hand",
    );
    const same = timingDistances(h, h, h);
    expect(same.map((d) => d.kind)).toEqual(["KS D", "KS D", "KS D", "largest gap"]);
    for (const d of same) {
      expect(d.fitted).toBe(0);
      expect(d.defaultMix).toBe(0);
    }
    // everything on the first day instead: month KS 0.5 (cumulative 1 vs 0.5 after month 1)
    const early = { ...h, volumeShareByMonthOfPeriod: [1, 0, 0] };
    expect(timingDistances(h, early, h)[0]!.fitted).toBeCloseTo(0.5, 12);
  });
});
