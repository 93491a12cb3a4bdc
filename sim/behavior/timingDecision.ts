/**
 * The timing lever's monthly decision (DESIGN §6; timing.ts, deadline.ts): in any month of a
 * period whose end changes what credit pays for, whether to hold the deals due this month to
 * the period's deadline (and the concession offered there); in the period's last month, whether
 * to pull the next period's deals in or push this period's out (Larkin 2014; Oyer 1998).
 */
import type { RepContext } from "./context.js";
import { decideDeadline, NO_DEADLINE } from "./deadline.js";
import { bestPull, PULL_DISCOUNT_PER_MONTH, pushGain, yearEndRatchet } from "./timing.js";

export interface TimingDecision {
  readonly pullForward: boolean;
  /** Extra discount of a deal pulled one month early (buyer's price + concession). */
  readonly pullDiscount: number;
  /** Deals due in the first pullMonths months of the next period are pulled. */
  readonly pullMonths: number;
  readonly pushBack: boolean;
  /** Hold the deals due this month to the period's last day. */
  readonly holdToDeadline: boolean;
  /** Extra discount of a deal signed at (or slipped past) the deadline. */
  readonly deadlineConcession: number;
}

export const NO_TIMING: TimingDecision = {
  pullForward: false,
  pullDiscount: 0,
  pullMonths: 0,
  pushBack: false,
  holdToDeadline: false,
  deadlineConcession: 0,
};

export function decideTiming(ctx: RepContext): TimingDecision {
  if (!ctx.periodEndMatters) return NO_TIMING;
  const deadline = ctx.rest > 0 || ctx.lastMonthOfPeriod ? decideDeadline(ctx) : NO_DEADLINE;
  const held = { holdToDeadline: deadline.hold, deadlineConcession: deadline.concession };
  if (!ctx.boundaryAhead) return { ...NO_TIMING, ...held };
  const ratchet = yearEndRatchet(ctx);
  const plan = bestPull(ctx, ratchet);
  const pull = ctx.p * plan.gain;
  const push = ctx.p * pushGain(ctx, ratchet);
  if (pull > ctx.hurdle && pull >= push)
    return {
      pullForward: true,
      pullDiscount: PULL_DISCOUNT_PER_MONTH + plan.concession,
      pullMonths: plan.months,
      pushBack: false,
      ...held,
    };
  if (push > ctx.hurdle) return { ...NO_TIMING, pushBack: true, ...held };
  return { ...NO_TIMING, ...held };
}
