/** Event type codes: the index in LEDGER_EVENT_TYPES (sim/core/ledger.ts), as event columns hold them. */
import { LEDGER_EVENT_TYPES, type LedgerEventType } from "../core/ledger.js";

export const BOOKING = LEDGER_EVENT_TYPES.indexOf("booking");
export const EXPANSION = LEDGER_EVENT_TYPES.indexOf("expansion");
export const RENEWAL = LEDGER_EVENT_TYPES.indexOf("renewal");
export const CONTRACTION = LEDGER_EVENT_TYPES.indexOf("contraction");
export const CHURN = LEDGER_EVENT_TYPES.indexOf("churn");
export const MILESTONE = LEDGER_EVENT_TYPES.indexOf("milestone");
export const COLLECTION = LEDGER_EVENT_TYPES.indexOf("collection");

/** The code of an event type name (−1 for anything else). */
export function typeCode(type: LedgerEventType | string): number {
  return (LEDGER_EVENT_TYPES as readonly string[]).indexOf(type);
}
