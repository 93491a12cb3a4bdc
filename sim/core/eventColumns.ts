/**
 * Ledger events as typed columns: what the exact evaluator reads (sim/plan/prepare.ts), from
 * history (a Ledger's objects converted once, sim/plan/ledgerColumns.ts) and from a simulated
 * world (its event table, read in place) alike. One row per event; a rep's ledger is a list of
 * rows sorted by (day, id). Strings are interned: equal numbers ⇔ equal ids. No column is a
 * string, a Date or an object, so the evaluator's hot path makes none per event.
 */
import type { Assignment, LedgerEvent, Observation, QuotaOverride, RepInfo } from "./ledger.js";

export interface EventColumns {
  /** Index into LEDGER_EVENT_TYPES (sim/core/ledger.ts). */
  readonly type: ArrayLike<number>;
  /** Day number (days since 1970-01-01, sim/plan/dates.ts). */
  readonly day: ArrayLike<number>;
  /** Interned account id. */
  readonly account: ArrayLike<number>;
  readonly arr: ArrayLike<number>;
  readonly termMonths: ArrayLike<number>;
  /** Discount off list price, 0–1. */
  readonly discount: ArrayLike<number>;
  /** Index into `milestones` (the milestone's name; "" for events that are not milestones). */
  readonly milestone: ArrayLike<number>;
  readonly milestones: readonly string[];
  /** Total contract value; null: arr × termMonths / 12 for every event (the simulator's). */
  readonly tcv: ArrayLike<number> | null;
  /** Units sold (per-unit SPIFFs); null: 1 for every event. */
  readonly units: ArrayLike<number> | null;
  /**
   * Whether events may carry attributes (product, dealType, region, segment, territory, tags);
   * false: every attribute is absent (simulated events), so filters read no object.
   */
  readonly attributes: boolean;
  /** Interned deal id of a row (equal ⇔ same deal id), −1 when the event names no deal. */
  dealKey(row: number): number;
  /** The event's id and deal id ("" when none), for statement refs. */
  id(row: number): string;
  deal(row: number): string;
  /** The event as an object, for the rare readers that need one (attributes, explanations). */
  event(row: number): LedgerEvent;
}

/** A rep's ledger over an event table: Ledger (sim/core/ledger.ts) with its events as rows. */
export interface ColumnLedger {
  readonly rep: RepInfo;
  readonly table: EventColumns;
  /** The rep's events: rows of `table`, sorted by (day, id). */
  readonly rows: ArrayLike<number>;
  readonly observations: readonly Observation[];
  readonly quotas?: readonly QuotaOverride[];
  readonly assignments?: readonly Assignment[];
}
