/**
 * The per-trial metrics (TRIAL_METRICS, DESIGN §8) of one world run and its pay. The pay,
 * attainment, pay-for-performance, cost-ratio and timing metrics come from the shared kernels
 * in sim/metrics/kernels/ (the backtest calls the same ones), whose files state the conventions;
 * what this file decides is what the simulation feeds them.
 *
 * Horizon rule: metrics describe the horizon; the tail only settles horizon work — clawbacks,
 * releases and vesting count in cost (pay.ts) and churn/contraction of accounts sold in the
 * horizon count in arr.churned/arr.contraction whenever they happen.
 *  - payout.*: annualised counted pay (× 12 / horizon months: simulated reps are on the plan the
 *    whole horizon) of reps with a plan.
 *  - attainment.*: rep-years of each rep's plan over the horizon window (repYears.ts).
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
 *  - timing.*: horizon bookings in the periods of the variant's AE plan calendar (the plan that
 *    credits bookings; a quarterly calendar from January without an AE plan).
 */
import { type AccountingPolicy, DEFAULT_ACCOUNTING } from "../core/accountingPolicy.js";
import { ROLES } from "../core/vocabulary.js";
import type { Plan } from "../language/canonical.js";
import { PAY_STATS, payDistribution } from "../metrics/kernels/payDistribution.js";
import {
  accumulatePeriodEnds,
  lastMonthShare,
  lastWeekShare,
  TIMING_ACC,
} from "../metrics/kernels/periodEndShares.js";
import { rankCorrelationByGroup } from "../metrics/kernels/rankCorrelation.js";
import { attainmentBands, BAND_IDS, belowHalfTargetShare, costRatio } from "../metrics/kernels/shares.js";
import { TRIAL_METRICS } from "../metrics/trialMetricIds.js";
import { companyGroup, type WorldState } from "../world/state.js";
import type { PayResult } from "./pay.js";
import { periodTable } from "./periodTable.js";
import { type AttainmentYears, attainmentYears, repYearAttainments } from "./repYears.js";
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

const col = (id: (typeof TRIAL_METRICS)[number]) => TRIAL_METRICS.indexOf(id);
const PAY_AT = col("payout.mean");
const BANDS_AT = col("attainment.below80");
// the kernels write runs of columns: the column order must follow theirs
if (
  PAY_STATS.some((k, i) => TRIAL_METRICS[PAY_AT + i] !== `payout.${k}`) ||
  BAND_IDS.some((id, i) => TRIAL_METRICS[BANDS_AT + i] !== id)
)
  throw new Error("internal: TRIAL_METRICS order differs from the payout/attainment kernels'");

/** The horizon's rep-year attainments of every rep with a plan (repYears.ts), in rep order. */
function horizonAttainments(s: WorldState, pay: PayResult, startDay: number, endDay: number) {
  const yearsByPlan = new Map<Plan, AttainmentYears>();
  // a horizon of H months touches at most ⌈H / 12⌉ + 1 fiscal years of any calendar
  const out = new Float64Array(s.reps.length * (Math.ceil(s.horizon / 12) + 1));
  let n = 0;
  for (let r = 0; r < s.reps.length; r++) {
    const plan = s.plans[r];
    if (plan === null || plan === undefined) continue;
    let years = yearsByPlan.get(plan);
    if (!years) {
      years = attainmentYears(plan.calendar, startDay, endDay);
      yearsByPlan.set(plan, years);
    }
    n += repYearAttainments(plan, pay.statements[r]!, years, -Infinity, Infinity, out, n);
  }
  return { values: out, n };
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
  const horizonStart = s.cal.monthStart[0]!;
  const horizonEnd = s.cal.monthStart[H]! - 1;
  // per rep with a plan: annualised pay, target, role (for the within-role pay–value correlation)
  const annual = new Float64Array(s.reps.length);
  const targets = new Float64Array(s.reps.length);
  const role = new Int8Array(s.reps.length).fill(-1);
  let paid = 0;
  let cost = 0;
  for (let r = 0; r < s.reps.length; r++) {
    const plan = s.plans[r];
    if (plan === null || plan === undefined) continue;
    cost += pay.repPay[r]!;
    annual[paid] = (pay.repPay[r]! * 12) / H;
    targets[paid] = plan.payMix.targetVariable;
    paid++;
    role[r] = ROLES.indexOf(s.reps[r]!.role);
  }
  const t = s.tallies;
  set("cost.total", cost);
  let cash = 0;
  for (let r = 0; r < s.reps.length; r++)
    if (s.plans[r] !== null && s.plans[r] !== undefined) cash += pay.repCash[r]!;
  set("cost.cash", cash);
  set("cost.ratio", costRatio(cost, t.arrNew + t.arrExpansion));
  if (paid > 0) {
    set("payout.zeroShare", belowHalfTargetShare(annual, targets, paid));
    payDistribution(annual, paid, out, PAY_AT); // sorts annual in place: zeroShare first
  }
  const attain = horizonAttainments(s, pay, horizonStart, horizonEnd);
  if (attain.n > 0) attainmentBands(attain.values, attain.n, out, BANDS_AT);
  set("payPerformance.rho", rankCorrelationByGroup(pay.repPay, value, role, s.reps.length, ROLES.length));
  const g = companyGroup(s);
  const tr = s.tracker;
  set("customer.nrr", tr.retention(g, H - 1, true, H));
  set("customer.grr", tr.retention(g, H - 1, false, H));
  set("customer.logoChurn", 1 - tr.logoRetention(g, H - 1, H));
  set("customer.activation", t.soldInHorizon > 0 ? t.activatedInWindow / t.soldInHorizon : Number.NaN);
  set("customer.adoption", tr.usageDepth(g, H - 1));
  set("customer.npsTrue", tr.nps(g, 0, H - 1, false));
  set("customer.npsReported", tr.nps(g, 0, H - 1, true));
  const calendar = aePlan?.calendar ?? { period: "quarter" as const, fiscalYearStartMonth: 1 };
  const timing = new Float64Array(TIMING_ACC);
  const periods = periodTable(calendar, horizonStart, horizonEnd);
  accumulatePeriodEnds(t.bookingDay, t.bookingArr, t.bookingDay.length, periods, timing);
  set("timing.lastMonthShare", lastMonthShare(timing));
  set("timing.lastWeekShare", lastWeekShare(timing));
  set("arr.new", t.arrNew);
  set("arr.newAtList", t.arrNewAtList);
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
