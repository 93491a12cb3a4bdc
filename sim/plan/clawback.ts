/**
 * Clawbacks: recover `share` of the commission earned on a deal when, within windowDays of the
 * booking, its account churns, downgrades (recovering in proportion to ARR lost / deal ARR), or
 * never activates (no `milestone: activation` event referring to it; recovered at window end,
 * always in full since no days are left). `prorated` scales a churn or downgrade recovery by
 * (days left in the window / window). Recoveries never exceed the deal's remaining ARR share;
 * after a churn nothing more is recovered. The earned base excludes held or unvested amounts
 * that were forfeited on or before the trigger (they were never paid).
 */

import type { LedgerEvent } from "../core/ledger.js";
import type { Clawback } from "../language/canonical.js";
import { refersTo } from "./accountEvents.js";
import type { CompiledCommission } from "./compile.js";
import { formatPct } from "./format.js";
import type { LineBuffer } from "./lines.js";
import type { Pending } from "./pending.js";
import type { PreparedLedger } from "./prepare.js";
import { toCents } from "./statement.js";

export interface Trigger {
  readonly day: number;
  readonly kind: "churn" | "downgrade" | "noActivation";
  /** Share of the deal's ARR the trigger concerns (before capping at what remains). */
  readonly arrShare: number;
}

/** The deal's clawback triggers in day order (churn ends the list). */
const NO_TRIGGERS: readonly Trigger[] = [];

export function clawbackTriggers(
  cc: CompiledCommission,
  pl: PreparedLedger,
  dealIndex: number,
  creditOf: Float64Array,
): readonly Trigger[] {
  const cb = cc.c.clawback!;
  const deal = pl.events[dealIndex]!;
  const bookDay = pl.days[dealIndex]!;
  const windowEnd = bookDay + cb.windowDays;
  let out: Trigger[] | null = null; // allocated only when a trigger is found (most deals have none)
  let activated = false;
  let i = dealIndex;
  while (i > 0 && pl.days[i - 1]! >= bookDay) i--; // same-day events sorted before the deal
  for (; i < pl.events.length; i++) {
    const d = pl.days[i]!;
    if (d > windowEnd) break;
    const e = pl.events[i]!;
    const type = e.type;
    if ((type !== "churn" && type !== "contraction" && type !== "milestone") || e.account !== deal.account)
      continue;
    if (e.type === "milestone" && e.milestone === "activation" && refersTo(e, deal.deal)) activated = true;
    else if (e.type === "churn" && cc.onChurn && refersTo(e, deal.deal)) {
      if (out === null) out = [];
      out.push({ day: d, kind: "churn", arrShare: 1 });
      return out;
    } else if (e.type === "contraction" && cc.onDowngrade && contractionHits(pl, e, i, dealIndex, creditOf)) {
      if (out === null) out = [];
      out.push({ day: d, kind: "downgrade", arrShare: deal.arr > 0 ? e.arr / deal.arr : 1 });
    }
  }
  if (!activated && cc.onNoActivation) {
    if (out === null) out = [];
    out.push({ day: windowEnd, kind: "noActivation", arrShare: 1 });
  }
  return out ?? NO_TRIGGERS;
}

/** A contraction naming a deal hits that deal; one naming none hits the account's latest credited deal. */
function contractionHits(
  pl: PreparedLedger,
  e: LedgerEvent,
  at: number,
  dealIndex: number,
  creditOf: Float64Array,
): boolean {
  if (e.deal !== "") return e.deal === pl.events[dealIndex]!.deal;
  for (let i = at - 1; i >= dealIndex; i--) {
    if (pl.events[i]!.account === e.account && creditOf[i]! > 0 && pl.onPlanMask[i] === 1)
      return i === dealIndex;
  }
  return false;
}

/**
 * Clawback items for a deal. `earned` is the deal's earned commission; `forfeitedBy(day)` the
 * part of it forfeited on or before `day`.
 */
export function clawbackItems(
  cb: Clawback,
  component: string,
  deal: LedgerEvent,
  bookDay: number,
  earned: number,
  triggers: readonly Trigger[],
  forfeitedBy: (day: number) => number,
  lb: LineBuffer,
): Pending[] {
  const out: Pending[] = [];
  let remaining = 1;
  for (const t of triggers) {
    if (remaining <= 0) break;
    const share = Math.min(remaining, t.arrShare);
    remaining -= share;
    const daysLeft = bookDay + cb.windowDays - t.day;
    const time = cb.recovery === "prorated" && t.kind !== "noActivation" ? daysLeft / cb.windowDays : 1;
    const base = Math.max(0, earned - forfeitedBy(t.day));
    const cents = -toCents(base * cb.share * share * time);
    if (cents === 0) continue;
    let text = "";
    if (lb.explain) {
      const what =
        t.kind === "churn"
          ? "account churned"
          : t.kind === "downgrade"
            ? `downgraded (${formatPct(share)} of ARR lost)`
            : `not activated within ${cb.windowDays} days`;
      const arith = `${lb.money(base)} × ${formatPct(cb.share)}${share !== 1 ? ` × ${formatPct(share)} ARR` : ""}${time !== 1 ? ` × ${daysLeft}/${cb.windowDays} days left` : ""}`;
      text = `Clawback on deal ${deal.deal || deal.id}: ${what} ${t.day - bookDay} days after booking: ${arith} = ${lb.cents(cents)}`;
    }
    out.push({
      day: t.day,
      kind: "clawback",
      component,
      ref: deal.deal || deal.id,
      cents,
      basis: base,
      rate: cb.share,
      text,
    });
  }
  return out;
}
