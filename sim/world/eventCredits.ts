/**
 * Event types and credited metrics as small integers, and an event's credit of a metric from its
 * type, ARR and term — the columnar form of LEDGER_EVENT_CREDITS (sim/core/ledger.ts), which stays
 * the definition (test/world/eventCredits.test.ts checks they agree on every type and metric).
 * Lets the world credit reps and the accounting attribute pay without building event objects.
 */
import { LEDGER_EVENT_TYPES, type LedgerEventType } from "../core/ledger.js";

/** Type codes: the index in LEDGER_EVENT_TYPES. */
export const BOOKING = LEDGER_EVENT_TYPES.indexOf("booking");
export const EXPANSION = LEDGER_EVENT_TYPES.indexOf("expansion");
export const RENEWAL = LEDGER_EVENT_TYPES.indexOf("renewal");
export const CONTRACTION = LEDGER_EVENT_TYPES.indexOf("contraction");
export const CHURN = LEDGER_EVENT_TYPES.indexOf("churn");
export const MILESTONE = LEDGER_EVENT_TYPES.indexOf("milestone");
export const COLLECTION = LEDGER_EVENT_TYPES.indexOf("collection");

export function typeCode(type: LedgerEventType): number {
  return LEDGER_EVENT_TYPES.indexOf(type);
}

/** Credited metrics with a code (the keys of LEDGER_EVENT_CREDITS). */
export const CREDIT_METRICS = [
  "newArr",
  "expansionArr",
  "renewalArr",
  "contractionArr",
  "churnedArr",
  "tcv",
  "newLogos",
  "netNewArr",
] as const;

/** Code of a credited metric, −1 for anything else (null included). */
export function creditMetricCode(metric: string | null): number {
  return metric === null ? -1 : (CREDIT_METRICS as readonly string[]).indexOf(metric);
}

/** Credit of metric `metric` (a code) by an event of type `type` with this ARR and term. */
export function eventCredit(metric: number, type: number, arr: number, termMonths: number): number {
  switch (metric) {
    case 0:
      return type === BOOKING ? arr : 0;
    case 1:
      return type === EXPANSION ? arr : 0;
    case 2:
      return type === RENEWAL ? arr : 0;
    case 3:
      return type === CONTRACTION ? arr : 0;
    case 4:
      return type === CHURN ? arr : 0;
    case 5:
      return type === BOOKING ? (arr * termMonths) / 12 : 0;
    case 6:
      return type === BOOKING ? 1 : 0;
    case 7:
      return type === BOOKING || type === EXPANSION ? arr : type === CONTRACTION || type === CHURN ? -arr : 0;
    default:
      return 0;
  }
}
