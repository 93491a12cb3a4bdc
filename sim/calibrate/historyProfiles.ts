/**
 * The deal-timing profiles of a history (issue 12 item 8): won deals' value by month of the plan
 * period (e.g. maven-crm: 20.6% / 30.4% / 49.0% by month of quarter), by week of the period with
 * the last day apart, their value-weighted discount by week, and value by month of the fiscal
 * year — through the same kernel the simulation uses (sim/metrics/kernels/periodCurves.ts), so a
 * calibrated world's history overlays simulated curves exactly. Value = the won amount (ARR).
 */
import type { HistoryProfiles } from "../core/world.js";
import type { CanonicalTables } from "../data/rows.js";
import type { Calendar } from "../language/canonical.js";
import { accumulatePeriodCurves, curveLength, periodCurves } from "../metrics/kernels/periodCurves.js";
import { periodIndex } from "../metrics/kernels/periodEndShares.js";
import { civilFromDays, parseDay } from "../plan/dates.js";
import { periodTable } from "../trial/periodTable.js";
import { monthTable, periodWeeks } from "../trial/timingCurves.js";
import type { Range } from "./fitSales.js";

export interface WonDeal {
  readonly day: number;
  readonly amount: number;
  readonly discount: number;
}

/** Won deals closed in the range, with a positive amount. */
export function wonDeals(tables: CanonicalTables, range: Range): WonDeal[] {
  const out: WonDeal[] = [];
  for (const o of tables.opportunities) {
    if (o.stage !== "won" || o.closed_date === null || o.amount === null || !(o.amount > 0)) continue;
    if (o.closed_date < range.start || o.closed_date > range.end) continue;
    out.push({ day: parseDay(o.closed_date), amount: o.amount, discount: o.discount ?? Number.NaN });
  }
  return out;
}

/** Months of the calendar's period (month 1, quarter 3, half 6, year 12). */
export function monthsPerPeriod(calendar: Calendar): number {
  return { month: 1, quarter: 3, half: 6, year: 12 }[calendar.period];
}

/**
 * Share of won value (or of won deals, by: "count") by month of the period (0-based month from
 * the period's start), over the deals inside [from, to].
 */
export function byMonthOfPeriod(
  deals: readonly WonDeal[],
  calendar: Calendar,
  from: number,
  to: number,
  by: "value" | "count" = "value",
): (number | null)[] {
  const periods = periodTable(calendar, from, to);
  const k = monthsPerPeriod(calendar);
  const value = new Float64Array(k);
  let total = 0;
  for (const d of deals) {
    const p = periodIndex(periods, d.day);
    if (p < 0) continue;
    const a = civilFromDays(periods.start[p]!);
    const b = civilFromDays(d.day);
    const m = Math.min(k - 1, (b.year - a.year) * 12 + b.month - a.month);
    const w = by === "value" ? d.amount : 1;
    value[m] = value[m]! + w;
    total += w;
  }
  return [...value].map((v) => (total > 0 ? v / total : null));
}

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

export function historyProfiles(
  deals: readonly WonDeal[],
  calendar: Calendar,
  range: Range,
  source: string,
): HistoryProfiles {
  const from = parseDay(range.start);
  const to = parseDay(range.end);
  const weeks = periodWeeks(calendar);
  const acc = new Float64Array(curveLength(weeks));
  accumulatePeriodCurves(
    deals.map((d) => d.day),
    deals.map((d) => d.amount),
    deals.map((d) => d.discount),
    deals.length,
    periodTable(calendar, from, to),
    weeks,
    monthTable(calendar, from, to),
    acc,
  );
  const c = periodCurves(acc, weeks);
  return {
    source,
    periodWeeks: weeks,
    volumeShareByWeek: c.volumeShareByWeek.map(orNull),
    lastDayShare: orNull(c.lastDayShare),
    discountByWeek: c.discountByWeek.map(orNull),
    volumeShareByFiscalMonth: c.volumeShareByFiscalMonth.map(orNull),
    volumeShareByMonthOfPeriod: byMonthOfPeriod(deals, calendar, from, to),
  };
}
