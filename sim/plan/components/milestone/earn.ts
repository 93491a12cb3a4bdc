/**
 * Milestone uplift: when an account this rep sold reaches the named milestone within
 * `withinDays` of its booking, pay rate × the booking's ARR in the milestone's period. A
 * milestone event names its deal (then only that booking qualifies) or just the account (then
 * every booking of the account that qualifies). Each booking is paid at most once.
 */
import { centsOf, roundTimes } from "../../exact.js";
import type { LineBuffer } from "../../lines.js";
import type { PeriodCtx } from "../../period.js";
import type { CompiledMilestone } from "./compiled.js";
import { upliftText } from "./explain.js";

export class MilestoneState {
  /** Booking event indices already paid. */
  readonly paid = new Set<number>();
  constructor(readonly cm: CompiledMilestone) {}
}

export function earnMilestone(st: MilestoneState, ctx: PeriodCtx, lb: LineBuffer): number {
  const c = st.cm.c;
  const { events, days, onPlanMask } = ctx.pl;
  let sum = 0;
  for (let i = ctx.start; i < ctx.end; i++) {
    const m = events[i]!;
    if (m.type !== "milestone" || m.milestone !== c.milestone || onPlanMask[i] !== 1) continue;
    // bookings of the account up to withinDays before the milestone, oldest first
    let first = i;
    while (first > 0 && days[i]! - days[first - 1]! <= c.withinDays) first--;
    for (let b = first; b < events.length && days[b]! <= days[i]!; b++) {
      const booking = events[b]!;
      if (b === i || booking.type !== "booking" || booking.account !== m.account || st.paid.has(b)) continue;
      if (m.deal !== "" && booking.deal !== m.deal) continue;
      const elapsed = days[i]! - days[b]!;
      st.paid.add(b);
      const cents = roundTimes(centsOf(booking.arr), st.cm.rateDec);
      const ref = booking.deal || booking.id;
      const text = lb.explain ? upliftText(st.cm, lb, ref, m.date, elapsed, booking.arr, cents) : "";
      sum += lb.push(c.id, "milestone", text, booking.arr, c.rate, null, ref, cents);
    }
  }
  return sum;
}
