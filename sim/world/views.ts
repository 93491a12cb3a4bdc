/**
 * What a rep sees at the start of a month (RepView, sim/behavior/types.ts) and the decision it
 * takes. Reps without a plan, and reps that neither respond to pay (no effort cost) nor game
 * (propensity 0 or no lever enabled), take HONEST_DECISION without a view being built
 * (decideMonth would return it anyway).
 *
 * Expectations: an AE's expected rest of period is the pipeline due by the period's end ×
 * win probability at the typical discount × expected ARR; expected credit per month is realised
 * lead flow × qualified share × win rate × mean deal. Other roles use an exponentially weighted
 * average of their monthly credit (weight 0.3), started at quota / 12.
 */
import {
  HONEST_DECISION,
  type LeverSet,
  type MonthDecision,
  type PlanResponse,
  type RepView,
} from "../behavior/types.js";
import { MISFIT_CHURN, QUALIFY_FIT } from "../core/assumptions.js";
import type { SegmentSales } from "../core/world.js";
import { fiscalYearOf } from "../plan/calendar.js";
import { logistic, logit, winProbabilityOf } from "./opportunities.js";
import { SEGMENT_INDEX, type WorldState } from "./state.js";

export type Decide = (view: RepView, response: PlanResponse, levers: LeverSet) => MonthDecision;

/**
 * Quota of the plan's primary metric: this period's, the fiscal year to date, and the annual —
 * the plan's, or the rep's own this fiscal year under a quota ratchet (quotaRule.ts).
 */
function quotas(s: WorldState, r: number, m: number): [number, number, number] {
  const plan = s.plans[r]!;
  const clock = s.clocks[r]!;
  const metric = s.responses[r]!.primaryMetric;
  const q = plan.quotas.find((x) => x.metric === metric);
  if (q === undefined) return [0, 0, 0];
  const index = Math.floor(clock.monthInFiscalYear[m]! / clock.monthsPerPeriod);
  let ytd = 0;
  for (let k = 0; k <= index; k++) ytd += q.periodWeights[k] ?? 0;
  const annual =
    q.ratchet === undefined || s.repQuotas === undefined
      ? q.annual
      : s.repQuotas.annualOf(
          plan,
          q,
          r,
          fiscalYearOf(plan.calendar, s.cal.monthStart[m]!),
          s.book.eventsOf(r),
          s.book.daysOf(r),
        );
  return [annual * (q.periodWeights[index] ?? 0), annual * ytd, annual];
}

function aeExpectations(s: WorldState, r: number, m: number, periodEnd: number): [number, number] {
  const rep = s.reps[r]!;
  const sales = s.world.sales[rep.segment];
  const mk = s.market;
  const p = s.pipelines[r]!;
  const typical = sales.typicalDiscount * mk.discountPressure[m]!;
  const meanDeal =
    sales.dealSizeMedian * Math.exp((sales.dealSizeSigma * sales.dealSizeSigma) / 2) * mk.dealSize[m]!;
  let rest = 0;
  const open = p.open;
  for (let j = 0; j < open.length; j++) {
    const i = open[j]!;
    if (p.closeMonth[i]! > periodEnd) continue;
    const pw = winProbabilityOf(
      sales,
      rep.skill,
      p.cands.fit[i]!,
      typical,
      mk.winRate[m]!,
      0,
      p.pushed[i] === 1,
    );
    rest += pw * p.cands.list[i]! * mk.dealSize[m]! * (1 - typical);
  }
  const fitQualified = s.qualifiedShare[SEGMENT_INDEX[rep.segment]]!;
  const perMonth =
    sales.leadsPerMonth *
    rep.skill *
    mk.leadFlow[m]! *
    fitQualified *
    winAt(s, r, m, typical) *
    meanDeal *
    (1 - typical);
  return [m < s.horizon ? rest : 0, perMonth];
}

