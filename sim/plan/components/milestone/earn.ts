/**
 * Milestone uplift: when an account this rep sold reaches the named milestone within
 * `withinDays` of its booking, pay rate × the booking's ARR in the milestone's period. A
 * milestone event names its deal (then only that booking qualifies) or just the account (then
 * every booking of the account that qualifies). Each booking is paid at most once. Bookings are
 * found on the milestone's account (prepare.ts account chains), oldest first.
 */
import { formatDay } from "../../dates.js";
import { BOOKING, MILESTONE } from "../../eventTypes.js";
import { centsOf, roundTimes } from "../../exact.js";
import type { LineBuffer } from "../../lines.js";
import type { PeriodCtx } from "../../period.js";
import { milestoneCode, type PreparedLedger, refOf } from "../../prepare.js";
import type { CompiledMilestone } from "./compiled.js";
import { upliftText } from "./explain.js";

export class MilestoneState {
  /** 1 for booking event indices already paid (made on the first milestone reached). */
  paid: Uint8Array | null = null;
  constructor(readonly cm: CompiledMilestone) {}
}

/** Pays booking b for milestone event i (if it qualifies); returns the cents. */
function uplift(st: MilestoneState, pl: PreparedLedger, lb: LineBuffer, i: number, b: number): number {
  if (b === i || pl.type[b] !== BOOKING || st.paid![b] === 1) return 0;
  const named = pl.dealAt(i);
  if (named !== -1 && pl.dealAt(b) !== named) return 0;
  const c = st.cm.c;
  st.paid![b] = 1;
  const arr = pl.arr[b]!;
  const cents = roundTimes(centsOf(arr), st.cm.rateDec);
  const ref = refOf(pl, b);
  const elapsed = pl.days[i]! - pl.days[b]!;
  const text = lb.explain ? upliftText(st.cm, lb, ref, formatDay(pl.days[i]!), elapsed, arr, cents) : "";
  return lb.push(c.id, "milestone", text, arr, c.rate, null, ref, cents);
}

export function earnMilestone(st: MilestoneState, ctx: PeriodCtx, lb: LineBuffer): number {
  const c = st.cm.c;
  const pl = ctx.pl;
  const { days, onPlanMask } = pl;
  const code = milestoneCode(pl, c.milestone);
  if (code < 0) return 0;
  let sum = 0;
  for (let i = ctx.start; i < ctx.end; i++) {
    if (pl.type[i] !== MILESTONE || pl.milestoneAt(i) !== code || onPlanMask[i] !== 1) continue;
    st.paid ??= new Uint8Array(pl.n);
    // the account's events from withinDays before the milestone to its day, in ledger order
    let first = i;
    while (pl.prevOnAccount[first]! >= 0 && days[i]! - days[pl.prevOnAccount[first]!]! <= c.withinDays)
      first = pl.prevOnAccount[first]!;
    for (let b = first; b >= 0 && days[b]! <= days[i]!; b = pl.nextOnAccount[b]!)
      sum += uplift(st, pl, lb, i, b);
  }
  return sum;
}
