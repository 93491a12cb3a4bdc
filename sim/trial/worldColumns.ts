/**
 * A finished world's ledgers as the evaluator's columns (sim/core/eventColumns.ts): the event
 * table read in place (no event object, no date string), a rep's rows sorted by (day, id).
 * Deal ids become numbers from the table's (account, kind, number) encoding, so two rows have
 * the same key exactly when their deal ids (EventTable.deal) are equal.
 */
import type { ColumnLedger, EventColumns } from "../core/eventColumns.js";
import type { Plan } from "../language/canonical.js";
import { fiscalYearOf } from "../plan/calendar.js";
import { columnEvents, hasRatchet, ratchetOverridesOf } from "../plan/quotaRule.js";
import { DEAL_NONE, DEAL_OWN, type EventTable, eventId, MILESTONES } from "../world/eventTable.js";
import type { IntList } from "../world/intList.js";
import type { WorldState } from "../world/state.js";

/** Deal numbers (splits, renewals, expansions of one account) stay below this. */
const NUMBERS = 2 ** 21;
/** Deal kinds (eventTable.ts DEAL_*) stay below this. */
const KINDS = 8;

/** The table's columns, read in place; build it once the world has finished (the table no longer grows). */
export function worldColumns(t: EventTable): EventColumns {
  const { account, dealKind, dealNumber } = t;
  return {
    type: t.type,
    day: t.day,
    account,
    arr: t.arr,
    termMonths: t.term,
    discount: t.discount,
    milestone: t.milestone,
    milestones: MILESTONES,
    tcv: null,
    units: null,
    attributes: false,
    dealKey: (k) => {
      const kind = dealKind[k]!;
      if (kind === DEAL_NONE) return -1;
      // an account's own deal id ignores the number; the others are `own-n`, `own/rn`, `own/xn`
      const n = kind === DEAL_OWN ? 0 : dealNumber[k]!;
      if (n < 0 || n >= NUMBERS) throw new RangeError(`deal number ${n} of event ${k} out of range`);
      return (account[k]! * KINDS + kind) * NUMBERS + n;
    },
    id: eventId,
    deal: (k) => t.deal(k),
    event: (k) => t.event(k),
  };
}

/**
 * A rep's rows sorted by (day, id): appended in id (creation) order month by month, so a stable
 * insertion sort by day moves each a few places (as LedgerBook.ledger sorts its objects).
 */
export function sortedRows(list: IntList, day: Int32Array): Int32Array {
  const n = list.length;
  const order = list.data.slice(0, n);
  for (let i = 1; i < n; i++) {
    const k = order[i]!;
    const d = day[k]!;
    let j = i - 1;
    for (; j >= 0 && day[order[j]!]! > d; j--) order[j + 1] = order[j]!;
    order[j + 1] = k;
  }
  return order;
}

/**
 * Rep r's ledger for the evaluator, as rows of the world's table; under a quota ratchet it
 * carries the rep's quota of every fiscal year after the first (quotaRule.ts), from the rep's
 * events in creation order (the order the simulation summed them in).
 */
export function repColumns(
  s: WorldState,
  r: number,
  plan: Plan,
  table: EventColumns,
  rep: ColumnLedger["rep"],
): ColumnLedger {
  const list = s.book.repEvents[r]!;
  const base: ColumnLedger = {
    rep,
    table,
    rows: sortedRows(list, s.book.table.day),
    observations: s.book.observations[r]!,
  };
  if (!hasRatchet(plan)) return base;
  const lastFy = fiscalYearOf(plan.calendar, s.cal.monthStart[s.months]! - 1);
  const created = list.data.subarray(0, list.length);
  const quotas = ratchetOverridesOf(plan, columnEvents(table, created), s.cal.monthStart[0]!, lastFy);
  return { ...base, quotas };
}
