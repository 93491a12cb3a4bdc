/**
 * Deal-level settlement of a commission component for one period: attribute the component's
 * final pay to the deals credited in the period, then hold back, defer and schedule clawbacks
 * per deal. A clawback never recovers more than was paid on its deal (clawback.ts): it cancels
 * its share of what is still held or unvested and recovers its share of what was paid.
 *
 * Attribution: a deal's earned commission = its slice pay (after its adjustments) × F / max(G, A),
 * where F is the component's pay after gates, modifiers and caps, G its earnings-stage pay
 * (after YTD netting) and A the sum of the period's deals' slice pay. On a period basis G = A,
 * so each deal earns its pay × the settlement factor; what YTD re-pricing adds for earlier
 * deals (G > A) stays unattributed (held to year end, vesting from the period end, never
 * clawed back).
 */

import type { LineBuffer } from "../../lines.js";
import type { Pending, PendingQueue, Scheduled } from "../../pending.js";
import type { PeriodCtx } from "../../period.js";
import { refOf } from "../../prepare.js";
import { toCents } from "../../statement.js";
import { clawbackItems, clawbackTriggers, type DealItems } from "./clawback.js";
import type { CommissionState } from "./earn.js";
import { deferralText, heldText, holdbackText, trancheText } from "./explain.js";
import { churnDay, holdbackOutcome, releaseItem } from "./holdback.js";
import { deferredShare, trancheOutcome, vestItem } from "./vesting.js";

/** Returns the cents of the holdback and deferral lines it adds (≤ 0). */
export function settleDeals(
  st: CommissionState,
  ctx: PeriodCtx,
  lb: LineBuffer,
  grossCents: number,
  finalCents: number,
  pending: PendingQueue,
): number {
  const c = st.cc.c;
  const final = finalCents / 100;
  if (final <= 0) return 0;
  const n = st.currentCount;
  let attributed = 0;
  for (let k = 0; k < n; k++) if (st.currentPay[k]! > 0) attributed += st.currentPay[k]!;
  const denom = Math.max(grossCents / 100, attributed);
  if (denom <= 0) return 0;
  // earned[k] for the period's deals; index n = the unattributed part
  const earned = st.earned;
  let unattributed = final;
  for (let k = 0; k < n; k++) {
    const p = st.currentPay[k]!;
    earned[k] = p > 0 ? (p * final) / denom : 0;
    unattributed -= earned[k]!;
  }
  earned[n] = unattributed < 0.005 ? 0 : unattributed;
  for (let k = 0; k <= n; k++) {
    st.held[k] = 0;
    st.deferred[k] = 0;
  }
  if (st.churnDays.length <= n) st.churnDays = new Float64Array(2 * (n + 1));
  for (let k = 0; k <= n; k++) {
    st.refs[k] = null;
    st.churnDays[k] = Number.NaN;
  }
  const scheduled: Scheduled = st.scheduled;
  scheduled.items.length = 0;
  scheduled.deal.length = 0;
  let sum = 0;
  if (c.holdback !== null) sum += holdDeals(st, ctx, lb, final, scheduled);
  if (c.vesting !== null) sum += deferDeals(st, ctx, lb, final, scheduled);
  if (c.clawback !== null) scheduleClawbacks(st, ctx, lb, pending, scheduled);
  for (const item of scheduled.items) {
    // an amount a clawback cancelled in full is said by its forfeit line, not by a 0 release
    if (item.kind === "forfeit" ? item.basis !== 0 : item.cents !== 0) pending.add(item);
  }
  return sum;
}

/** The ref of the period's deal k ("" for the unattributed part), built once per settlement. */
function dealRef(st: CommissionState, ctx: PeriodCtx, k: number): string {
  if (k >= st.currentCount) return "";
  const ref = st.refs[k];
  if (ref !== null && ref !== undefined) return ref;
  const made = refOf(ctx.pl, st.currentIdx[k]!);
  st.refs[k] = made;
  return made;
}

/** The first churn of the period's deal k (churnDay), found once per settlement; +∞ unattributed. */
function dealChurn(st: CommissionState, ctx: PeriodCtx, k: number): number {
  if (k >= st.currentCount) return Number.POSITIVE_INFINITY;
  const known = st.churnDays[k]!;
  if (!Number.isNaN(known)) return known;
  const day = churnDay(ctx.pl, st.currentIdx[k]!);
  st.churnDays[k] = day;
  return day;
}

function schedule(scheduled: Scheduled, k: number, item: Pending): void {
  scheduled.items.push(item);
  scheduled.deal.push(k);
}

