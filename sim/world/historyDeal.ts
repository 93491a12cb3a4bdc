/**
 * One historical deal as a candidate lead (issue 17): the uniforms the world's opportunity model
 * reads (sim/world/opportunities.ts) chosen so that an honest rep at normal effort on a flat market
 * closes it exactly as history did — same month and day, same ARR, won or lost — while a rep who
 * responds to another plan can re-time it (the day uniform and cycle stay the buyer's), discount it
 * (the win odds read the discount), drop or add effort (accept) or pursue it when it does not fit.
 *
 * Inverses of the opportunity model: cycleMonths(sales, u, 1) = lo + ⌊u (hi − lo + 1)⌋ at
 * u = (cycle − lo + ½) / (hi − lo + 1); dealDiscount(sales, NaN, u, 1, 0) = typical × (1 − S + 2 S u)
 * at u = (d / typical − 1 + S) / 2S (clamped: a discount outside the buyer's band keeps the ARR,
 * the list value absorbs the gap); a won deal's win uniform is u × p and a lost one's p + u (1 − p),
 * p the honest win probability, so the same deal is won iff its discount or fit would not lower p.
 */
import { DISCOUNT_SPREAD } from "../core/assumptions.js";
import type { SegmentSales } from "../core/world.js";
import { dealDiscount, winProbabilityOf } from "./opportunities.js";

/** The cycle uniform that gives `months` (clamped to the segment's range). */
export function cycleUniform(sales: SegmentSales, months: number): number {
  const [lo, hi] = sales.cycleMonths;
  const c = Math.min(hi, Math.max(lo, months));
  return (c - lo + 0.5) / (hi - lo + 1);
}

/** The discount uniform of a buyer who took discount d (clamped to [0, 1)). */
export function discountUniform(sales: SegmentSales, d: number): number {
  const t = sales.typicalDiscount;
  if (!(t > 0)) return 0.5;
  const u = (d / t - 1 + DISCOUNT_SPREAD) / (2 * DISCOUNT_SPREAD);
  return Math.min(0.999999, Math.max(0, u));
}

/** The list value whose honest price is `amount` at discount uniform u. */
export function listFor(sales: SegmentSales, amount: number, u: number): number {
  return amount / (1 - dealDiscount(sales, Number.NaN, u, 1, 0));
}

/** The term uniform that gives `term` months (12, 24 or 36) under the segment's term mix. */
export function termUniform(sales: SegmentSales, term: number): number {
  const [a, b, c] = sales.termMix;
  const total = a + b + c;
  const [lo, width] = term >= 36 ? [a + b, c] : term >= 24 ? [a, b] : [0, a];
  return total > 0 && width > 0 ? (lo + width / 2) / total : 0.5;
}

/** The win uniform that reproduces the outcome at honest win probability p, from a fresh uniform v. */
export function winUniform(won: boolean, p: number, v: number): number {
  return won ? v * p : p + v * (1 - p);
}

/** The honest win probability of a deal of fit `fit` at discount uniform u (flat market). */
export function honestWin(sales: SegmentSales, skill: number, fit: number, u: number): number {
  return winProbabilityOf(sales, skill, fit, dealDiscount(sales, Number.NaN, u, 1, 0), 1, 0, false);
}
