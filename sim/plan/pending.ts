/**
 * Settlement items scheduled for a later day: holdback releases, vesting tranches, forfeits and
 * clawbacks. Everything about a deal's future is known when it is earned (the ledger holds the
 * whole horizon), so each item is created once with its resolution day and emitted in the
 * period containing that day — no event replay per period.
 */
import type { LineBuffer } from "./lines.js";
import type { LineKind } from "./statement.js";

export interface Pending {
  readonly day: number;
  readonly kind: "release" | "vest" | "forfeit" | "clawback";
  readonly component: string;
  readonly ref: string;
  readonly cents: number;
  readonly basis: number | null;
  readonly rate: number | null;
  /** Description, built at creation only when explaining. */
  readonly text: string;
}

/**
 * The release, vest and forfeit items of one settlement and their deal (index k), gathered
 * before they are scheduled so that a clawback can cancel its share of the still unpaid ones
 * (components/commission/settle.ts).
 */
export interface Scheduled {
  readonly items: Pending[];
  readonly deal: number[];
}

const ORDER: Readonly<Record<Pending["kind"], number>> = { release: 0, vest: 1, forfeit: 2, clawback: 3 };

/**
 * Emits (and removes) items due on or before `endDay`: releases and vests first, then forfeits,
 * then clawbacks (the settlement order), each group by day. Returns the cents emitted.
 */
export function emitDue(pending: Pending[], endDay: number, lb: LineBuffer): number {
  let due: Pending[] | null = null;
  let keep = 0;
  for (let i = 0; i < pending.length; i++) {
    const p = pending[i]!;
    if (p.day <= endDay) {
      if (due === null) due = [];
      due.push(p);
    } else {
      pending[keep++] = p;
    }
  }
  pending.length = keep;
  if (due === null) return 0;
  if (due.length > 1) due.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.day - b.day);
  let sum = 0;
  for (const p of due) {
    const kind: LineKind = p.kind;
    sum += lb.push(p.component, kind, p.text, p.basis, p.rate, null, p.ref, p.cents);
  }
  return sum;
}
