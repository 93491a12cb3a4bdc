/**
 * Lookups of a deal's later events on its account (collections, renewals, churn, milestones),
 * used to schedule releases, forfeits and clawbacks when the deal is earned. They walk the
 * account's chain of events (prepare.ts prevOnAccount / nextOnAccount) in ledger order, so a
 * lookup costs the account's events, not the ledger's.
 */
import type { PreparedLedger } from "../../prepare.js";

/** Whether event i refers to the deal with key `deal` (an event naming no deal refers to its whole account). */
export function refersTo(pl: PreparedLedger, i: number, deal: number): boolean {
  const d = pl.dealAt(i);
  return d === -1 || d === deal;
}

/** The first event of the deal's account at or after `fromDay` in ledger order (same-day events before the deal included). */
export function accountStart(pl: PreparedLedger, dealIndex: number, fromDay: number): number {
  let i = dealIndex;
  const prev = pl.prevOnAccount;
  while (prev[i]! >= 0 && pl.days[prev[i]!]! >= fromDay) i = prev[i]!;
  return i;
}

/**
 * Day of the first event of type `type` (a code) on the deal's account, dated in [fromDay, toDay],
 * that refers to the deal (any event of the account when `wholeAccount`, e.g. renewals, which
 * carry their own deal id); +Infinity when none.
 */
export function firstAccountEvent(
  pl: PreparedLedger,
  dealIndex: number,
  type: number,
  fromDay: number,
  toDay: number,
  wholeAccount = false,
): number {
  const deal = pl.dealAt(dealIndex);
  const next = pl.nextOnAccount;
  for (let i = accountStart(pl, dealIndex, fromDay); i >= 0; i = next[i]!) {
    const d = pl.days[i]!;
    if (d > toDay) break;
    if (d < fromDay) continue;
    if (i !== dealIndex && pl.type[i] === type && (wholeAccount || refersTo(pl, i, deal))) return d;
  }
  return Number.POSITIVE_INFINITY;
}
