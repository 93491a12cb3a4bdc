/**
 * Effort withdrawal (DESIGN §6): coast after a cap, give up when quota or a threshold is out of
 * reach, push harder on an accelerator. Misra & Nair (2011): effort drops once a cap binds (and
 * with ratcheting quotas) and output rises when caps are removed.
 *
 * The rep picks effort e on EFFORT_GRID to maximise
 *   CE[periodPay(credit + rest + (e − 1) × expectedPerMonth)] − cost(e),
 *   cost(e) = referenceRate × expectedPerMonth × (e − 1) + effortCost × (e − 1)²,
 * CE = certainty equivalent over the uncertain rest of the period (risk.ts). The linear term
 * prices a month's work at what the plan pays for it at target, so effort 1 is optimal where the
 * marginal pay rate equals the on-target rate; a zero marginal rate (above a cap or maxAttainment,
 * or below an unreachable threshold) makes less effort pay, a steeper rate (accelerator) more.
 * The chosen effort is 1 + propensity × (e* − 1); honest reps and a disabled lever keep 1.
 *
 * Under a ratcheting quota (ratchet.ts) the value adds R((e − 1) × expectedPerMonth): what the
 * extra credit costs next year through a higher quota (Misra & Nair 2011). Effort withdrawal
 * for the ratchet is the same lever, so it too is scaled by propensity.
 */
import type { RepContext } from "./context.js";
import { ratchetEffect } from "./ratchet.js";
import { certaintyEquivalent } from "./risk.js";

/** 0.5 … 1.3 in steps of 0.1: withdrawal down to half effort, push up to +30%. */
export const EFFORT_GRID: readonly number[] = [0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3];

/** The grid searched closest-to-1 first, so ties keep the smallest deviation from normal effort. */
const SEARCH_ORDER: readonly number[] = [...EFFORT_GRID].sort(
  (a, b) => Math.abs(a - 1) - Math.abs(b - 1) || a - b,
);

/** The effort maximising pay minus cost; ties keep the effort closest to 1 (searched first). */
export function bestEffort(ctx: RepContext): number {
  const { view } = ctx;
  const perMonth = Math.max(0, view.expectedPerMonth);
  const k = Math.max(0, view.effortCost);
  const ratchet = ratchetEffect(ctx);
  const value = (e: number): number => {
    const extra = (e - 1) * perMonth;
    const pay = certaintyEquivalent(ctx.pay, extra, ctx.rest, view.riskAversion);
    const v = pay - ctx.referenceRate * perMonth * (e - 1) - k * (e - 1) ** 2;
    return ratchet === null ? v : v + ratchet(extra);
  };
  let best = 1;
  let bestValue = value(1);
  for (const e of SEARCH_ORDER) {
    if (e === 1) continue;
    const v = value(e);
    if (v > bestValue + 1e-9) {
      best = e;
      bestValue = v;
    }
  }
  return best;
}

export function decideEffort(ctx: RepContext): number {
  return 1 + ctx.p * (bestEffort(ctx) - 1);
}
