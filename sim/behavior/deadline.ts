/**
 * Deadline timing (DESIGN §6, issue 12 item 4): a gaming rep can hold the deals due this period
 * to its last day, so that it decides where their credit lands (and whether to pull next
 * period's deals in or push its own out) once it knows where the period ends; at the deadline
 * the buyer knows the rep's calendar and takes part of what landing the deal now is worth to the
 * rep; some held deals miss the deadline and slip into the next period's first days, keeping the
 * concession. Larkin (2014, J. Labor Econ. 32(2)): under an accelerating plan a large share of
 * volume closes on the quarter's last day, the quarter's first week carries a spike of deals
 * that slipped past the deadline, and discounts are U-shaped over the quarter.
 *
 * Holding is worth the value of information of the period-end timing choice: with g(E) the best
 * of doing nothing, pulling a month of the next period in (timing.ts pullValue, no concession) or
 * pushing a month of this period out (pushValue) when the period ends at E,
 *   VOI = Σ_z w_z g(z × rest) − g(rest),  z ∈ {1 − REST_CV, 1, 1 + REST_CV}, w = ¼, ½, ¼ (risk.ts).
 * A linear plan makes g ≡ 0 (no pull, no push ever pays): no hold. Near a kink (accelerator,
 * threshold, cap, bonus cliff) the best choice depends on where the period ends: VOI > 0. So the
 * concentration on the last day emerges from the plan's nonlinearity, not from a fixed window.
 * The rep holds when propensity × (VOI − cost) clears the lever hurdle; the cost of holding a
 * month's deals is their commission × HOLD_SLIP × what a slipped deal loses (paid a period later,
 * lower win odds). The deadline concession is not a cost of holding: it is the buyer's half of
 * what landing the deal is worth to the rep at the deadline, conceded only where landing it then
 * pays (the rep keeps the other half).
 *
 * The deadline concession c = PULL_CONCESSION_SHARE × c*, c* the discount (above the buyer's
 * typical) at which landing what is left of the period now is worth what the same credit would
 * pay next period (NEXT_PERIOD_WEIGHT, the same bargaining as a pull, timing.ts): the buyer
 * bargains over what the plan makes the date worth, not over the risk of losing the deal (which
 * it could threaten any day). It grows with the pay at stake per unit of credit — ≈ 2 points
 * under a linear plan, up to the rep's discount authority (DISCOUNT_AUTHORITY) at a cliff.
 */
import { DISCOUNT_AUTHORITY, MAX_DISCOUNT, PUSH_WIN_ODDS } from "../core/assumptions.js";
import type { RepContext } from "./context.js";
import { REST_CV } from "./risk.js";
import {
  NEXT_PERIOD_WEIGHT,
  oddsToProbabilityRatio,
  PULL_CONCESSION_SHARE,
  pullValue,
  pushValue,
  yearEndRatchet,
} from "./timing.js";

/**
 * Share of the deals held to a period's deadline that miss it and are signed in the next period's
 * first week (keeping the deadline concession). Assumption: 25% (Larkin 2014 documents the
 * early-quarter spike of slipped deals; no per-deal slip rate is published).
 */
export const HOLD_SLIP = 0.25;

/** Days of the next period's start a slipped or pushed deal is signed in (its first week). */
export const EARLY_DAYS = 7;

const BISECTIONS = 30;

type Ratchet = ReturnType<typeof yearEndRatchet>;

function typicalDiscount(ctx: RepContext): number {
  return Number.isFinite(ctx.view.typicalDiscount) ? ctx.view.typicalDiscount : 0;
}

/** g(end): the best period-end timing gain (0 = do nothing) when the period ends at `end`. */
function bestTimingAt(ctx: RepContext, end: number, ratchet: Ratchet): number {
  const month = Math.max(0, ctx.view.expectedPerMonth);
  const pull = pullValue(ctx, 1, 0, ratchet, end);
  const push = pushValue(ctx, Math.min(Math.max(0, ctx.pos.periodCredit + end), month), ratchet, end);
  return Math.max(0, pull, push);
}

