/**
 * Clawbacks: recover `share` of the commission earned on a deal when, within windowDays of the
 * booking, its account churns, downgrades (recovering in proportion to ARR lost / deal ARR), or
 * never activates (no `milestone: activation` event referring to it; recovered at window end,
 * always in full since no days are left). `prorated` scales a churn or downgrade recovery by
 * (days left in the window / window). Recoveries never exceed the deal's remaining ARR share;
 * after a churn nothing more is recovered. A clawback takes its share of the commission pro rata
 * from what was paid (recovered) and from what is still held or unvested (cancelled), so it never
 * recovers more than was paid on the deal (sim/plan/README.md, "Clawback").
 */

import type { Clawback } from "../../../language/canonical.js";
import { CHURN, CONTRACTION, MILESTONE } from "../../eventTypes.js";
import type { LineBuffer } from "../../lines.js";
import type { Pending } from "../../pending.js";
import { milestoneCode, type PreparedLedger } from "../../prepare.js";
import { toCents } from "../../statement.js";
import { accountStart, refersTo } from "./accountEvents.js";
import type { CompiledCommission } from "./compiled.js";
import { cancelText, recoverText } from "./explain.js";
import type { Trigger } from "./trigger.js";

/** The deal's clawback triggers in day order (churn ends the list). */
const NO_TRIGGERS: readonly Trigger[] = [];

export function clawbackTriggers(
  cc: CompiledCommission,
  pl: PreparedLedger,
  dealIndex: number,
  creditOf: Float64Array,
): readonly Trigger[] {
  const cb = cc.c.clawback!;
  const deal = pl.dealAt(dealIndex);
  const dealArr = pl.arr[dealIndex]!;
  const bookDay = pl.days[dealIndex]!;
  const windowEnd = bookDay + cb.windowDays;
  const activation = milestoneCode(pl, "activation");
  let out: Trigger[] | null = null; // allocated only when a trigger is found (most deals have none)
  let activated = false;
  // the account's events from the booking day (same-day events sorted before the deal too)
  for (let i = accountStart(pl, dealIndex, bookDay); i >= 0; i = pl.nextOnAccount[i]!) {
    const d = pl.days[i]!;
    if (d > windowEnd) break;
    const type = pl.type[i]!;
    if (type === MILESTONE) {
      if (pl.milestoneAt(i) === activation && refersTo(pl, i, deal)) activated = true;
    } else if (type === CHURN) {
      if (cc.onChurn && refersTo(pl, i, deal)) {
        if (out === null) out = [];
        out.push({ day: d, kind: "churn", arrShare: 1 });
        return out;
      }
    } else if (type === CONTRACTION && cc.onDowngrade && contractionHits(pl, i, dealIndex, creditOf)) {
      if (out === null) out = [];
      out.push({ day: d, kind: "downgrade", arrShare: dealArr > 0 ? pl.arr[i]! / dealArr : 1 });
    }
  }
  if (!activated && cc.onNoActivation) {
    if (out === null) out = [];
    out.push({ day: windowEnd, kind: "noActivation", arrShare: 1 });
  }
  return out ?? NO_TRIGGERS;
}

/** A contraction naming a deal hits that deal; one naming none hits the account's latest credited deal. */
function contractionHits(pl: PreparedLedger, at: number, dealIndex: number, creditOf: Float64Array): boolean {
  const named = pl.dealAt(at);
  if (named !== -1) return named === pl.dealAt(dealIndex);
  for (let i = pl.prevOnAccount[at]!; i >= dealIndex; i = pl.prevOnAccount[i]!) {
    if (creditOf[i]! > 0 && pl.onPlanMask[i] === 1) return i === dealIndex;
  }
  return false;
}

/** A deal's held and deferred items (release, vest, forfeit) and where they sit in the settlement. */
export interface DealItems {
  readonly items: Pending[];
  readonly at: number[];
}

/** The amount (cents) an item stands for: paid by a release or vest, never paid by a forfeit. */
function amountOf(p: Pending): number {
  return p.kind === "forfeit" ? Math.round((p.basis ?? 0) * 100) : p.cents;
}

/** The item with `cents` less (a forfeit's basis for a forfeit item). */
function reduced(p: Pending, cents: number): Pending {
  if (p.kind === "forfeit") return { ...p, basis: (amountOf(p) - cents) / 100 };
  return { ...p, cents: p.cents - cents, basis: (p.cents - cents) / 100 };
}

/**
 * Clawback and cancellation items of a deal. Each trigger claims a fraction f of the deal's
 * commission (share × ARR share × days left / window when prorated; the ARR shares of a deal's
 * triggers never add up to more than 1). f is taken pro rata from every part of the commission
 * as it stood before any trigger: f of each held or unvested amount still to come is cancelled
 * (it is never paid; a `forfeit` line says so) and f of what has been paid by the trigger day —
 * the part paid when earned (`paidNow`, cents) and releases and vests dated on or before it — is
 * recovered (a negative `clawback` line), never more than what was paid and not yet recovered.
 * Amounts forfeited on or before the trigger day were never paid and are not part of either.
 * `deal.items` are replaced in place by their reduced copies.
 */
export function clawbackItems(
  cb: Clawback,
  component: string,
  ref: string,
  bookDay: number,
  paidNow: number,
  held: DealItems,
  triggers: readonly Trigger[],
  lb: LineBuffer,
): Pending[] {
  const out: Pending[] = [];
  const original = held.items.map(amountOf);
  let remaining = 1;
  let recoveredSoFar = 0;
  for (const t of triggers) {
    if (remaining <= 0) break;
    const share = Math.min(remaining, t.arrShare);
    remaining -= share;
    const daysLeft = bookDay + cb.windowDays - t.day;
    const time = cb.recovery === "prorated" && t.kind !== "noActivation" ? daysLeft / cb.windowDays : 1;
    const f = cb.share * share * time;
    // paid by the trigger day: when earned, plus releases and vests dated on or before it
    let paidBase = paidNow;
    let paidActual = paidNow;
    let pendingBase = 0;
    let cancelled = 0;
    for (let j = 0; j < held.items.length; j++) {
      const item = held.items[j]!;
      if (item.day <= t.day) {
        if (item.kind !== "forfeit") {
          paidBase += original[j]!;
          paidActual += item.cents;
        }
        continue;
      }
      pendingBase += original[j]!;
      const cut = Math.min(toCents((original[j]! / 100) * f), amountOf(item));
      if (cut <= 0) continue;
      held.items[j] = reduced(item, cut);
      cancelled += cut;
    }
    const claim = toCents((paidBase / 100) * f);
    const available = paidActual - recoveredSoFar;
    const cents = -Math.max(0, Math.min(claim, available));
    recoveredSoFar -= cents;
    if (cancelled > 0) {
      const text = lb.explain ? cancelText(lb, cb, t, share, time, bookDay, ref, pendingBase, cancelled) : "";
      out.push({
        day: t.day,
        kind: "forfeit",
        component,
        ref,
        cents: 0,
        basis: cancelled / 100,
        rate: cb.share,
        text,
      });
    }
    if (cents === 0) continue;
    const text = lb.explain
      ? recoverText(lb, cb, t, share, time, bookDay, ref, paidBase, cents, claim, available)
      : "";
    out.push({
      day: t.day,
      kind: "clawback",
      component,
      ref,
      cents,
      basis: paidBase / 100,
      rate: cb.share,
      text,
    });
  }
  return out;
}
