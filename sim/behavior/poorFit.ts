/**
 * Poor-fit selling (DESIGN §6): pursue leads below the honest fit threshold — they close, then
 * churn. Agarwal & Ben-David (2018): volume-only pay raised loan volume and default rates;
 * Kim et al. (2019): pay on the customer's later outcome moderates it.
 *
 * The decision is a share of the poor-fit leads pursued, graded by what a poor-fit deal is worth
 * to the rep net of its expected clawback:
 *   kept = 1 − LOSS_AVERSION × (1 + riskAversion) × clawbackShare × P(churn within window),
 *   P = 1 − (1 − poorFitChurnMonthly)^windowMonths,
 *   share = clamp(propensity × kept, 0, 1), and 0 when propensity × commission × kept ≤ hurdle,
 *   commission = periodPay(C + A) − periodPay(C) for a typical deal A.
 * Why a share: the hassle of selling a given poor-fit buyer (convincing it, the misfit being
 * visible to the manager) varies across leads; with that cost spread evenly between 0 and the
 * deal's commission, the rep pursues a lead when propensity × kept × commission exceeds it, i.e.
 * a share propensity × kept. So a 365-day full clawback (P ≈ 25% for an SMB poor fit, kept ≈
 * 0.27) deters far more than a 30-day half clawback (P ≈ 2.4%, kept ≈ 0.97).
 * Pay on the outcome other than a clawback (`outcomePaid`: retention/adoption bonus, gate,
 * modifier, milestone, forfeitable holdback or vesting) stops poor-fit selling: its size depends
 * on the rep's whole book and is not priced per deal. A zero marginal rate (above a cap) gives no
 * reason to sell poor fits.
 */
import type { RepContext } from "./context.js";

/**
 * Weight of a clawback (pay already received, then taken back) against the same amount of pay
 * gained: loss aversion λ = 2.25 (Tversky & Kahneman 1992, cumulative prospect theory). Hossain
 * & List (2012, Management Science 58(12)) find incentives framed as losses raise effort more
 * than the same incentives framed as gains. Multiplied by (1 + riskAversion) as before.
 */
export const LOSS_AVERSION = 2.25;

/** P(a poor-fit customer churns within the clawback window). */
export function poorFitChurnInWindow(monthlyHazard: number, windowMonths: number): number {
  const h = Math.min(1, Math.max(0, monthlyHazard));
  return 1 - (1 - h) ** Math.max(0, windowMonths);
}

/** Share of a poor-fit deal's commission the rep expects to keep (risk- and loss-weighted; may be < 0). */
export function poorFitKept(ctx: RepContext): number {
  const { view, response } = ctx;
  const churn = poorFitChurnInWindow(view.poorFitChurnMonthly, response.clawbackWindowMonths);
  return 1 - LOSS_AVERSION * (1 + Math.max(0, view.riskAversion)) * response.clawbackShare * churn;
}

/** Expected pay of one typical poor-fit deal, net of the weighted expected clawback. */
export function poorFitGain(ctx: RepContext): number {
  const arr = Math.max(0, ctx.view.typicalDealArr);
  const commission = ctx.pay(ctx.rest + arr) - ctx.projectedPay;
  return commission * poorFitKept(ctx);
}

/** Share (0–1) of poor-fit leads the rep pursues this month. */
export function decidePoorFit(ctx: RepContext): number {
  if (ctx.response.outcomePaid) return 0;
  if (!(ctx.p * poorFitGain(ctx) > ctx.hurdle)) return 0;
  return Math.min(1, Math.max(0, ctx.p * poorFitKept(ctx)));
}