/** VOI of the file comment: what knowing where the period ends is worth to the timing choice. */
export function holdValue(ctx: RepContext, ratchet: Ratchet = yearEndRatchet(ctx)): number {
  const rest = ctx.rest;
  const lo = bestTimingAt(ctx, (1 - REST_CV) * rest, ratchet);
  const mid = bestTimingAt(ctx, rest, ratchet);
  const hi = bestTimingAt(ctx, (1 + REST_CV) * rest, ratchet);
  return Math.max(0, 0.25 * lo + 0.5 * mid + 0.25 * hi - mid);
}

/**
 * Value of landing the deals signed at the deadline now at concession c minus letting them slip
 * into the next period: the rep bargains over what is left of the period (at least a typical
 * deal), so a bonus cliff's value is spread over the deals that carry the rep across it.
 */
function landValue(ctx: RepContext, c: number): number {
  const { view, response } = ctx;
  const t = typicalDiscount(ctx);
  const A = Math.max(ctx.rest, view.typicalDealArr, 0);
  const m0 = response.dealMultiplier(t, 12);
  const mult = m0 > 0 ? response.dealMultiplier(t + c, 12) / m0 : 1;
  const credit = (A * Math.max(0, 1 - t - c)) / Math.max(1e-9, 1 - t);
  const now = (ctx.pay(ctx.rest + credit) - ctx.projectedPay) * mult;
  const N = ctx.nextCredit;
  const later = ctx.nextPay(0, N + A) - ctx.nextPay(0, N);
  return now - NEXT_PERIOD_WEIGHT * later;
}

/** The deadline concession (discount points above the buyer's typical), 0 when nothing is at stake. */
export function deadlineConcession(ctx: RepContext): number {
  const room = MAX_DISCOUNT - typicalDiscount(ctx);
  if (!(room > 0) || !(landValue(ctx, 0) > 0)) return 0;
  let lo = 0;
  let hi = room;
  if (landValue(ctx, hi) > 0) return Math.min(DISCOUNT_AUTHORITY, PULL_CONCESSION_SHARE * hi);
  for (let i = 0; i < BISECTIONS; i++) {
    const mid = (lo + hi) / 2;
    if (landValue(ctx, mid) > 0) lo = mid;
    else hi = mid;
  }
  return Math.min(DISCOUNT_AUTHORITY, PULL_CONCESSION_SHARE * lo);
}

/**
 * Cost of holding a month of deals to the deadline: HOLD_SLIP of them slip into the next period,
 * where they are paid a period later (NEXT_PERIOD_WEIGHT) and win with the odds of a deal kept
 * waiting (PUSH_WIN_ODDS, the world's).
 */
function holdCost(ctx: RepContext): number {
  const H = Math.max(0, Math.min(ctx.rest, ctx.view.expectedPerMonth));
  const commission = ctx.projectedPay - ctx.pay(ctx.rest - H);
  const kept = NEXT_PERIOD_WEIGHT * oddsToProbabilityRatio(PUSH_WIN_ODDS, ctx.view.winRateAtList);
  return commission * HOLD_SLIP * (1 - kept);
}

export interface DeadlineDecision {
  readonly hold: boolean;
  readonly concession: number;
}

export const NO_DEADLINE: DeadlineDecision = { hold: false, concession: 0 };

/** Hold this month's deals to the period's deadline, and the concession offered there. */
export function decideDeadline(ctx: RepContext): DeadlineDecision {
  const ratchet = yearEndRatchet(ctx);
  const value = holdValue(ctx, ratchet);
  if (!(ctx.p * value > ctx.hurdle))
    return { hold: false, concession: ctx.lastMonthOfPeriod ? deadlineConcession(ctx) : 0 };
  const hold = ctx.p * (value - holdCost(ctx)) > ctx.hurdle;
  return { hold, concession: hold || ctx.lastMonthOfPeriod ? deadlineConcession(ctx) : 0 };
}
