/**
 * The per-trial metrics (TRIAL_METRICS, DESIGN §8) of one world run and its pay.
 *
 * Horizon rule: metrics describe the horizon; the tail only settles horizon work — clawbacks,
 * releases and vesting count in cost (pay.ts) and churn/contraction of accounts sold in the
 * horizon count in arr.churned/arr.contraction whenever they happen.
 *  - payout.*: annualised counted pay (× 12 / horizon months) of reps with a plan.
 *  - attainment.*: rep-years of the plan's first quota metric — Σ credited / Σ quota over each
 *    fiscal year wholly inside the horizon (all horizon periods when no year is whole).
 *  - payPerformance.rho: Spearman(pay, value) within each role, averaged weighted by headcount.
 *    Value (TrialOutcome.repValue): AE = ARR still alive at the end of the simulation of the
 *    accounts the AE sold in the horizon; CSM/AM = expansion − churn − contraction ARR on the
 *    rep's book over the simulation.
 *  - customer.nrr/grr: company chain-linked retention over the horizon, annualised;
 *    logoChurn = 1 − annualised logo retention; activation = share of horizon sales that activate
 *    within their window; adoption = mean usage depth of alive accounts in the last horizon month;
 *    npsTrue/npsReported over all horizon responses.
 *  - cost.expense / cost.contractAsset: the counted pay on an ASC 340-40 basis (sim/accounting/):
 *    expense recognised in the horizon months, and the capitalised-commission asset at its end.
 *  - timing.*: share of horizon booking ARR dated in the last month / last 7 days of a period of
 *    the variant's AE plan calendar (a quarterly calendar from January without an AE plan).
 */
import { sampleRankCorrelation } from "simple-statistics";
import { type AccountingPolicy, DEFAULT_ACCOUNTING } from "../core/accountingPolicy.js";
import type { Calendar, Plan } from "../language/canonical.js";
import { attainmentBands, belowHalfTargetShare, summarizeDistribution } from "../metrics/distribution.js";
import { TRIAL_METRICS } from "../metrics/trialMetricIds.js";
import { fiscalYearOf, fiscalYearPeriods } from "../plan/calendar.js";
import { addMonths, parseDay } from "../plan/dates.js";
import type { Statement } from "../plan/statement.js";
import { companyGroup, type WorldState } from "../world/state.js";
import type { PayResult } from "./pay.js";
import { trialExpense } from "./trialExpense.js";

export function repValues(s: WorldState): Float64Array {
  const out = new Float64Array(s.reps.length);
  const a = s.accounts;
  for (let i = 0; i < a.n; i++) {
    const seller = a.seller[i]!;
    if (seller >= 0 && a.horizonSale[i] === 1 && a.alive[i] === 1) out[seller] = out[seller]! + a.arr[i]!;
  }
  const t = s.tracker;
  for (let r = 0; r < s.reps.length; r++) {
    if (s.reps[r]!.role === "AE") continue;
    let v = 0;
    for (let m = 0; m < s.months; m++) v += t.gained[t.at(r, m)]! - t.lost[t.at(r, m)]!;
    out[r] = v;
  }
  return out;
}

/** Fiscal-year attainments of one rep's statements (first quota metric). */
export function repYearAttainments(
  plan: Plan,
  statements: readonly Statement[],
  horizonEndDay: number,
): number[] {
  const metric = plan.quotas[0]?.metric;
  if (metric === undefined) return [];
  const perYear = new Map<number, { credit: number; quota: number; periods: number }>();
  for (const st of statements) {
    if (parseDay(st.period.end) > horizonEndDay) continue;
    const y = perYear.get(st.period.fiscalYear) ?? { credit: 0, quota: 0, periods: 0 };
    y.credit += st.credited[metric] ?? 0;
    y.quota += st.quota[metric] ?? 0;
    y.periods++;
    perYear.set(st.period.fiscalYear, y);
  }
  const whole = [...perYear.entries()].filter(
    ([fy, y]) => y.periods === fiscalYearPeriods(plan.calendar, fy).length,
  );
  const use = whole.length > 0 ? whole.map(([, y]) => y) : [...perYear.values()];
  return use.filter((y) => y.quota > 0).map((y) => y.credit / y.quota);
}

function timingShares(s: WorldState, calendar: Calendar): [number, number] {
  const t = s.tallies;
  let total = 0;
  let lastMonth = 0;
  let lastWeek = 0;
  const cache = new Map<number, ReturnType<typeof fiscalYearPeriods>>();
  for (let k = 0; k < t.bookingDay.length; k++) {
    const day = t.bookingDay[k]!;
    const arr = t.bookingArr[k]!;
    const fy = fiscalYearOf(calendar, day);
    let periods = cache.get(fy);
    if (periods === undefined) {
      periods = fiscalYearPeriods(calendar, fy);
      cache.set(fy, periods);
    }
    const p = periods.find((x) => day >= x.startDay && day <= x.endDay)!;
    total += arr;
    if (day >= addMonths(p.endDay + 1, -1)) lastMonth += arr;
    if (day > p.endDay - 7) lastWeek += arr;
  }
  return total > 0 ? [lastMonth / total, lastWeek / total] : [Number.NaN, Number.NaN];
}

