/**
 * SPIFFs (canonical.ts SpiffComponent). An on-plan event qualifies when it is of the SPIFF's
 * event type, has a credit under its metric (if it names one), falls in its window and meets its
 * condition (safe expression language, sim/language/expression.ts). Per event, per unit and by
 * rate, qualifying events pay one line each in date order, at most maxPerPeriod per period; by
 * goal, the period pays the increase of pool × (qualifying credit so far / goal), capped at
 * maxShare × pool — never negative, the window's (or fiscal year's) credit accumulating.
 */

import type { LedgerEvent } from "../../../core/ledger.js";
import { centsOf, mulDivRound, roundTimes } from "../../exact.js";
import type { LineBuffer } from "../../lines.js";
import type { PeriodCtx } from "../../period.js";
import { eventOf, refOf } from "../../prepare.js";
import type { CompiledSpiff } from "./compiled.js";
import { eventText, goalText, overLimitText } from "./explain.js";

/** The fields a SPIFF condition can read. */
export function spiffFields(e: LedgerEvent): Record<string, number | string> {
  return {
    id: e.id,
    date: e.date,
    type: e.type,
    account: e.account,
    deal: e.deal,
    arr: e.arr,
    tcv: e.tcv,
    termMonths: e.termMonths,
    discount: e.discount,
    milestone: e.milestone,
    product: e.product ?? "",
    dealType: e.dealType ?? "",
    region: e.region ?? "",
    segment: e.segment ?? "",
    territory: e.territory ?? "",
    units: e.units ?? 1,
  };
}

/** A goal SPIFF's progress: qualifying credit (cents) and pay so far, in its window or fiscal year. */
export class SpiffState {
  credit = 0;
  paid = 0;
  constructor(readonly cs: CompiledSpiff) {}
  /** Without a window the goal runs per fiscal year. */
  resetYear(): void {
    if (this.cs.c.window === null) {
      this.credit = 0;
      this.paid = 0;
    }
  }
}

/**
 * The event's credit (cents) if it qualifies, else NaN. A condition reads the event's fields
 * from its object: only events that qualify otherwise get that far.
 */
function qualifying(cs: CompiledSpiff, ctx: PeriodCtx, i: number): number {
  const pl = ctx.pl;
  if (pl.onPlanMask[i] !== 1 || pl.days[i]! < cs.fromDay || pl.days[i]! > cs.toDay) return Number.NaN;
  if (cs.eventType >= 0 && pl.type[i] !== cs.eventType) return Number.NaN;
  const credit = cs.credit < 0 ? centsOf(pl.arr[i]!) : pl.credits[cs.credit]![i]!;
  if (cs.credit >= 0 && credit === 0) return Number.NaN;
  if (cs.condition !== null && !cs.condition(spiffFields(eventOf(pl, i)))) return Number.NaN;
  return credit;
}

export function earnSpiff(st: SpiffState, ctx: PeriodCtx, lb: LineBuffer): number {
  return st.cs.c.payout.basis === "goal" ? earnGoal(st, ctx, lb) : earnPerEvent(st.cs, ctx, lb);
}

function earnPerEvent(cs: CompiledSpiff, ctx: PeriodCtx, lb: LineBuffer): number {
  const c = cs.c;
  const pl = ctx.pl;
  const limit = c.maxPerPeriod ?? Number.POSITIVE_INFINITY;
  let count = 0;
  let sum = 0;
  for (let i = ctx.start; i < ctx.end; i++) {
    const credit = qualifying(cs, ctx, i);
    if (Number.isNaN(credit)) continue;
    const ref = refOf(pl, i);
    const units = pl.unitsAt(i);
    const cents =
      c.payout.basis === "rate"
        ? roundTimes(credit, cs.rateDec!)
        : c.payout.basis === "unit"
          ? cs.amountCents * units
          : cs.amountCents;
    if (count >= limit) {
      const text = lb.explain ? overLimitText(cs, eventOf(pl, i), ref) : "";
      lb.push(c.id, "spiff", text, cents / 100, null, 0, ref, 0);
      continue;
    }
    count++;
    const text = lb.explain ? eventText(cs, lb, eventOf(pl, i), ref, credit, units, cents) : "";
    const basis = c.payout.basis === "rate" ? credit / 100 : cs.amountCents / 100;
    const rate = c.payout.basis === "rate" ? cs.rateDec!.value : null;
    sum += lb.push(c.id, "spiff", text, basis, rate, c.payout.basis === "unit" ? units : null, ref, cents);
  }
  return sum;
}

/** pool × credit / goal (cents, exact), at most maxShare × pool; never below 0. */
export function goalEarned(cs: CompiledSpiff, credit: number): number {
  if (credit <= 0 || cs.goalCents <= 0) return 0;
  const earned = mulDivRound(cs.poolCents, credit, cs.goalCents);
  if (cs.maxShareDec === null) return earned;
  const cap = roundTimes(cs.poolCents, cs.maxShareDec);
  return earned < cap ? earned : cap;
}

function earnGoal(st: SpiffState, ctx: PeriodCtx, lb: LineBuffer): number {
  const cs = st.cs;
  const c = cs.c;
  let added = 0;
  for (let i = ctx.start; i < ctx.end; i++) {
    const credit = qualifying(cs, ctx, i);
    if (!Number.isNaN(credit)) added += credit;
  }
  if (added === 0 && st.paid === 0) return 0;
  st.credit += added;
  const earned = goalEarned(cs, st.credit);
  const pay = earned > st.paid ? earned - st.paid : 0;
  if (pay === 0 && added === 0) return 0;
  st.paid += pay;
  const text = lb.explain ? goalText(cs, lb, st.credit, earned, st.paid - pay, pay) : "";
  return lb.push(c.id, "spiff", text, st.credit / 100, null, null, "", pay);
}
