/**
 * What every lever decision reads, computed once per rep-month: the credit and quota periodPay
 * is called with (period or YTD, by the plan's basis), the projected credit at the end of the
 * period, the plan's reference pay rate and the hurdle a lever's gain must clear.
 */
import type { GamingLever } from "../core/vocabulary.js";
import type { LeverSet, PlanResponse, RepView } from "./types.js";

/**
 * A lever is pulled only when propensity × its expected pay gain exceeds this share of a typical
 * deal's commission at the reference rate: the hassle and the risk of being caught that keep a
 * mildly strategic rep from chasing small gains. Assumption (no published figure); 5%.
 */
export const HURDLE_SHARE = 0.05;

/** Gains below this (currency) are numerical noise, never a reason to act. */
export const EPSILON_PAY = 1e-6;

export interface RepContext {
  readonly view: RepView;
  readonly response: PlanResponse;
  readonly p: number;
  /** Credit so far and quota on the plan's basis (period, or fiscal year to date). */
  readonly credit: number;
  readonly quota: number;
  /** credit + expected rest of the period at effort 1. */
  readonly projected: number;
  /** Pay per unit credit at target: periodPay(quota, quota) / quota (0 when nothing pays). */
  readonly referenceRate: number;
  /** Minimum of propensity × gain for a lever to be pulled. */
  readonly hurdle: number;
  readonly lastMonthOfPeriod: boolean;
  /** The period boundary ahead changes what credit pays for (period basis, or YTD at fiscal year end). */
  readonly boundaryAhead: boolean;
}

/** The lever may be used at all: in the experiment's set and the rep is not honest. */
export function leverOn(view: RepView, levers: LeverSet, lever: GamingLever): boolean {
  return view.gamingPropensity > 0 && levers.has(lever);
}

/** Pay per unit credit at 100% attainment (a plan without quota: the rate on one typical deal). */
export function referenceRate(response: PlanResponse, quota: number, unit: number): number {
  const q = quota > 0 ? quota : unit;
  if (!(q > 0)) return 0;
  return Math.max(0, response.periodPay(q, quota) / q);
}

/**
 * Under a quota ratchet, from the second year on: the response with periodPay reading the rep's
 * own annual quota (a YTD bonus's target share); otherwise the response itself.
 */
function withRepAnnual(view: RepView, response: PlanResponse): PlanResponse {
  const a = view.annualQuota;
  if (response.ratchet === null || a === undefined || a === response.ratchet.planAnnual) return response;
  const pay = response.periodPay;
  return { ...response, periodPay: (credit, quota, annual = a) => pay(credit, quota, annual) };
}

export function repContext(view: RepView, plan: PlanResponse): RepContext {
  const response = withRepAnnual(view, plan);
  const ytd = response.basis === "ytd";
  const credit = ytd ? view.ytdCredit : view.periodCredit;
  const quota = ytd ? view.ytdQuota : view.periodQuota;
  const rate = referenceRate(response, view.periodQuota, view.typicalDealArr);
  const lastMonthOfPeriod = view.monthInPeriod >= view.monthsInPeriod - 1;
  return {
    view,
    response,
    p: Math.min(1, Math.max(0, view.gamingPropensity)),
    credit,
    quota,
    projected: credit + view.expectedRestOfPeriod,
    referenceRate: rate,
    hurdle: Math.max(EPSILON_PAY, HURDLE_SHARE * rate * Math.max(0, view.typicalDealArr)),
    lastMonthOfPeriod,
    boundaryAhead: lastMonthOfPeriod && (!ytd || view.monthInFiscalYear >= 11),
  };
}

/** Pay change on the plan's basis when credit moves from `from` to `to`. */
export function payDelta(ctx: RepContext, from: number, to: number): number {
  return ctx.response.periodPay(to, ctx.quota) - ctx.response.periodPay(from, ctx.quota);
}
