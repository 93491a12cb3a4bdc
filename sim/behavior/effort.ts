/**
 * Effort: every rep's incentive response (DESIGN §6). The rep picks effort e to maximise
 *   V(e) = CE[pay(rest + s × (e − 1) × M)] − K × e² / 2,
 * pay = this period's pay of the plan's primary components at the position (positionPay.ts),
 * CE = the certainty equivalent over the uncertain rest of the period (risk.ts), M = the credit
 * a month of normal work brings now, s the rep's responsive share and K its cost of effort in
 * currency (effortEconomics.ts). Effort then follows the marginal money at stake: a higher
 * commission rate or a reachable quota bonus raises it, a cap lowers it above the cap
 * (Misra & Nair 2011), an unreachable threshold makes the rep give up, an accelerator pushes
 * (Chung, Steenburgh & Sudhir 2014: bonuses raise output, overachievement commissions keep the
 * best performers going). The decision is the lead-flow multiplier x = 1 − s + s × e.
 *
 * Strategic effort (the effortWithdrawal lever, gaming): under a ratcheting quota a gaming rep
 * also counts R(s (e − 1) M), what this year's extra credit costs next year through a higher
 * quota (ratchet.ts; Misra & Nair 2011), and takes e_h + propensity × (e_s − e_h). Honest reps
 * look at this year's pay only.
 *
 * Approximation: effort's extra credit lands in this period (the lag of the sales cycle is not
 * modelled; README).
 */
import type { RepContext } from "./context.js";
import { EFFORT_MAX, EFFORT_MIN, outputMultiplier } from "./effortEconomics.js";
import { ratchetEffect } from "./ratchet.js";
import { certaintyEquivalent } from "./risk.js";

/** Coarse grid step of the search (then refined by golden section). */
const GRID_STEP = 0.25;
const REFINE_STEPS = 12;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

/** True when the rep's effort responds to pay at all (a responsive share and a cost). */
export function responds(ctx: RepContext): boolean {
  return ctx.view.incentiveResponse > 0 && ctx.view.effortCost > 0 && ctx.view.expectedPerMonth > 0;
}

/** V(e) of the file comment, with the ratchet term when given. */
function effortValue(ctx: RepContext, ratchet: ((delta: number) => number) | null): (e: number) => number {
  const { view } = ctx;
  const s = view.incentiveResponse;
  const M = Math.max(0, view.expectedPerMonth);
  const K = view.effortCost;
  return (e) => {
    const extra = s * (e - 1) * M;
    const v = certaintyEquivalent(ctx.pay, extra, ctx.rest, view.riskAversion) - (K * e * e) / 2;
    return ratchet === null ? v : v + ratchet(extra);
  };
}

/** argmax of f on [EFFORT_MIN, EFFORT_MAX]: a grid, then golden section around the best point. */
export function maximise(f: (e: number) => number): number {
  let best = EFFORT_MIN;
  let bestValue = f(best);
  for (let e = EFFORT_MIN + GRID_STEP; e <= EFFORT_MAX + 1e-9; e += GRID_STEP) {
    const v = f(e);
    if (v > bestValue + 1e-9) {
      best = e;
      bestValue = v;
    }
  }
  let lo = Math.max(EFFORT_MIN, best - GRID_STEP);
  let hi = Math.min(EFFORT_MAX, best + GRID_STEP);
  let a = hi - GOLDEN * (hi - lo);
  let b = lo + GOLDEN * (hi - lo);
  let fa = f(a);
  let fb = f(b);
  for (let i = 0; i < REFINE_STEPS; i++) {
    if (fa >= fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - GOLDEN * (hi - lo);
      fa = f(a);
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + GOLDEN * (hi - lo);
      fb = f(b);
    }
  }
  const mid = (lo + hi) / 2;
  return f(mid) > bestValue ? mid : best;
}

/** The effort e (not the multiplier) an honest rep chooses: this year's pay minus the cost. */
export function honestEffort(ctx: RepContext): number {
  return maximise(effortValue(ctx, null));
}

/**
 * The lead-flow multiplier the rep chooses: its incentive response, and, when `strategic` (the
 * effortWithdrawal lever on a gaming rep), the ratchet's pull scaled by propensity.
 */
export function decideEffort(ctx: RepContext, strategic: boolean): number {
  if (!responds(ctx)) return 1;
  const s = ctx.view.incentiveResponse;
  const eh = honestEffort(ctx);
  const ratchet = strategic ? ratchetEffect(ctx) : null;
  if (ratchet === null) return outputMultiplier(eh, s);
  const es = maximise(effortValue(ctx, ratchet));
  return outputMultiplier(eh + ctx.p * (es - eh), s);
}
