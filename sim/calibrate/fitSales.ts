/**
 * Fit the sales side of a world (SegmentSales) from opportunities, per customer segment:
 * - deal size at list price: lognormal by maximum likelihood, median = exp(mean ln x),
 *   sigma = sd(ln x) of won deals' list ARR (list_amount, else amount / (1 − discount));
 * - win rate = won / (won + lost) of deals closed in the range;
 * - sales cycle = the 10th–90th percentile of whole months from creation to close of won deals;
 * - typical discount = mean discount of won deals; term mix = shares of 12 / 24 / 36-month terms
 *   (each term rounded to the nearest of the three);
 * - leads per AE per month = opportunities created in the range / AE-months serving the segment
 *   (an AE whose segment is not SMB/MM/ENT serves every segment in proportion to its deals).
 */
import { mean, quantile, sampleStandardDeviation } from "simple-statistics";
import { SEGMENTS, type Segment } from "../core/vocabulary.js";
import type { SegmentSales } from "../core/world.js";
import type { CanonicalTables, OpportunityRow } from "../data/rows.js";
import { type Evidence, fitted } from "./evidence.js";
import { monthsBetween, monthsSpanned } from "./months.js";
import { toSegment } from "./segments.js";

export interface Range {
  readonly start: string;
  readonly end: string;
}

const inRange = (date: string | null, r: Range): date is string =>
  date !== null && date >= r.start && date <= r.end;

function listArr(o: OpportunityRow): number | null {
  if (o.list_amount !== null && o.list_amount > 0) return o.list_amount;
  if (o.amount === null || o.amount <= 0) return null;
  return o.discount !== null && o.discount < 1 ? o.amount / (1 - o.discount) : o.amount;
}

function termBucket(months: number | null): 0 | 1 | 2 {
  const m = months ?? 12;
  return m < 18 ? 0 : m < 30 ? 1 : 2;
}

/** AE-months in the range per segment served. */
function aeMonths(
  tables: CanonicalTables,
  range: Range,
  dealShare: Record<Segment, number>,
): Record<Segment, number> {
  const out: Record<Segment, number> = { SMB: 0, MM: 0, ENT: 0 };
  for (const r of tables.reps) {
    if (r.role !== "AE") continue;
    const from = r.hire_date > range.start ? r.hire_date : range.start;
    const to = r.termination_date !== null && r.termination_date < range.end ? r.termination_date : range.end;
    if (to < from) continue;
    const months = monthsSpanned(from, to);
    const own = toSegment(r.segment);
    if (own) out[own] += months;
    else for (const s of SEGMENTS) out[s] += months * dealShare[s];
  }
  return out;
}

export function fitSales(
  tables: CanonicalTables,
  range: Range,
  base: Readonly<Record<Segment, SegmentSales>>,
): { sales: Record<Segment, SegmentSales>; evidence: Evidence[] } {
  const segmentOf = new Map(tables.accounts.map((a) => [a.account_id, toSegment(a.segment)]));
  const bySegment: Record<Segment, OpportunityRow[]> = { SMB: [], MM: [], ENT: [] };
  for (const o of tables.opportunities) {
    const s = segmentOf.get(o.account_id);
    if (s) bySegment[s].push(o);
  }
  const created = (s: Segment) => bySegment[s].filter((o) => inRange(o.created_date, range)).length;
  const totalCreated = SEGMENTS.reduce((n, s) => n + created(s), 0);
  const dealShare = Object.fromEntries(
    SEGMENTS.map((s) => [s, totalCreated > 0 ? created(s) / totalCreated : 1 / 3]),
  ) as Record<Segment, number>;
  const months = aeMonths(tables, range, dealShare);
  const evidence: Evidence[] = [];
  const sales = {} as Record<Segment, SegmentSales>;
  for (const s of SEGMENTS) {
    const b = base[s];
    const deals = bySegment[s];
    const closed = deals.filter((o) => o.stage !== "open" && inRange(o.closed_date, range));
    const won = closed.filter((o) => o.stage === "won");
    const logs = won
      .map(listArr)
      .filter((x): x is number => x !== null)
      .map(Math.log);
    const median = fitted(
      "dealSizeMedian",
      s,
      logs.length > 0 ? Math.exp(mean(logs)) : Number.NaN,
      logs.length,
      "exp(mean ln list ARR) of won deals",
      b.dealSizeMedian,
    );
    const sigma = fitted(
      "dealSizeSigma",
      s,
      logs.length > 1 ? sampleStandardDeviation(logs) : Number.NaN,
      logs.length,
      "sd(ln list ARR) of won deals",
      b.dealSizeSigma,
    );
    const winRate = fitted(
      "winRate",
      s,
      closed.length > 0 ? won.length / closed.length : Number.NaN,
      closed.length,
      "won / (won + lost), closed in range",
      b.winRate,
    );
    const cycles = won
      .filter((o) => o.created_date !== null)
      .map((o) => Math.max(1, monthsBetween(o.created_date!, o.closed_date!)));
    const cycleLo = fitted(
      "cycleMonths.min",
      s,
      cycles.length > 0 ? Math.round(quantile(cycles, 0.1)) : Number.NaN,
      cycles.length,
      "p10 (min) and p90 (max) of months created → closed, won deals",
      b.cycleMonths[0],
    );
    const cycleHi = fitted(
      "cycleMonths.max",
      s,
      cycles.length > 0 ? Math.round(quantile(cycles, 0.9)) : Number.NaN,
      cycles.length,
      "p10 (min) and p90 (max) of months created → closed, won deals",
      b.cycleMonths[1],
    );
    const discounts = won.map((o) => o.discount).filter((d): d is number => d !== null);
    const discount = fitted(
      "typicalDiscount",
      s,
      discounts.length > 0 ? mean(discounts) : Number.NaN,
      discounts.length,
      "mean discount of won deals",
      b.typicalDiscount,
    );
    const terms: [number, number, number] = [0, 0, 0];
    for (const o of won) terms[termBucket(o.term_months)]++;
    const termMix =
      won.length >= 20 ? (terms.map((t) => t / won.length) as [number, number, number]) : b.termMix;
    const leads = fitted(
      "leadsPerMonth",
      s,
      months[s] > 0 ? created(s) / months[s] : Number.NaN,
      created(s),
      "opportunities created / AE-months serving the segment",
      b.leadsPerMonth,
    );
    evidence.push(median, sigma, winRate, cycleLo, cycleHi, discount, leads);
    evidence.push({
      parameter: "termMix.12",
      segment: s,
      value: termMix[0],
      n: won.length,
      method: "share of won deals with a ≤ 17-month term",
      source: won.length >= 20 ? "fitted" : "base",
    });
    sales[s] = {
      ...b,
      dealSizeMedian: median.value,
      dealSizeSigma: sigma.value,
      winRate: winRate.value,
      cycleMonths: [Math.min(cycleLo.value, cycleHi.value), Math.max(cycleLo.value, cycleHi.value)],
      typicalDiscount: discount.value,
      termMix,
      leadsPerMonth: leads.value,
    };
  }
  return { sales, evidence };
}
