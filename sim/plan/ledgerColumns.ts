/**
 * A Ledger of event objects (history, ledger files, tests) as columns (sim/core/eventColumns.ts):
 * events sorted by (day, id) once, dates parsed once; the columns only some mechanics read
 * (accounts, deals, milestones, terms, discounts, TCV, units) are made on first use, so the
 * evaluator reads history and simulated worlds through the same code without paying for what a
 * plan does not read.
 */
import type { ColumnLedger, EventColumns } from "../core/eventColumns.js";
import type { Ledger, LedgerEvent } from "../core/ledger.js";
import { parseDay } from "./dates.js";
import { typeCode } from "./eventTypes.js";

/** Sorted by (day, id), read from the producer's day numbers (ids compared on equal days only). */
function isSortedByDay(events: readonly LedgerEvent[], days: readonly number[]): boolean {
  for (let i = 1; i < events.length; i++) {
    const d = days[i]! - days[i - 1]!;
    if (d < 0 || (d === 0 && events[i - 1]!.id > events[i]!.id)) return false;
  }
  return true;
}

/** The ledger contract says events are sorted; check cheaply and sort a copy only if not. */
function sortedEvents(events: readonly LedgerEvent[]): readonly LedgerEvent[] {
  for (let i = 1; i < events.length; i++) {
    const a = events[i - 1]!;
    const b = events[i]!;
    if (a.date > b.date || (a.date === b.date && a.id > b.id)) {
      return [...events].sort((x, y) =>
        x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
      );
    }
  }
  return events;
}

/** Interned ids of a string field of the events (0, 1, 2, … in order of first appearance). */
function intern(
  events: readonly LedgerEvent[],
  pick: (e: LedgerEvent) => string,
): { ids: Int32Array; names: string[] } {
  const seen = new Map<string, number>();
  const names: string[] = [];
  const ids = new Int32Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const v = pick(events[i]!);
    let k = seen.get(v);
    if (k === undefined) {
      k = names.push(v) - 1;
      seen.set(v, k);
    }
    ids[i] = k;
  }
  return { ids, names };
}

function hasAttributes(e: LedgerEvent): boolean {
  return (
    e.product !== undefined ||
    e.dealType !== undefined ||
    e.region !== undefined ||
    e.segment !== undefined ||
    e.territory !== undefined ||
    e.tags !== undefined
  );
}

/** Sorted event objects as columns; eager where every plan reads (type, day, ARR), lazy elsewhere. */
class ObjectTable implements EventColumns {
  readonly type: Uint8Array;
  readonly day: Int32Array;
  readonly arr: Float64Array;
  readonly attributes: boolean;
  private accounts: Int32Array | null = null;
  /** Deal keys interned as rows are asked (−2: not yet): deal-level lookups read few rows. */
  private deals: Int32Array | null = null;
  private dealIds: Map<string, number> | null = null;
  private milestoneIds: { ids: Int32Array; names: string[] } | null = null;
  private terms: Float64Array | null = null;
  private discounts: Float64Array | null = null;
  private tcvs: Float64Array | null = null;
  private unitCounts: Float64Array | null | undefined = undefined;

  constructor(
    private readonly events: readonly LedgerEvent[],
    days: readonly number[] | null,
  ) {
    const n = events.length;
    this.type = new Uint8Array(n);
    this.day = new Int32Array(n);
    this.arr = new Float64Array(n);
    let attributes = false;
    for (let i = 0; i < n; i++) {
      const e = events[i]!;
      const t = typeCode(e.type);
      this.type[i] = t < 0 ? 255 : t;
      this.day[i] = days !== null ? days[i]! : parseDay(e.date);
      this.arr[i] = e.arr;
      if (!attributes && hasAttributes(e)) attributes = true;
    }
    this.attributes = attributes;
  }

  private column(pick: (e: LedgerEvent) => number): Float64Array {
    const out = new Float64Array(this.events.length);
    for (let i = 0; i < out.length; i++) out[i] = pick(this.events[i]!);
    return out;
  }

  get account(): Int32Array {
    this.accounts ??= intern(this.events, (e) => e.account).ids;
    return this.accounts;
  }

  get termMonths(): Float64Array {
    this.terms ??= this.column((e) => e.termMonths);
    return this.terms;
  }

  get discount(): Float64Array {
    this.discounts ??= this.column((e) => e.discount);
    return this.discounts;
  }

  get tcv(): Float64Array {
    this.tcvs ??= this.column((e) => e.tcv);
    return this.tcvs;
  }

  get units(): Float64Array | null {
    if (this.unitCounts === undefined)
      this.unitCounts = this.events.some((e) => e.units !== undefined)
        ? this.column((e) => e.units ?? 1)
        : null;
    return this.unitCounts;
  }

  get milestone(): Int32Array {
    this.milestoneIds ??= intern(this.events, (e) => e.milestone);
    return this.milestoneIds.ids;
  }

  get milestones(): readonly string[] {
    this.milestoneIds ??= intern(this.events, (e) => e.milestone);
    return this.milestoneIds.names;
  }

  dealKey(row: number): number {
    if (this.deals === null) {
      this.deals = new Int32Array(this.events.length).fill(-2);
      this.dealIds = new Map();
    }
    let k = this.deals[row]!;
    if (k === -2) {
      const deal = this.events[row]!.deal;
      if (deal === "") k = -1;
      else {
        const ids = this.dealIds!;
        k = ids.get(deal) ?? ids.size;
        if (k === ids.size) ids.set(deal, k);
      }
      this.deals[row] = k;
    }
    return k;
  }

  id(row: number): string {
    return this.events[row]!.id;
  }

  deal(row: number): string {
    return this.events[row]!.deal;
  }

  event(row: number): LedgerEvent {
    return this.events[row]!;
  }
}

/** The events of a Ledger (sorted by (day, id) if they are not) as an event table. */
export function eventTableOf(ledger: Ledger): { table: EventColumns; rows: Int32Array } {
  const given = ledger.days !== undefined && ledger.days.length === ledger.events.length ? ledger.days : null;
  const sorted = given !== null && isSortedByDay(ledger.events, given);
  const events = sorted ? ledger.events : sortedEvents(ledger.events);
  const table = new ObjectTable(events, sorted ? given : null);
  const rows = new Int32Array(events.length);
  for (let i = 0; i < rows.length; i++) rows[i] = i;
  return { table, rows };
}

/** A Ledger as a column ledger: the evaluator's one input form (evaluate.ts evaluateColumns). */
export function columnsOfLedger(ledger: Ledger): ColumnLedger {
  const { table, rows } = eventTableOf(ledger);
  return {
    rep: ledger.rep,
    table,
    rows,
    observations: ledger.observations,
    ...(ledger.quotas === undefined ? {} : { quotas: ledger.quotas }),
    ...(ledger.assignments === undefined ? {} : { assignments: ledger.assignments }),
  };
}
