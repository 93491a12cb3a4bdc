/**
 * The DESIGN §8 metrics a history supports, for one replayed variant. History is one realised
 * world, so these are exact values with no Monte Carlo error.
 *
 * Conventions (also in the backtest report):
 * - annualised pay = paid in range / years on plan in range; reps with under a quarter of a year
 *   on plan are left out of the pay distribution (their annualised pay is mostly noise);
 * - attainment is per rep and fiscal year: credited / quota of the plan's first quota metric,
 *   summed over the year's periods in range (quotas prorated and ramped by the evaluator);
 *   only fiscal years the range covers for at least 9 months count (a partial year's attainment
 *   mostly measures the cut), and rep-years whose quota is under a quarter of the annual quota
 *   (hired late, left early) are left out;
 * - credited ARR (for cost.ratio) counts each ledger event once even when several reps share it.
 */
import { sampleRankCorrelation } from "simple-statistics";
import type { LedgerEvent } from "../core/ledger.js";
import type { Plan } from "../language/canonical.js";
import {
  type AttainmentBands,
  attainmentBands,
  belowHalfTargetShare,
  summarizeDistribution,
} from "../metrics/distribution.js";
import { fiscalYearEnd, fiscalYearOf, fiscalYearStart, periodsCovering } from "../plan/calendar.js";
import { parseDay } from "../plan/dates.js";
import type { EvaluationRange } from "../plan/evaluate.js";
import type { RepReplay, VariantReplay } from "./replay.js";
import { type DatedAmount, mergeTiming, type TimingDiagnostics, timingDiagnostics } from "./timing.js";

export const MIN_YEARS_FOR_PAY_DISTRIBUTION = 0.25;

export interface VariantMetrics {
  readonly "cost.total": number;
  readonly "cost.ratio": number;
  readonly "payout.mean": number;
  readonly "payout.sd": number;
  readonly "payout.cv": number;
  readonly "payout.p10": number;
  readonly "payout.p50": number;
  readonly "payout.p90": number;
  readonly "payout.gini": number;
  readonly "payout.zeroShare": number;
  readonly "attainment.bands": AttainmentBands;
  readonly "payPerformance.rho": number;
  readonly "timing.lastMonthShare": number;
  readonly "timing.lastWeekShare": number;
}

export interface VariantDetail {
  readonly metrics: VariantMetrics;
  readonly creditedArr: number;
  readonly repsPaid: number;
  readonly repYears: number;
  readonly timing: TimingDiagnostics;
  /** Per rep: annualised pay and attainment (for baselines). */
  readonly perRep: readonly RepFigures[];
}

export interface RepFigures {
  readonly replay: RepReplay;
  readonly annualisedPay: number;
  readonly targetVariable: number;
  /** Attainment per fiscal year (see conventions). */
  readonly attainment: readonly number[];
  /** Net ARR the rep's ledger credits: bookings + expansion − contraction − churn. */
  readonly valueCreated: number;
}

const inRange = (e: LedgerEvent, from: string, to: string) => e.date >= from && e.date <= to;

/** Fiscal years of a plan's calendar that the range covers for at least 9 months. */
export function coveredFiscalYears(plan: Plan, range: EvaluationRange): Set<number> {
  const start = parseDay(range.start);
  const end = parseDay(range.end);
  const years = new Set<number>();
  for (let fy = fiscalYearOf(plan.calendar, start); fy <= fiscalYearOf(plan.calendar, end); fy++) {
    const from = Math.max(start, fiscalYearStart(plan.calendar, fy));
    const to = Math.min(end, fiscalYearEnd(plan.calendar, fy));
    if (to - from + 1 >= 273) years.add(fy);
  }
  return years;
}