function winAt(s: WorldState, r: number, m: number, discount: number): number {
  const sales = s.world.sales[s.reps[r]!.segment];
  return logistic(
    logit(sales.winRate) +
      Math.log(s.reps[r]!.skill) +
      Math.log(sales.discountOddsPer10pts) * (discount - sales.typicalDiscount) * 10 +
      Math.log(s.market.winRate[m]!),
  );
}

/** P(X < x) for X ~ Beta(a, b) by midpoint integration (200 steps; once per segment and world run). */
export function betaCdfApprox(x: number, a: number, b: number): number {
  const n = 200;
  let num = 0;
  let den = 0;
  for (let k = 0; k < n; k++) {
    const t = (k + 0.5) / n;
    const f = t ** (a - 1) * (1 - t) ** (b - 1);
    den += f;
    if (t < x) num += f;
  }
  return num / den;
}

/** Share of a segment's leads an honest rep qualifies (fit ≥ QUALIFY_FIT), by segment index. */
export function qualifiedShares(sales: readonly SegmentSales[]): Float64Array {
  return Float64Array.from(sales, (x) => 1 - betaCdfApprox(QUALIFY_FIT, x.fitAlpha, x.fitBeta));
}

export function repView(s: WorldState, r: number, m: number): RepView {
  const rep = s.reps[r]!;
  const clock = s.clocks[r]!;
  const sales = s.world.sales[rep.segment];
  const cu = s.world.customers[rep.segment];
  const mk = s.market;
  const [periodQuota, ytdQuota, annualQuota] = quotas(s, r, m);
  const monthsLeft = clock.monthsPerPeriod - clock.monthInPeriod[m]!;
  let rest: number;
  let perMonth: number;
  if (rep.role === "AE" && s.pipelines[r] !== null) {
    [rest, perMonth] = aeExpectations(s, r, m, clock.nextPeriodStart[m]! - 1);
  } else {
    perMonth = s.creditRate[r]!;
    rest = perMonth * monthsLeft;
  }
  return {
    role: rep.role,
    segment: rep.segment,
    skill: rep.skill,
    gamingPropensity: rep.gamingPropensity,
    riskAversion: rep.riskAversion,
    incentiveResponse: rep.incentiveResponse,
    effortCost: s.effortCost[r]!,
    monthInPeriod: clock.monthInPeriod[m]!,
    monthsInPeriod: clock.monthsPerPeriod,
    periodCredit: s.book.periodCredit[r]!,
    periodQuota,
    ytdCredit: s.book.ytdCredit[r]!,
    ytdQuota,
    expectedRestOfPeriod: rest,
    expectedPerMonth: perMonth,
    monthInFiscalYear: clock.monthInFiscalYear[m]!,
    winRateAtList: winAt(s, r, m, 0),
    discountOddsPer10pts: sales.discountOddsPer10pts,
    typicalDiscount: sales.typicalDiscount * mk.discountPressure[m]!,
    typicalDealArr: sales.dealSizeMedian * mk.dealSize[m]!,
    poorFitChurnMonthly:
      cu.monthlyChurnHazard * cu.poorFitChurnMultiplier * MISFIT_CHURN * mk.churnHazard[m]!,
    annualQuota,
  };
}

/** Decisions of every rep for month m (also resets period / year credit at boundaries). */
export function decideAll(s: WorldState, m: number, decide: Decide | null): void {
  const book = s.book;
  for (let r = 0; r < s.reps.length; r++) {
    const clock = s.clocks[r];
    if (clock !== null) {
      if (clock.monthInPeriod[m] === 0) book.periodCredit[r] = 0;
      if (clock.monthInFiscalYear[m] === 0) book.ytdCredit[r] = 0;
    }
    const response = s.responses[r];
    const rep = s.reps[r]!;
    const games = rep.gamingPropensity > 0 && s.levers.size > 0;
    if (decide === null || clock === null || response === null || (!games && !(s.effortCost[r]! > 0))) {
      s.decisions[r] = HONEST_DECISION;
      continue;
    }
    s.decisions[r] = decide(repView(s, r, m), response, s.levers);
  }
}
