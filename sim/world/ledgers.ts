/**
 * Accumulates the simulated ledgers of a trial (sim/core/ledger.ts): the run's events in one
 * columnar table (eventTable.ts) and, per rep, the rows of the events that credit it (a churn is
 * in the seller's, the CSM's and the AM's ledger). Also tracks each rep's running credit of their
 * plan's primary metric, which the behaviour model reads (RepView.periodCredit/ytdCredit), and
 * the metric observations the plans read. A rep's Ledger (objects, for the evaluator) is built
 * on request.
 */
import type { Ledger, LedgerEvent, Observation, RepInfo } from "../core/ledger.js";
import type { SimCalendar } from "./clock.js";
import { creditMetricCode, eventCredit } from "./eventCredits.js";
import { type AccountNames, EventTable } from "./eventTable.js";
import { IntList } from "./intList.js";

export class LedgerBook {
  readonly table: EventTable;
  /** Per rep: rows of its events in creation order. */
  readonly repEvents: readonly IntList[];
  readonly observations: Observation[][];
  readonly periodCredit: Float64Array;
  readonly ytdCredit: Float64Array;
  /** Credit of every event this month (EWMA input for non-pipeline expectations). */
  readonly monthCredit: Float64Array;
  /** Per rep: its events sorted (ledger), shared by the books over the same events; stale when the rep has more events. */
  private readonly sorted: ({ events: LedgerEvent[]; days: number[] } | undefined)[];
  /** Per rep: code of its primary metric (eventCredits.ts), −1 when none. */
  private readonly creditMetric: Int8Array;

  constructor(
    readonly cal: SimCalendar,
    reps: number,
    primaryMetric: readonly (string | null)[],
    accounts: AccountNames,
    shared: LedgerBook | null = null,
    /** Events expected (a capacity hint, e.g. the previous world run's count). */
    expectedEvents = 4096,
  ) {
    this.table = shared?.table ?? new EventTable(accounts, cal, expectedEvents);
    this.repEvents = shared?.repEvents ?? Array.from({ length: reps }, () => new IntList());
    this.sorted = shared?.sorted ?? new Array(reps);
    this.observations = Array.from({ length: reps }, () => []);
    this.periodCredit = new Float64Array(reps);
    this.ytdCredit = new Float64Array(reps);
    this.monthCredit = new Float64Array(reps);
    this.creditMetric = new Int8Array(reps).fill(-1);
    for (let r = 0; r < reps; r++) this.creditMetric[r] = creditMetricCode(primaryMetric[r] ?? null);
  }

  /**
   * Create one event and append it to the ledgers of reps r0, r1, r2 (in that order; −1 entries
   * and repeats skipped). `type` is a code of eventCredits.ts; the deal is relative to the
   * account's (eventTable.ts).
   */
  add(
    r0: number,
    r1: number,
    r2: number,
    day: number,
    type: number,
    account: number,
    dealKind: number,
    dealNumber: number,
    arr: number,
    termMonths = 12,
    discount = 0,
    milestone = 0,
  ): void {
    const k = this.table.add(type, day, account, dealKind, dealNumber, arr, termMonths, discount, milestone);
    if (r0 >= 0) this.credit(r0, k, type, arr, termMonths);
    if (r1 >= 0 && r1 !== r0) this.credit(r1, k, type, arr, termMonths);
    if (r2 >= 0 && r2 !== r0 && r2 !== r1) this.credit(r2, k, type, arr, termMonths);
  }

  private credit(r: number, k: number, type: number, arr: number, termMonths: number): void {
    this.repEvents[r]!.push(k);
    const metric = this.creditMetric[r]!;
    if (metric < 0) return;
    const v = eventCredit(metric, type, arr, termMonths);
    if (v !== 0) {
      this.periodCredit[r] = this.periodCredit[r]! + v;
      this.ytdCredit[r] = this.ytdCredit[r]! + v;
      this.monthCredit[r] = this.monthCredit[r]! + v;
    }
  }

  /**
   * A book over the same (finished) events with no observations yet, for observing a finished
   * world through other plans (planView.ts). Credit tallies start at 0 and are not replayed.
   */
  withFreshObservations(): LedgerBook {
    return new LedgerBook(this.cal, this.repEvents.length, [], { ids: [], deals: [] }, this);
  }

  observe(rep: number, metric: string, scope: Observation["scope"], day: number, value: number): void {
    if (Number.isFinite(value))
      this.observations[rep]!.push({ metric, scope, date: this.cal.iso(day), value });
  }

  /** The rep's events in creation order, as objects (readers that need LedgerEvents). */
  eventsOf(rep: number): LedgerEvent[] {
    const rows = this.repEvents[rep]!;
    const out = new Array<LedgerEvent>(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = this.table.event(rows.data[i]!);
    return out;
  }

  /** Day numbers of eventsOf(rep). */
  daysOf(rep: number): number[] {
    const rows = this.repEvents[rep]!;
    const out = new Array<number>(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = this.table.day[rows.data[i]!]!;
    return out;
  }

  /**
   * The rep's ledger, events sorted by (day, id), with their day numbers. A rep's events are
   * appended in id (creation) order, so a stable sort by day alone gives (day, id); they are also
   * appended month by month, so only events of the same month are out of order and a stable
   * insertion sort moves each a few places. The sorted lists are shared by every book over the
   * same events (plan views of one world); observations are the book's own.
   */
  ledger(rep: number, info: RepInfo): Ledger {
    const rows = this.repEvents[rep]!;
    let sorted = this.sorted[rep];
    if (sorted === undefined || sorted.events.length !== rows.length) {
      sorted = sortedEvents(this.table, rows);
      this.sorted[rep] = sorted;
    }
    return { rep: info, events: sorted.events, observations: this.observations[rep]!, days: sorted.days };
  }
}

function sortedEvents(table: EventTable, rows: IntList): { events: LedgerEvent[]; days: number[] } {
  const n = rows.length;
  const day = table.day;
  const order = rows.data.slice(0, n);
  const days: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = order[i]!;
    const d = day[k]!;
    days.push(d);
    let j = i - 1;
    for (; j >= 0 && days[j]! > d; j--) {
      days[j + 1] = days[j]!;
      order[j + 1] = order[j]!;
    }
    days[j + 1] = d;
    order[j + 1] = k;
  }
  const events: LedgerEvent[] = [];
  for (let i = 0; i < n; i++) events.push(table.event(order[i]!));
  return { events, days };
}
