/**
 * Lookups of a deal's later events on its account (collections, renewals, churn, milestones),
 * used to schedule releases, forfeits and clawbacks when the deal is earned. Events are sorted
 * by date, so a scan forward from the deal stops at the end of the window.
 */
import type { LedgerEvent, LedgerEventType } from "../../../core/ledger.js";
import type { PreparedLedger } from "../../prepare.js";

/** Whether event `e` refers to deal `deal` (an event without a deal id refers to its whole account). */
export function refersTo(e: LedgerEvent, deal: string): boolean {
  return e.deal === "" || e.deal === deal;
}

/**
 * Day of the first event of `type` on the deal's account, dated in [fromDay, toDay], that refers
 * to the deal (any event of the account when `wholeAccount`, e.g. renewals, which carry their
 * own deal id); +Infinity when none. `from` is an event index at or before the first candidate.
 */
export function firstAccountEvent(
  pl: PreparedLedger,
  from: number,
  deal: LedgerEvent,
  type: LedgerEventType,
  fromDay: number,
  toDay: number,
  wholeAccount = false,
): number {
  const { events, days } = pl;
  let i = from;
  while (i > 0 && days[i - 1]! >= fromDay) i--; // same-day events sorted before the deal
  for (; i < events.length; i++) {
    const d = days[i]!;
    if (d > toDay) break;
    if (d < fromDay) continue;
    const e = events[i]!;
    if (
      e !== deal &&
      e.type === type &&
      e.account === deal.account &&
      (wholeAccount || refersTo(e, deal.deal))
    )
      return d;
  }
  return Number.POSITIVE_INFINITY;
}
