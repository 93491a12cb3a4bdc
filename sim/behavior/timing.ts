/**
 * Timing (DESIGN §6): in the last month of a period, pull next-period deals forward (with an
 * extra discount) or push this period's closes into the next (sandbagging), whichever lands the
 * credit where the plan pays more. Larkin (2014): quarter-end bunching and deeper discounts under
 * accelerating quarterly plans; Oyer (1998): fiscal-year-end peaks under nonlinear annual plans.
 *
 * Pull: the rep may pull the deals due in the first k months of the next period (k in
 * PULL_DEPTHS up to the months per period; a fractional k pulls the deals of month ⌈k⌉ with
 * probability k − ⌊k⌋, so a rep pulls what it needs to cross a tier edge or a bonus cliff, not a
 * whole month). A deal signed j months early costs the buyer's price for signing early,
 * PULL_DISCOUNT_PER_MONTH × j, plus the rep's concession c, and signs early with odds ×
 * PULL_WIN_ODDS^j (a buyer that is not ready keeps its own date: the deal stays open and closes as
 * it would have, sim/world/sales.ts; the concession buys the date, not the purchase). With the
 * plan's own pay, for pulled expected credit X = k × expectedPerMonth:
 *   G_k(c) = [pay(C + X q_k (1 − t − D)/(1 − t)) − pay(C)] × m(t + D)/m(t) − w × [pay'(N) − pay'(N − X q_k)],
 *   D = PULL_DISCOUNT_PER_MONTH × mean j + c, q_k = mean win-probability ratio of the pulled
 *   deals (both weighted by the share of month j pulled), t = typical discount.
 * The most the rep would concede is c* with G_k(c*) = 0 — what landing the credit on the
 * accelerated side is worth to it; the buyer, who knows the rep's calendar, bargains for half of
 * it (PULL_CONCESSION_SHARE): c = c* / 2. So the discount grows with the pay at stake (Larkin's
 * mechanism: deep quarter-end discounts bought with the firm's money). The rep takes the k with
 * the largest G_k(c). Under a linear uncapped plan G_k(0) = rate × X q_k × ((1 − t − D)/(1 − t) − w)
 * < 0 for every k (D ≥ PULL_DISCOUNT_PER_MONTH > (1 − w)(1 − t)): no pulls.
 *
 * Push x: w × (1 − PUSH_SLIP) × [pay'(N + x) − pay'(N)] − [pay(C) − pay(C − x)], x up to the
 * rest of this period. C = projected credit at period end, N = next period's expected credit
 * (expectedPerMonth × months per period), pay' = periodPay against the next period's quota
 * (assumed equal to this one's; at a YTD fiscal year end, the first period's quota), w =
 * NEXT_PERIOD_WEIGHT. Within a YTD year moving credit across a period boundary does not change
 * the year's pay, so YTD plans time deals only at fiscal year end.
 *
 * Under a ratcheting quota (ratchet.ts), at the fiscal year end both gains add R(Δ), the change
 * in next year's pay through next year's quota: pulling credit into this year raises it (R < 0),
 * pushing credit out lowers it (R > 0), so sandbagging across the year boundary pays more.
 */
import { DISCOUNT_AUTHORITY, MAX_DISCOUNT, PULL_WIN_ODDS } from "../core/assumptions.js";
import type { RepContext } from "./context.js";
import { ratchetEffect } from "./ratchet.js";

type Ratchet = ((delta: number) => number) | null;

/** The ratchet term when the boundary ahead is the fiscal year end (credit changes year), else null. */
export function yearEndRatchet(ctx: RepContext): Ratchet {
  return ctx.view.monthInFiscalYear >= 11 ? ratchetEffect(ctx) : null;
}

/**
 * The buyer's price, in discount points per month, for signing a month before it planned to
 * (budget pulled into an earlier quarter, evaluation cut short). Assumption: 5 points a month;
 * a deal pulled one month early costs 5 points plus the rep's concession (the earlier model
 * charged a flat 10). Larkin (2014) reports that quarter-end deals under accelerating plans carry
 * significantly deeper discounts; the concession below carries that incentive-driven part.
 */
export const PULL_DISCOUNT_PER_MONTH = 0.05;

/**
 * Share of the rep's surplus from a pull (the discount at which pulling stops paying, above the
 * buyer's price) that the buyer captures: symmetric Nash bargaining, 1/2. Buyers know vendors'
 * fiscal calendars and wait for quarter end (Larkin 2014).
 */
export const PULL_CONCESSION_SHARE = 0.5;

/** Share of pushed deals lost by slipping (a buyer asked to wait may not sign). Assumption: 20%. */
export const PUSH_SLIP = 0.2;

/**
 * Weight of next period's pay against pay now: impatience and the risk of leaving or of a quota
 * change before then (ratcheting, Misra & Nair 2011). Assumption: 0.95. (1 − w)(1 − t) must stay
 * below PULL_DISCOUNT_PER_MONTH so that a linear plan never pays for pulling.
 */
export const NEXT_PERIOD_WEIGHT = 0.95;

