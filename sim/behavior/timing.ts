/**
 * Timing (DESIGN §6): in the last month of a period, pull next-period deals forward (with an
 * extra discount) or push this period's closes into the next (sandbagging), whichever lands the
 * credit where the plan pays more. Larkin (2014): quarter-end bunching and deeper discounts under
 * accelerating quarterly plans; Oyer (1998): fiscal-year-end peaks under nonlinear annual plans.
 *
 * With the plan's own periodPay:
 *   pull x: [pay(C + x(1 − d)) − pay(C)] × m(d)/m(0) − w × [pay'(N) − pay'(N − x)]
 *   push x: w × (1 − PUSH_SLIP) × [pay'(N + x) − pay'(N)] − [pay(C) − pay(C − x)]
 * C = projected credit at period end, N = next period's expected credit (expectedPerMonth ×
 * months per period), pay' = periodPay against the next period's quota (assumed equal to this
 * one's; at a YTD fiscal year end, the first period's quota), w = NEXT_PERIOD_WEIGHT. Pullable
 * x: up to one month of expected closes; pushable x: up to the rest of this period. Under a
 * linear uncapped plan the pull gain is rate × x × (1 − d − w) < 0 and the push gain
 * rate × x × (w(1 − slip) − 1) < 0: no timing games.
 * Within a YTD year moving credit across a period boundary does not change the year's pay, so
 * YTD plans time deals only at fiscal year end.
 */
import type { RepContext } from "./context.js";

/**
 * Extra discount that buys an early signature. Assumption: Larkin (2014) reports quarter-end
 * deals carry deeper discounts; 10 points is used.
 */
export const PULL_DISCOUNT = 0.1;

/** Share of pushed deals lost by slipping (a buyer asked to wait may not sign). Assumption: 20%. */
export const PUSH_SLIP = 0.2;

/**
 * Weight of next period's pay against pay now: impatience and the risk of leaving or of a quota
 * change before then (ratcheting, Misra & Nair 2011). Assumption: 0.95. Must exceed
 * 1 − PULL_DISCOUNT so that a linear plan never pays for pulling.
 */
export const NEXT_PERIOD_WEIGHT = 0.95;

/** Shares of the pullable / pushable amount evaluated (the world moves the deals). */
const SHARES = [0.25, 0.5, 1] as const;

export interface TimingDecision {
  readonly pullForward: boolean;
  readonly pullDiscount: number;
  readonly pushBack: boolean;
}

export const NO_TIMING: TimingDecision = { pullForward: false, pullDiscount: 0, pushBack: false };

/** Next period's credit and quota as the rep expects them. */
function nextPeriod(ctx: RepContext): { readonly credit: number; readonly quota: number } {
  const v = ctx.view;
  return { credit: Math.max(0, v.expectedPerMonth) * v.monthsInPeriod, quota: v.periodQuota };
}

/** Best pay gain from pulling deals of next period into this one. */
export function pullGain(ctx: RepContext): number {
  const { response, view } = ctx;
  const next = nextPeriod(ctx);
  const typical = Number.isFinite(view.typicalDiscount) ? view.typicalDiscount : 0;
  const m0 = response.dealMultiplier(typical, 12);
  const mult = m0 > 0 ? response.dealMultiplier(typical + PULL_DISCOUNT, 12) / m0 : 1;
  let best = Number.NEGATIVE_INFINITY;
  for (const s of SHARES) {
    const x = s * Math.max(0, view.expectedPerMonth);
    if (x <= 0) continue;
    const C = ctx.projected;
    const here =
      (response.periodPay(C + x * (1 - PULL_DISCOUNT), ctx.quota) - response.periodPay(C, ctx.quota)) * mult;
    const lost =
      response.periodPay(next.credit, next.quota) - response.periodPay(next.credit - x, next.quota);
    best = Math.max(best, here - NEXT_PERIOD_WEIGHT * lost);
  }
  return best;
}

/** Best pay gain from pushing this period's expected closes into the next. */
export function pushGain(ctx: RepContext): number {
  const { response, view } = ctx;
  const next = nextPeriod(ctx);
  let best = Number.NEGATIVE_INFINITY;
  for (const s of SHARES) {
    const x = s * Math.max(0, Math.min(view.expectedRestOfPeriod, ctx.projected));
    if (x <= 0) continue;
    const C = ctx.projected;
    const there =
      response.periodPay(next.credit + x, next.quota) - response.periodPay(next.credit, next.quota);
    const lost = response.periodPay(C, ctx.quota) - response.periodPay(C - x, ctx.quota);
    best = Math.max(best, NEXT_PERIOD_WEIGHT * (1 - PUSH_SLIP) * there - lost);
  }
  return best;
}

export function decideTiming(ctx: RepContext): TimingDecision {
  if (!ctx.boundaryAhead) return NO_TIMING;
  const pull = ctx.p * pullGain(ctx);
  const push = ctx.p * pushGain(ctx);
  if (pull > ctx.hurdle && pull >= push)
    return { pullForward: true, pullDiscount: PULL_DISCOUNT, pushBack: false };
  if (push > ctx.hurdle) return { pullForward: false, pullDiscount: 0, pushBack: true };
  return NO_TIMING;
}
