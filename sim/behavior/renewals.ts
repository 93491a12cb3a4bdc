/**
 * Renewal games (DESIGN §6): pull next period's renewals into this one, trading a discount for an
 * early signature, when renewals are paid and pulling raises this period's pay. In the last month
 * of a period, for one typical renewal of ARR A at RENEWAL_PULL_DISCOUNT:
 *  - renewal ARR is the primary metric: the timing gain on periodPay (this period's pay on the
 *    discounted renewal minus next period's loss), as for new deals (timing.ts);
 *  - otherwise: renewalRate × A × (1 − discount), the pay this period gains.
 * Pulled when propensity × gain clears the lever hurdle.
 */
import type { RepContext } from "./context.js";
import { NEXT_PERIOD_WEIGHT } from "./timing.js";

/** Discount traded for an early renewal. Assumption: 5 points. */
export const RENEWAL_PULL_DISCOUNT = 0.05;

export function renewalPullGain(ctx: RepContext): number {
  const { response, view } = ctx;
  const arr = Math.max(0, view.typicalDealArr);
  if (response.primaryMetric === "renewalArr") {
    const moved = arr * (1 - RENEWAL_PULL_DISCOUNT);
    const here = ctx.pay(ctx.rest + moved) - ctx.projectedPay;
    const N = ctx.nextCredit;
    const lost = ctx.nextPay(moved, N) - ctx.nextPay(moved, N - arr);
    return here - NEXT_PERIOD_WEIGHT * lost;
  }
  return response.renewalRate * arr * (1 - RENEWAL_PULL_DISCOUNT);
}

export function decideRenewals(ctx: RepContext): boolean {
  if (!ctx.response.renewalsPaid || !ctx.lastMonthOfPeriod) return false;
  return ctx.p * renewalPullGain(ctx) > ctx.hurdle;
}