/** Shares of the pushable amount evaluated (the world moves the deals). */
const SHARES = [0.25, 0.5, 1] as const;

/** Pull depths tried, in months of the next period's deals (fractions: part of a month). */
export const PULL_DEPTHS: readonly number[] = [0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3];

/** Bisection steps for the largest concession c* (precision 2^-30 of the range). */
const BISECTIONS = 30;

/** Win-probability ratio of a deal whose odds are multiplied by `odds`, at base probability p0. */
export function oddsToProbabilityRatio(odds: number, p0: number): number {
  const p = Math.min(1 - 1e-9, Math.max(1e-9, p0));
  return odds / (1 - p + odds * p);
}

export interface PullPlan {
  /** Pay gain of the best pull (−∞ when none is possible). */
  readonly gain: number;
  readonly months: number;
  /** Rep's concession c (discount points above the buyer's price). */
  readonly concession: number;
}

/**
 * G_k(c) of the file comment, for depth k, when this period ends at `end` (credit beyond the
 * credit so far; default the projection).
 */
export function pullValue(ctx: RepContext, k: number, c: number, ratchet: Ratchet, end = ctx.rest): number {
  const { response, view } = ctx;
  const t = Number.isFinite(view.typicalDiscount) ? view.typicalDiscount : 0;
  const x = k * Math.max(0, view.expectedPerMonth);
  let q = 0;
  let price = 0;
  for (let j = 1; j < k + 1; j++) {
    const share = Math.min(1, k - (j - 1));
    q += (share * oddsToProbabilityRatio(PULL_WIN_ODDS ** j, view.winRateAtList)) / k;
    price += (share * PULL_DISCOUNT_PER_MONTH * j) / k;
  }
  const D = price + c;
  const m0 = response.dealMultiplier(t, 12);
  const mult = m0 > 0 ? response.dealMultiplier(t + D, 12) / m0 : 1;
  const credit = (x * q * Math.max(0, 1 - t - D)) / Math.max(1e-9, 1 - t);
  const here = (ctx.pay(end + credit) - ctx.pay(end)) * mult;
  const N = ctx.nextCredit;
  const carry = end - ctx.rest + credit;
  const lost = ctx.nextPay(carry, N) - ctx.nextPay(carry, N - x * q);
  const v = here - NEXT_PERIOD_WEIGHT * lost;
  return ratchet === null ? v : v + ratchet(credit);
}

/** The best pull: depth k and the concession c* / 2, with its pay gain. */
export function bestPull(ctx: RepContext, ratchet: Ratchet = yearEndRatchet(ctx)): PullPlan {
  const { view } = ctx;
  const t = Number.isFinite(view.typicalDiscount) ? view.typicalDiscount : 0;
  let best: PullPlan = { gain: Number.NEGATIVE_INFINITY, months: 0, concession: 0 };
  if (!(view.expectedPerMonth > 0)) return best;
  for (const k of PULL_DEPTHS) {
    if (k > Math.max(1, view.monthsInPeriod)) break;
    const room = MAX_DISCOUNT - t - PULL_DISCOUNT_PER_MONTH * Math.ceil(k);
    if (room < 0 || !(pullValue(ctx, k, 0, ratchet) > 0)) continue;
    let lo = 0;
    let hi = room;
    if (pullValue(ctx, k, hi, ratchet) > 0) lo = hi;
    else
      for (let i = 0; i < BISECTIONS; i++) {
        const mid = (lo + hi) / 2;
        if (pullValue(ctx, k, mid, ratchet) > 0) lo = mid;
        else hi = mid;
      }
    const concession = Math.min(DISCOUNT_AUTHORITY, PULL_CONCESSION_SHARE * lo);
    const gain = pullValue(ctx, k, concession, ratchet);
    if (gain > best.gain) best = { gain, months: k, concession };
  }
  return best;
}

/** Best pay gain from pulling deals of next period into this one. */
export function pullGain(ctx: RepContext): number {
  return bestPull(ctx).gain;
}

/** Pay gain of pushing x of this period's credit into the next when this period ends at `end`. */
export function pushValue(ctx: RepContext, x: number, ratchet: Ratchet, end = ctx.rest): number {
  const N = ctx.nextCredit;
  const carry = end - ctx.rest - x;
  const there = ctx.nextPay(carry, N + x) - ctx.nextPay(carry, N);
  const lost = ctx.pay(end) - ctx.pay(end - x);
  const gain = NEXT_PERIOD_WEIGHT * (1 - PUSH_SLIP) * there - lost;
  return ratchet === null ? gain : gain + ratchet(-x);
}

/** Best pay gain from pushing this period's expected closes into the next. */
export function pushGain(ctx: RepContext, ratchet: Ratchet = yearEndRatchet(ctx)): number {
  let best = Number.NEGATIVE_INFINITY;
  for (const s of SHARES) {
    const x = s * Math.max(0, Math.min(ctx.rest, ctx.pos.periodCredit + ctx.rest));
    if (x <= 0) continue;
    best = Math.max(best, pushValue(ctx, x, ratchet));
  }
  return best;
}
