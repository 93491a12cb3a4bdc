/**
 * The ledger events of one world run as typed columns (one row per event, in creation order):
 * type code (eventCredits.ts), day number, account row, the deal id as (kind, number) relative to
 * the account's deal, ARR, term, discount, milestone. No object or string is made while the world
 * runs; an event becomes a LedgerEvent (sim/core/ledger.ts) only when a reader that needs objects
 * (the payout evaluator) asks for it, once, and is shared by every ledger and plan view holding it.
 * Event ids are the zero-padded row number, so (day, id) order is (day, creation order).
 */
import { LEDGER_EVENT_TYPES, type LedgerEvent } from "../core/ledger.js";
import type { SimCalendar } from "./clock.js";
import { BOOKING, EXPANSION, RENEWAL } from "./eventCredits.js";

/** How an event's deal id derives from its account's deal id D. */
export const DEAL_NONE = 0; // ""
export const DEAL_OWN = 1; // D
export const DEAL_SPLIT = 2; // D-<number> (a booking split in two)
export const DEAL_RENEWAL = 3; // D/r<number>
export const DEAL_EXPANSION = 4; // D/x<number>

export const MILESTONES = ["", "activation"] as const;
export const ACTIVATION = 1;

/** Names of the accounts events refer to (AccountTable). */
export interface AccountNames {
  readonly ids: readonly string[];
  readonly deals: readonly string[];
}

/** Event ids by row number: pure values, shared by every run (a run makes ~10^4–10^5 events). */
const EVENT_IDS: string[] = [];

const EVENT_ID = /^\d{9}$/;

export function eventId(row: number): string {
  for (let k = EVENT_IDS.length; k <= row; k++) EVENT_IDS.push(String(k).padStart(9, "0"));
  return EVENT_IDS[row]!;
}

export class EventTable {
  n = 0;
  type: Uint8Array;
  day: Int32Array;
  account: Int32Array;
  dealKind: Uint8Array;
  dealNumber: Int32Array;
  arr: Float64Array;
  term: Int32Array;
  discount: Float64Array;
  milestone: Uint8Array;
  private readonly objects: (LedgerEvent | undefined)[] = [];
  /** Rows of bookings, and of expansions and renewals, by deal id and event id (rowOfDeal), built on first use once the run is finished. */
  private bookings: Map<string, number> | null = null;
  private others: Map<string, number> | null = null;

  constructor(
    private readonly accounts: AccountNames,
    private readonly cal: SimCalendar,
    capacity = 4096,
  ) {
    this.type = new Uint8Array(capacity);
    this.day = new Int32Array(capacity);
    this.account = new Int32Array(capacity);
    this.dealKind = new Uint8Array(capacity);
    this.dealNumber = new Int32Array(capacity);
    this.arr = new Float64Array(capacity);
    this.term = new Int32Array(capacity);
    this.discount = new Float64Array(capacity);
    this.milestone = new Uint8Array(capacity);
  }

  add(
    type: number,
    day: number,
    account: number,
    dealKind: number,
    dealNumber: number,
    arr: number,
    termMonths: number,
    discount: number,
    milestone: number,
  ): number {
    if (this.n === this.type.length) this.grow();
    const k = this.n++;
    this.type[k] = type;
    this.day[k] = day;
    this.account[k] = account;
    this.dealKind[k] = dealKind;
    this.dealNumber[k] = dealNumber;
    this.arr[k] = arr;
    this.term[k] = termMonths;
    this.discount[k] = discount;
    this.milestone[k] = milestone;
    return k;
  }

  /** The deal id of event k (LedgerEvent.deal). */
  deal(k: number): string {
    const kind = this.dealKind[k]!;
    if (kind === DEAL_NONE) return "";
    const own = this.accounts.deals[this.account[k]!]!;
    if (kind === DEAL_OWN) return own;
    const n = this.dealNumber[k]!;
    return kind === DEAL_SPLIT ? `${own}-${n}` : kind === DEAL_RENEWAL ? `${own}/r${n}` : `${own}/x${n}`;
  }

  /** Event k as a LedgerEvent (made on first request, then shared). */
  event(k: number): LedgerEvent {
    let e = this.objects[k];
    if (e === undefined) {
      const arr = this.arr[k]!;
      const termMonths = this.term[k]!;
      e = {
        id: eventId(k),
        date: this.cal.iso(this.day[k]!),
        type: LEDGER_EVENT_TYPES[this.type[k]!]!,
        account: this.accounts.ids[this.account[k]!]!,
        deal: this.deal(k),
        arr,
        tcv: (arr * termMonths) / 12,
        termMonths,
        discount: this.discount[k]!,
        milestone: MILESTONES[this.milestone[k]!]!,
      };
      this.objects[k] = e;
    }
    return e;
  }

  /**
   * The row of the booking, expansion or renewal event with this deal id (or event id), −1 when
   * none: what a pay line's ref names. Deal ids of those events are unique in a run (D, D-1, D/r2,
   * D/x1); bookings are looked up first (most refs name one), expansions and renewals only when a
   * ref is not a booking's; within each, the first event in creation order wins.
   */
  rowOfDeal(ref: string): number {
    this.bookings ??= this.index((type) => type === BOOKING);
    const k = this.bookings.get(ref);
    if (k !== undefined) return k;
    // an expansion's or renewal's deal id has a "/" (D/x1, D/r2), its event id nine digits: other
    // refs (e.g. a component's own id) cannot name one, so they spare building that index
    if (!ref.includes("/") && !EVENT_ID.test(ref)) return -1;
    this.others ??= this.index((type) => type === EXPANSION || type === RENEWAL);
    return this.others.get(ref) ?? -1;
  }

  private index(keep: (type: number) => boolean): Map<string, number> {
    const map = new Map<string, number>();
    for (let k = this.n - 1; k >= 0; k--) {
      if (!keep(this.type[k]!)) continue;
      const e = this.event(k);
      map.set(e.id, k);
      if (e.deal !== "") map.set(e.deal, k);
    }
    return map;
  }

  private grow(): void {
    const cap = this.type.length * 2;
    const g = <T extends Uint8Array | Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.type = g(this.type, (n) => new Uint8Array(n));
    this.day = g(this.day, (n) => new Int32Array(n));
    this.account = g(this.account, (n) => new Int32Array(n));
    this.dealKind = g(this.dealKind, (n) => new Uint8Array(n));
    this.dealNumber = g(this.dealNumber, (n) => new Int32Array(n));
    this.arr = g(this.arr, (n) => new Float64Array(n));
    this.term = g(this.term, (n) => new Int32Array(n));
    this.discount = g(this.discount, (n) => new Float64Array(n));
    this.milestone = g(this.milestone, (n) => new Uint8Array(n));
  }
}
