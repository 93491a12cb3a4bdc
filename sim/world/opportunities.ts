/**
 * The opportunity model (DESIGN §5): win probability, sales cycle, term and discount of a
 * realised lead. Pure functions of the lead's pre-drawn uniforms and the month's market.
 *
 * Win probability: logistic(logit(winRate) + ln(skill) + FIT_WIN_LOGIT × (fit − mean fit)
 *   + ln(discountOddsPer10pts) × (discount − typicalDiscount) × 10 + ln(market.winRate) + timing
 *   penalties: PULL_WIN_ODDS per month a pulled deal signs early). The discount effect is
 *   centred on the segment's typical discount, i.e. winRate is read as the win rate of an
 *   average-fit lead at the discount buyers typically get (so the realised win rate of honest
 *   reps is the benchmark figure; params.ts says "at list price" — at list price the odds are
 *   lower by discountOddsPer10pts^(typical × 10)). Buyers respond to price through the odds; the
 *   extra discount of a pulled deal buys the earlier date, not the purchase, so sales.ts passes
 *   the on-time discount here (Larkin 2014 documents discount-for-timing trades).
 */
import {
  DISCOUNT_SPREAD,
  FIT_WIN_LOGIT,
  MAX_DISCOUNT,
  PULL_WIN_ODDS,
  PUSH_WIN_ODDS,
} from "../core/assumptions.js";
import type { SegmentSales } from "../core/world.js";

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function meanFit(sales: SegmentSales): number {
  return sales.fitAlpha / (sales.fitAlpha + sales.fitBeta);
}

export interface WinInputs {
  readonly skill: number;
  readonly fit: number;
  readonly discount: number;
  readonly marketWin: number;
  readonly pulled: boolean;
  /** Months early a pulled deal signs (odds × PULL_WIN_ODDS per month; default 1). */
  readonly pulledMonths?: number;
  readonly pushed: boolean;
}

export function winProbability(sales: SegmentSales, x: WinInputs): number {
  return winProbabilityOf(
    sales,
    x.skill,
    x.fit,
    x.discount,
    x.marketWin,
    x.pulled ? Math.max(1, x.pulledMonths ?? 1) : 0,
    x.pushed,
  );
}

/** winProbability on plain numbers (no inputs object in hot loops); pulledMonths 0 = not pulled. */
export function winProbabilityOf(
  sales: SegmentSales,
  skill: number,
  fit: number,
  discount: number,
  marketWin: number,
  pulledMonths: number,
  pushed: boolean,
): number {
  const z =
    logit(sales.winRate) +
    Math.log(skill) +
    FIT_WIN_LOGIT * (fit - meanFit(sales)) +
    Math.log(sales.discountOddsPer10pts) * (discount - sales.typicalDiscount) * 10 +
    Math.log(marketWin) +
    (pulledMonths > 0 ? pulledMonths * Math.log(PULL_WIN_ODDS) : 0) +
    (pushed ? Math.log(PUSH_WIN_ODDS) : 0);
  return logistic(z);
}

/** Cycle in whole months: uniform integer in [min, max] scaled by the market, at least 1. */
export function cycleMonths(sales: SegmentSales, u: number, marketCycle: number): number {
  const [lo, hi] = sales.cycleMonths;
  const base = lo + Math.min(hi - lo, Math.floor(u * (hi - lo + 1)));
  return Math.max(1, Math.round(base * marketCycle));
}

const TERMS = [12, 24, 36] as const;

export function termMonths(sales: SegmentSales, u: number): number {
  const [a, b] = sales.termMix;
  const total = sales.termMix[0] + sales.termMix[1] + sales.termMix[2];
  const x = u * total;
  return x < a ? TERMS[0] : x < a + b ? TERMS[1] : TERMS[2];
}

/**
 * Discount of a deal: the rep's decided discount, or (NaN = honest) what this buyer asks for —
 * typical × market pressure, spread ±DISCOUNT_SPREAD around it by the lead's own uniform —
 * plus the extra discount of a pulled deal; clamped to [0, MAX_DISCOUNT].
 */
export function dealDiscount(
  sales: SegmentSales,
  decided: number,
  u: number,
  pressure: number,
  pullExtra: number,
): number {
  const base = Number.isNaN(decided)
    ? sales.typicalDiscount * pressure * (1 - DISCOUNT_SPREAD + 2 * DISCOUNT_SPREAD * u)
    : decided;
  return Math.min(MAX_DISCOUNT, Math.max(0, base + pullExtra));
}