function spearmanByRole(s: WorldState, pay: Float64Array, value: Float64Array): number {
  let sum = 0;
  let weight = 0;
  for (const role of ["AE", "AM", "CSM", "SDR"] as const) {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let r = 0; r < s.reps.length; r++) {
      if (s.reps[r]!.role !== role || s.plans[r] === null) continue;
      xs.push(pay[r]!);
      ys.push(value[r]!);
    }
    if (xs.length < 3) continue;
    const rho = sampleRankCorrelation(xs, ys);
    if (!Number.isFinite(rho)) continue;
    sum += rho * xs.length;
    weight += xs.length;
  }
  return weight > 0 ? sum / weight : Number.NaN;
}

export function trialMetrics(
  s: WorldState,
  pay: PayResult,
  value: Float64Array,
  aePlan: Plan | null,
  accounting: AccountingPolicy = DEFAULT_ACCOUNTING,
): Float64Array {
  const out = new Float64Array(TRIAL_METRICS.length).fill(Number.NaN);
  const set = (id: (typeof TRIAL_METRICS)[number], v: number): void => {
    out[TRIAL_METRICS.indexOf(id)] = v;
  };
  const H = s.horizon;
  const annual: number[] = [];
  const targets: number[] = [];
  const attain: number[] = [];
  const horizonEnd = s.cal.monthStart[H]! - 1;
  let cost = 0;
  for (let r = 0; r < s.reps.length; r++) {
    const plan = s.plans[r];
    if (plan === null || plan === undefined) continue;
    cost += pay.repPay[r]!;
    annual.push((pay.repPay[r]! * 12) / H);
    targets.push(plan.payMix.targetVariable);
    attain.push(...repYearAttainments(plan, pay.statements[r]!, horizonEnd));
  }
  const t = s.tallies;
  const d = summarizeDistribution(annual);
  const bands = attainmentBands(attain);
  set("cost.total", cost);
  set("cost.ratio", t.arrNew + t.arrExpansion > 0 ? cost / (t.arrNew + t.arrExpansion) : Number.NaN);
  if (annual.length > 0) {
    set("payout.mean", d.mean);
    set("payout.sd", d.sd);
    set("payout.cv", d.cv);
    set("payout.p10", d.p10);
    set("payout.p50", d.p50);
    set("payout.p90", d.p90);
    set("payout.gini", d.gini);
    set("payout.zeroShare", belowHalfTargetShare(annual, targets));
  }
  if (attain.length > 0) {
    set("attainment.below80", bands.below80);
    set("attainment.from80to120", bands.from80to120);
    set("attainment.above120", bands.above120);
  }
  set("payPerformance.rho", spearmanByRole(s, pay.repPay, value));
  const g = companyGroup(s);
  const tr = s.tracker;
  set("customer.nrr", tr.retention(g, H - 1, true, H));
  set("customer.grr", tr.retention(g, H - 1, false, H));
  set("customer.logoChurn", 1 - tr.logoRetention(g, H - 1, H));
  set("customer.activation", t.soldInHorizon > 0 ? t.activatedInWindow / t.soldInHorizon : Number.NaN);
  set("customer.adoption", tr.usageDepth(g, H - 1));
  set("customer.npsTrue", tr.nps(g, 0, H - 1, false));
  set("customer.npsReported", tr.nps(g, 0, H - 1, true));
  const [lastMonth, lastWeek] = timingShares(
    s,
    aePlan?.calendar ?? { period: "quarter", fiscalYearStartMonth: 1 },
  );
  set("timing.lastMonthShare", lastMonth);
  set("timing.lastWeekShare", lastWeek);
  set("arr.new", t.arrNew);
  set("arr.expansion", t.arrExpansion);
  set("arr.churned", t.arrChurned);
  set("arr.contraction", t.arrContraction);
  let end = 0;
  const snap = s.horizonArr;
  if (snap !== null) for (let i = 0; i < snap.length; i++) end += snap[i]!;
  set("arr.endOfHorizon", end);
  set("value.discountGiven", t.discountGiven);
  set("deals.won", t.dealsWon);
  set("deals.poorFitWon", t.poorFitWon);
  const expense = trialExpense(s, pay, accounting);
  set("cost.expense", expense.horizonExpense);
  set("cost.contractAsset", expense.horizonAsset);
  return out;
}
