/**
 * Discounting to close (DESIGN §6). The rep chooses the discount d that maximises the expected
 * pay of a typical deal:
 *   V(d) = P(win | d) × [periodPay(C + A(1 − d)) − periodPay(C)] × dealMultiplier(d, 12),
 *   odds(win | d) = odds(winRateAtList) × discountOddsPer10pts^(10 d)   (the world's buyer model),
 * with C the projected period-end credit and A the typical deal's list ARR. Discount adjustments
 * in the plan (a lower rate for deeper discounts) lower V beyond their band edges and so the
 * chosen discount. Inside one tier the choice is the linear plan's (V scales, d* does not move);
 * a threshold or retroactive tier just ahead makes winning worth more than the deal's own credit
 * and so deepens the discount, while marginal accelerators just ahead make each unit of credit
 * worth more and so lower it (test/model/quarterEnd.test.ts: quarter-end discounts under marginal
 * accelerators deepen through pulled deals, timing.ts, not through this lever).
 * The rep offers typicalDiscount + propensity × (min(d*, typical + DISCOUNT_AUTHORITY) −
 * typicalDiscount) (sim/core/assumptions.ts: no deal-desk approval beyond it); honest reps and a
 * disabled lever leave the discount to the world (NaN). Without pay at stake the typical
 * discount is kept.
 */
import { DISCOUNT_AUTHORITY } from "../core/assumptions.js";
import type { RepContext } from "./context.js";

/** Discounts considered: 0 … 50% in steps of 2 points. */
export const DISCOUNT_GRID: readonly number[] = Array.from({ length: 26 }, (_, i) => i / 50);

/** Win odds at list price (win rate clamped away from 0 and 1). */
function listOdds(winRateAtList: number): number {
  const w = Math.min(1 - 1e-9, Math.max(1e-9, winRateAtList));
  return w / (1 - w);
}

/** Win probability at discount d under the world's odds model. */
export function winProbability(winRateAtList: number, oddsPer10pts: number, d: number): number {
  const odds = listOdds(winRateAtList) * Math.max(1e-9, oddsPer10pts) ** (10 * d);
  return odds / (1 + odds);
}

/** Expected pay of a typical deal offered at discount d; `base` = this period's pay at the projection. */
export function dealValue(ctx: RepContext, d: number, base = ctx.projectedPay): number {
  const { view } = ctx;
  return winProbability(view.winRateAtList, view.discountOddsPer10pts, d) * dealPay(ctx, d, base);
}

/** Pay of a typical deal won at discount d (the plan's deal multiplier included). */
function dealPay(ctx: RepContext, d: number, base: number): number {
  const { view, response } = ctx;
  const arr = view.typicalDealArr > 0 ? view.typicalDealArr : 0;
  return (ctx.pay(ctx.rest + arr * (1 - d)) - base) * response.dealMultiplier(d, 12);
}

/** The discount maximising dealValue (ties: the smaller discount); NaN when no discount pays. */
export function bestDiscount(ctx: RepContext): number {
  const base = ctx.projectedPay;
  const step = DISCOUNT_GRID[1]! - DISCOUNT_GRID[0]!;
  const growth = Math.max(1e-9, ctx.view.discountOddsPer10pts) ** (10 * step);
  let odds = listOdds(ctx.view.winRateAtList);
  let best = Number.NaN;
  let bestValue = 0;
  for (const d of DISCOUNT_GRID) {
    const v = (odds / (1 + odds)) * dealPay(ctx, d, base);
    odds *= growth;
    if (v > bestValue + 1e-9) {
      best = d;
      bestValue = v;
    }
  }
  return best;
}

export function decideDiscount(ctx: RepContext): number {
  const typical = Number.isFinite(ctx.view.typicalDiscount) ? ctx.view.typicalDiscount : 0;
  const best = bestDiscount(ctx);
  if (Number.isNaN(best)) return typical;
  const d = typical + ctx.p * (Math.min(best, typical + DISCOUNT_AUTHORITY) - typical);
  return Math.min(DISCOUNT_GRID[DISCOUNT_GRID.length - 1]!, Math.max(0, d));
}