function holdDeals(
  st: CommissionState,
  ctx: PeriodCtx,
  lb: LineBuffer,
  final: number,
  scheduled: Scheduled,
): number {
  const c = st.cc.c;
  const h = c.holdback!;
  const n = st.currentCount;
  const pl = ctx.pl;
  const yearEnd = ctx.cp.fiscalYear(ctx.def.info.fiscalYear)[ctx.cp.periodsPerYear - 1]!.endDay;
  let total = 0;
  for (let k = 0; k <= n; k++) {
    const cents = toCents(h.share * st.earned[k]!);
    if (cents <= 0) continue;
    st.held[k] = cents;
    total += cents;
    const idx = k < n ? st.currentIdx[k]! : -1;
    const churn = h.forfeitOnChurn ? dealChurn(st, ctx, k) : Number.POSITIVE_INFINITY;
    const o = holdbackOutcome(h, pl, idx, idx >= 0 ? pl.days[idx]! : ctx.def.endDay, yearEnd, churn);
    const ref = dealRef(st, ctx, k);
    const text = lb.explain ? heldText(lb, cents, ref, o.forfeit, o.why, o.day) : "";
    schedule(scheduled, k, releaseItem(c.id, ref, cents, o, text));
  }
  if (total === 0) return 0;
  const text = lb.explain ? holdbackText(lb, h.share, final, h.release, total) : "";
  return lb.push(c.id, "holdback", text, final, h.share, null, "", -total);
}

function deferDeals(
  st: CommissionState,
  ctx: PeriodCtx,
  lb: LineBuffer,
  final: number,
  scheduled: Scheduled,
): number {
  const c = st.cc.c;
  const v = c.vesting!;
  const n = st.currentCount;
  const pl = ctx.pl;
  let total = 0;
  for (let k = 0; k <= n; k++) {
    const base = st.earned[k]! - st.held[k]! / 100;
    if (base <= 0) continue;
    const idx = k < n ? st.currentIdx[k]! : -1;
    const day = idx >= 0 ? pl.days[idx]! : ctx.def.endDay;
    const ref = dealRef(st, ctx, k);
    for (const t of v.schedule) {
      if (t.afterMonths <= 0) continue;
      const cents = toCents(base * t.share);
      if (cents <= 0) continue;
      total += cents;
      st.deferred[k] = st.deferred[k]! + cents;
      const churn = v.requireActiveAccount ? dealChurn(st, ctx, k) : Number.POSITIVE_INFINITY;
      const o = trancheOutcome(v, t.afterMonths, pl, day, churn);
      const text = lb.explain
        ? trancheText(lb, t.share, t.afterMonths, ref, o.forfeit, o.why, o.day, base, cents)
        : "";
      schedule(scheduled, k, vestItem(c.id, ref, cents, o, text));
    }
  }
  if (total === 0) return 0;
  const text = lb.explain ? deferralText(lb, deferredShare(v), final, total) : "";
  return lb.push(c.id, "deferral", text, final, deferredShare(v), null, "", -total);
}

function scheduleClawbacks(
  st: CommissionState,
  ctx: PeriodCtx,
  lb: LineBuffer,
  pending: PendingQueue,
  scheduled: Scheduled,
): void {
  const c = st.cc.c;
  const cb = c.clawback!;
  const pl = ctx.pl;
  const creditOf = pl.credits[st.cc.credit]!;
  for (let k = 0; k < st.currentCount; k++) {
    const earned = st.earned[k]!;
    if (earned <= 0) continue;
    const idx = st.currentIdx[k]!;
    const triggers = clawbackTriggers(st.cc, pl, idx, creditOf);
    if (triggers.length === 0) continue;
    // the deal's held and deferred items, which the clawback may cancel in part (replaced in place)
    const deal: DealItems = { items: [], at: [] };
    for (let j = 0; j < scheduled.items.length; j++) {
      if (scheduled.deal[j] !== k) continue;
      deal.items.push(scheduled.items[j]!);
      deal.at.push(j);
    }
    const paidNow = toCents(earned) - st.held[k]! - st.deferred[k]!;
    for (const item of clawbackItems(
      cb,
      c.id,
      dealRef(st, ctx, k),
      pl.days[idx]!,
      paidNow,
      deal,
      triggers,
      lb,
    ))
      pending.add(item);
    for (let j = 0; j < deal.at.length; j++) scheduled.items[deal.at[j]!] = deal.items[j]!;
  }
}