export function repFigures(replay: RepReplay, range: EvaluationRange): RepFigures {
  const coveredYears = coveredFiscalYears(replay.plan, range);
  const years = replay.yearsOnPlan;
  const quotaMetric = replay.plan.quotas[0]?.metric ?? null;
  const annual = replay.plan.quotas[0]?.annual ?? 0;
  const byYear = new Map<number, { credited: number; quota: number }>();
  if (quotaMetric !== null) {
    for (const s of replay.statements) {
      if (!coveredYears.has(s.period.fiscalYear)) continue;
      const y = byYear.get(s.period.fiscalYear) ?? { credited: 0, quota: 0 };
      y.credited += s.credited[quotaMetric] ?? 0;
      y.quota += s.quota[quotaMetric] ?? 0;
      byYear.set(s.period.fiscalYear, y);
    }
  }
  const attainment = [...byYear.values()]
    .filter((y) => y.quota >= 0.25 * annual && y.quota > 0)
    .map((y) => y.credited / y.quota);
  let value = 0;
  for (const e of replay.ledger.events) {
    if (!inRange(e, range.start, range.end)) continue;
    if (e.type === "booking" || e.type === "expansion") value += e.arr;
    else if (e.type === "contraction" || e.type === "churn") value -= e.arr;
  }
  return {
    replay,
    annualisedPay: years > 0 ? replay.paidCents / 100 / years : 0,
    targetVariable: replay.plan.payMix.targetVariable,
    attainment,
    valueCreated: years > 0 ? value / years : 0,
  };
}

export function variantMetrics(replay: VariantReplay, range: EvaluationRange): VariantDetail {
  const perRep = replay.reps.map((r) => repFigures(r, range));
  const paid = perRep.filter((r) => r.replay.yearsOnPlan >= MIN_YEARS_FOR_PAY_DISTRIBUTION);
  const pay = paid.map((r) => r.annualisedPay);
  const distribution = summarizeDistribution(pay);
  const costCents = replay.reps.reduce((sum, r) => sum + r.paidCents, 0);
  const creditedArr = uniqueCreditedArr(replay, range);
  const attainments = perRep.flatMap((r) => r.attainment);
  const timing = variantTiming(replay, range);
  return {
    metrics: {
      "cost.total": costCents / 100,
      "cost.ratio": creditedArr > 0 ? costCents / 100 / creditedArr : Number.NaN,
      "payout.mean": distribution.mean,
      "payout.sd": distribution.sd,
      "payout.cv": distribution.cv,
      "payout.p10": distribution.p10,
      "payout.p50": distribution.p50,
      "payout.p90": distribution.p90,
      "payout.gini": distribution.gini,
      "payout.zeroShare": belowHalfTargetShare(
        pay,
        paid.map((r) => r.targetVariable),
      ),
      "attainment.bands": attainmentBands(attainments),
      "payPerformance.rho":
        paid.length >= 3 && !allEqual(pay) && !allEqual(paid.map((r) => r.valueCreated))
          ? sampleRankCorrelation(
              pay,
              paid.map((r) => r.valueCreated),
            )
          : Number.NaN,
      "timing.lastMonthShare": timing.lastMonthShare,
      "timing.lastWeekShare": timing.lastWeekShare,
    },
    creditedArr,
    repsPaid: paid.length,
    repYears: attainments.length,
    timing,
    perRep,
  };
}

function allEqual(values: readonly number[]): boolean {
  return values.every((v) => v === values[0]);
}

/** New + expansion ARR credited to the variant's reps in range, each event once. */
function uniqueCreditedArr(replay: VariantReplay, range: EvaluationRange): number {
  const seen = new Set<string>();
  let sum = 0;
  for (const r of replay.reps) {
    for (const e of r.ledger.events) {
      if ((e.type !== "booking" && e.type !== "expansion") || !inRange(e, range.start, range.end)) continue;
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      sum += e.arr;
    }
  }
  return sum;
}

/** Booking timing, each booking placed in the periods of its rep's plan calendar. */
export function variantTiming(replay: VariantReplay, range: EvaluationRange): TimingDiagnostics {
  const parts: TimingDiagnostics[] = [];
  for (const plan of replay.variant.plans) {
    const seen = new Set<string>();
    const bookings: DatedAmount[] = [];
    for (const r of replay.reps) {
      if (r.plan !== plan) continue;
      for (const e of r.ledger.events) {
        if (e.type !== "booking" || !inRange(e, range.start, range.end) || seen.has(e.id)) continue;
        seen.add(e.id);
        bookings.push({ date: e.date, amount: e.arr, discount: e.discount });
      }
    }
    const periods = periodsCovering(plan.calendar, parseDay(range.start), parseDay(range.end)).map(
      (p) => p.info,
    );
    parts.push(timingDiagnostics(bookings, periods));
  }
  return mergeTiming(parts);
}
