/**
 * The DESIGN §8 metrics a history supports, for one replayed variant, through the kernels the
 * simulation uses (sim/metrics/kernels/, where the conventions are stated). History is one
 * realised world, so these are exact values with no Monte Carlo error. What the backtest feeds
 * the kernels:
 * - annualised pay = paid in range / years on plan in range; reps with under a quarter of a year
 *   on plan are left out of the pay distribution (their annualised pay is mostly noise);
 * - rep-years: the range is the window; a rep is on the plan from max(hire, plan start, range
 *   start) to min(termination, plan end, range end);
 * - pay–value correlation within each role; value = net ARR the rep's ledger credits in range
 *   (bookings + expansion − contraction − churn) per year on plan;
 * - credited ARR (for cost.ratio) counts each ledger event once even when several reps share it;
 * - timing: each booking in the periods of the calendar of every plan that credits it.
 */
import type { LedgerEvent } from "../core/ledger.js";
import { ROLES } from "../core/vocabulary.js";
import { PAY_STATS, payDistribution } from "../metrics/kernels/payDistribution.js";
import { rankCorrelationByGroup } from "../metrics/kernels/rankCorrelation.js";
import { attainmentBands, BAND_IDS, belowHalfTargetShare, costRatio } from "../metrics/kernels/shares.js";
import type { VariantMetrics } from "../metrics/summary/backtestMetrics.js";
import { parseDay } from "../plan/dates.js";
import type { EvaluationRange } from "../plan/evaluate.js";
import { type AttainmentYears, attainmentYears, repYearAttainments } from "../trial/repYears.js";
import { firstDayOnPlan } from "./ratchetQuotas.js";
import type { RepReplay, VariantReplay } from "./replay.js";
import { type DatedAmount, mergeTiming, type TimingDiagnostics, timingDiagnostics } from "./timing.js";

export type { VariantMetrics } from "../metrics/summary/backtestMetrics.js";

export const MIN_YEARS_FOR_PAY_DISTRIBUTION = 0.25;

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
  /** Attainment per counted rep-year (sim/metrics/kernels/repYears.ts). */
  readonly attainment: readonly number[];
  /** Net ARR the rep's ledger credits: bookings + expansion − contraction − churn, per year on plan. */
  readonly valueCreated: number;
}

const inRange = (e: LedgerEvent, from: string, to: string) => e.date >= from && e.date <= to;

/** Last day the rep is on the plan inside the range. */
function lastDayOnPlan(replay: RepReplay, range: EvaluationRange): number {
  const rep = replay.rep;
  return Math.min(
    parseDay(range.end),
    rep.terminationDate ? parseDay(rep.terminationDate) : Infinity,
    rep.planEnd ? parseDay(rep.planEnd) : Infinity,
  );
}

export function repFigures(replay: RepReplay, range: EvaluationRange, years?: AttainmentYears): RepFigures {
  const window = years ?? attainmentYears(replay.plan.calendar, parseDay(range.start), parseDay(range.end));
  const buffer = new Float64Array(window.from.length);
  const count = repYearAttainments(
    replay.plan,
    replay.statements,
    window,
    firstDayOnPlan(replay.rep, range),
    lastDayOnPlan(replay, range),
    buffer,
  );
  let value = 0;
  for (const e of replay.ledger.events) {
    if (!inRange(e, range.start, range.end)) continue;
    if (e.type === "booking" || e.type === "expansion") value += e.arr;
    else if (e.type === "contraction" || e.type === "churn") value -= e.arr;
  }
  const y = replay.yearsOnPlan;
  return {
    replay,
    annualisedPay: y > 0 ? replay.paidCents / 100 / y : 0,
    targetVariable: replay.targetVariable,
    attainment: Array.from(buffer.subarray(0, count)),
    valueCreated: y > 0 ? value / y : 0,
  };
}

export function variantMetrics(replay: VariantReplay, range: EvaluationRange): VariantDetail {
  const yearsByPlan = new Map(
    replay.variant.plans.map((p) => [
      p,
      attainmentYears(p.calendar, parseDay(range.start), parseDay(range.end)),
    ]),
  );
  const perRep = replay.reps.map((r) => repFigures(r, range, yearsByPlan.get(r.plan)));
  const paid = perRep.filter((r) => r.replay.yearsOnPlan >= MIN_YEARS_FOR_PAY_DISTRIBUTION);
  const n = paid.length;
  const pay = Float64Array.from(paid, (r) => r.annualisedPay);
  const value = Float64Array.from(paid, (r) => r.valueCreated);
  const role = Int8Array.from(paid, (r) => ROLES.indexOf(r.replay.rep.role));
  const out = new Float64Array(PAY_STATS.length + BAND_IDS.length);
  const zeroShare = belowHalfTargetShare(
    pay,
    Float64Array.from(paid, (r) => r.targetVariable),
    n,
  );
  const rho = rankCorrelationByGroup(pay, value, role, n, ROLES.length);
  payDistribution(pay, n, out, 0); // sorts pay in place: the other kernels read it first
  const attainments = Float64Array.from(perRep.flatMap((r) => r.attainment));
  attainmentBands(attainments, attainments.length, out, PAY_STATS.length);
  const costCents = replay.reps.reduce((sum, r) => sum + r.paidCents, 0);
  const creditedArr = uniqueCreditedArr(replay, range);
  const timing = variantTiming(replay, range);
  const stat = (i: number) => out[i]!;
  return {
    metrics: {
      "cost.total": costCents / 100,
      "cost.ratio": costRatio(costCents / 100, creditedArr),
      "payout.mean": stat(0),
      "payout.sd": stat(1),
      "payout.cv": stat(2),
      "payout.p10": stat(3),
      "payout.p50": stat(4),
      "payout.p90": stat(5),
      "payout.gini": stat(6),
      "payout.zeroShare": zeroShare,
      "attainment.below80": stat(PAY_STATS.length),
      "attainment.from80to120": stat(PAY_STATS.length + 1),
      "attainment.above120": stat(PAY_STATS.length + 2),
      "payPerformance.rho": rho,
      "timing.lastMonthShare": timing.lastMonthShare,
      "timing.lastWeekShare": timing.lastWeekShare,
    },
    creditedArr,
    repsPaid: n,
    repYears: attainments.length,
    timing,
    perRep,
  };
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
        bookings.push({ day: parseDay(e.date), amount: e.arr, discount: e.discount });
      }
    }
    parts.push(timingDiagnostics(bookings, plan.calendar, parseDay(range.start), parseDay(range.end)));
  }
  return mergeTiming(parts);
}
