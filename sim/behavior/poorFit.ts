/**
 * Poor-fit selling (DESIGN §6): pursue leads below the honest fit threshold — they close, then
 * churn. Agarwal & Ben-David (2018): volume-only pay raised loan volume and default rates;
 * Kim et al. (2019): pay on the customer's later outcome moderates it.
 *
 * The rep pursues them when the plan does not pay on retention (retentionPaid false: no
 * retention/adoption bonus, gate or modifier, milestone uplift, clawback or churn forfeit —
 * strategic reps whose pay depends on the customer's outcome stop), and the commission of a
 * typical poor-fit deal, net of its risk-weighted expected clawback, clears the lever hurdle:
 *   propensity × m × A × (1 − (1 + riskAversion) × clawbackShare × P(churn within window)) > hurdle,
 *   m = [periodPay(C + A) − periodPay(C)] / A,  P = 1 − (1 − poorFitChurnMonthly)^windowMonths.
 * A zero marginal rate (above a cap) gives no reason to sell poor fits.
 */
import type { RepContext } from "./context.js";

/** P(a poor-fit customer churns within the clawback window). */
export function poorFitChurnInWindow(monthlyHazard: number, windowMonths: number): number {
  const h = Math.min(1, Math.max(0, monthlyHazard));
  return 1 - (1 - h) ** Math.max(0, windowMonths);
}

/** Expected pay of one typical poor-fit deal, net of the risk-weighted expected clawback. */
export function poorFitGain(ctx: RepContext): number {
  const { view, response } = ctx;
  const arr = Math.max(0, view.typicalDealArr);
  const commission =
    response.periodPay(ctx.projected + arr, ctx.quota) - response.periodPay(ctx.projected, ctx.quota);
  const churn = poorFitChurnInWindow(view.poorFitChurnMonthly, response.clawbackWindowMonths);
  const kept = 1 - (1 + Math.max(0, view.riskAversion)) * response.clawbackShare * churn;
  return commission * kept;
}

export function decidePoorFit(ctx: RepContext): boolean {
  if (ctx.response.retentionPaid) return false;
  return ctx.p * poorFitGain(ctx) > ctx.hurdle;
}
