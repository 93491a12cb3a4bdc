/**
 * What every lever decision reads, computed once per rep-month: the rep's position in the plan's
 * periods (positionPay.ts: each primary component on its own basis), the expected rest of the
 * period, this period's and next period's pay as functions of credit, and the hurdle a lever's
 * gain must clear. Credit arguments are relative to the credit so far: pay(x) is this period's
 * pay when x more credit lands in it.
 */
import type { GamingLever } from "../core/vocabulary.js";
import type { CreditPosition } from "./positionPay.js";
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
  /** Gaming propensity, clamped to 0–1. */
  readonly p: number;
  /** The rep's position at the start of the month (credit so far). */
  readonly pos: CreditPosition;
  /** Credit still expected this period at effort 1. */
  readonly rest: number;
  /** This period's pay when `extra` credit (beyond the credit so far) lands in it. */
  readonly pay: (extra: number) => number;
  /** pay(rest): this period's pay at the projection. */
  readonly projectedPay: number;
  /** Next period's expected credit at effort 1. */
  readonly nextCredit: number;
  /**
   * Next period's pay when this period ends `carry` above the projection and the next period
   * holds `credit` (YTD components pay the increase of the year's earnings over this period's end).
   */
  readonly nextPay: (carry: number, credit: number) => number;
  /** Pay per unit credit at target: periodPay(quota, quota) / quota (0 when nothing pays). */
  readonly referenceRate: number;
  /** Minimum of propensity × gain for a lever to be pulled. */
  readonly hurdle: number;
  readonly lastMonthOfPeriod: boolean;
  /** The end of this period changes what credit pays for (a period-basis part, or fiscal year end). */
  readonly periodEndMatters: boolean;
  /** The last month of a period whose end matters: pulls and pushes are decided now. */
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
 * own annual quota (a YTD bonus's target share); otherwise the response itself. positionPay reads
 * the position's annual quota, which carries the rep's own.
 */
function withRepAnnual(view: RepView, response: PlanResponse): PlanResponse {
  const a = view.annualQuota;
  if (response.ratchet === null || a === undefined || a === response.ratchet.planAnnual) return response;
  const pay = response.periodPay;
  return { ...response, periodPay: (credit, quota, annual = a) => pay(credit, quota, annual) };
}

/** The rep's position at the start of the month. */
export function positionOf(view: RepView): CreditPosition {
  return {
    periodCredit: view.periodCredit,
    periodQuota: view.periodQuota,
    ytdCredit: view.ytdCredit,
    ytdQuota: view.ytdQuota,
    ...(view.annualQuota === undefined ? {} : { annualQuota: view.annualQuota }),
    periodIndex: view.monthsInPeriod > 0 ? Math.floor(view.monthInFiscalYear / view.monthsInPeriod) : 0,
  };
}

/** The month's last period of the fiscal year ends with this period. */
function yearEndsWithPeriod(view: RepView): boolean {
  return view.monthInFiscalYear + (view.monthsInPeriod - view.monthInPeriod) >= 12;
}

export function repContext(view: RepView, plan: PlanResponse): RepContext {
  const response = withRepAnnual(view, plan);
  const pos = positionOf(view);
  const rest = Math.max(0, view.expectedRestOfPeriod);
  // pay is called a few hundred times per rep-month (effort search × certainty equivalent): it
  // moves one scratch position instead of allocating addCredit's copy each time.
  const shifted: { -readonly [K in keyof CreditPosition]: CreditPosition[K] } = { ...pos };
  const pay = (extra: number): number => {
    shifted.periodCredit = pos.periodCredit + extra;
    shifted.ytdCredit = pos.ytdCredit + extra;
    return response.positionPay(shifted);
  };
  const yearEnd = yearEndsWithPeriod(view);
  const nextPay = (carry: number, credit: number): number => {
    const q = view.periodQuota;
    const next: CreditPosition = yearEnd
      ? { periodCredit: credit, periodQuota: q, ytdCredit: credit, ytdQuota: q, periodIndex: 0 }
      : {
          periodCredit: credit,
          periodQuota: q,
          ytdCredit: pos.ytdCredit + rest + carry + credit,
          ytdQuota: pos.ytdQuota + q,
          ...(pos.annualQuota === undefined ? {} : { annualQuota: pos.annualQuota }),
          periodIndex: pos.periodIndex + 1,
        };
    return response.positionPay(next);
  };
  const rate = referenceRate(response, view.periodQuota, view.typicalDealArr);
  const lastMonthOfPeriod = view.monthInPeriod >= view.monthsInPeriod - 1;
  return {
    view,
    response,
    p: Math.min(1, Math.max(0, view.gamingPropensity)),
    pos,
    rest,
    pay,
    projectedPay: pay(rest),
    nextCredit: Math.max(0, view.expectedPerMonth) * view.monthsInPeriod,
    nextPay,
    referenceRate: rate,
    hurdle: Math.max(EPSILON_PAY, HURDLE_SHARE * rate * Math.max(0, view.typicalDealArr)),
    lastMonthOfPeriod,
    periodEndMatters: response.periodBasisParts || yearEnd,
    boundaryAhead: lastMonthOfPeriod && (response.periodBasisParts || yearEnd),
  };
}
