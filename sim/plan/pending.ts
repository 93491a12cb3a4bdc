/**
 * Settlement items scheduled for a later day: holdback releases, vesting tranches, forfeits and
 * clawbacks. Everything about a deal's future is known when it is earned (the ledger holds the
 * whole horizon), so each item is created once with its resolution day and emitted in the
 * period containing that day — no event replay per period, no scan of what is not yet due.
 */
import { monthOrdinal } from "./dates.js";
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

/** Settlement order within a period (README "Settlement order"): releases and vests, forfeits, clawbacks. */
function order(p: Pending): number {
  const k = p.kind;
  return k === "release" ? 0 : k === "vest" ? 1 : k === "forfeit" ? 2 : 3;
}
const GROUPS = 4;

/**
 * Items waiting for their day, in buckets by calendar month, each sorted by day (equal days in
 * the order added), so a period takes the months it ends, already in day order, instead of
 * scanning and sorting everything pending. Items due after the evaluation's last day are never
 * emitted and not kept.
 */
export class PendingQueue {
  private readonly buckets: Pending[][] = [];
  private readonly firstMonth: number;
  private cursor = 0;
  private count = 0;

  constructor(
    firstDay: number,
    private readonly lastDay: number,
  ) {
    this.firstMonth = monthOrdinal(firstDay);
  }

  get size(): number {
    return this.count;
  }

  add(p: Pending): void {
    if (p.day > this.lastDay) return;
    const m = Math.max(this.cursor, monthOrdinal(p.day) - this.firstMonth);
    let bucket = this.buckets[m];
    if (bucket === undefined) {
      bucket = [];
      this.buckets[m] = bucket;
    }
    let j = bucket.length;
    while (j > 0 && bucket[j - 1]!.day > p.day) j--;
    if (j === bucket.length) bucket.push(p);
    else bucket.splice(j, 0, p);
    this.count++;
  }

  /**
   * Emits (and removes) items due on or before `endDay`: releases and vests first, then forfeits,
   * then clawbacks (the settlement order), each group by day, equal days in the order added.
   * Returns the cents emitted.
   */
  emitDue(endDay: number, lb: LineBuffer): number {
    const last = monthOrdinal(endDay) - this.firstMonth;
    const due: Pending[] = [];
    for (let m = this.cursor; m <= last; m++) {
      const bucket = this.buckets[m];
      if (bucket === undefined || bucket.length === 0) continue;
      const keep: Pending[] = [];
      for (const p of bucket) (p.day <= endDay ? due : keep).push(p);
      this.buckets[m] = keep;
    }
    // months before the last are done; the last may hold items after endDay (a period ending mid-month)
    while (this.cursor < last && (this.buckets[this.cursor]?.length ?? 0) === 0) this.cursor++;
    if (due.length === 0) return 0;
    this.count -= due.length;
    // `due` is in (day, order added) order: one pass per settlement group keeps it within groups
    let sum = 0;
    for (let g = 0; g < GROUPS; g++) {
      for (let i = 0; i < due.length; i++) {
        const p = due[i]!;
        if (order(p) !== g) continue;
        const kind: LineKind = p.kind;
        sum += lb.push(p.component, kind, p.text, p.basis, p.rate, null, p.ref, p.cents);
      }
    }
    return sum;
  }
}
