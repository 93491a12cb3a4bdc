/**
 * Accumulates the simulated ledgers of a trial (sim/core/ledger.ts): one event list per rep,
 * events shared by object between the reps they credit (a churn is in the seller's, the CSM's
 * and the AM's ledger). Event ids are a zero-padded global sequence, so sorting by (date, id) —
 * the ledger contract — is (day, creation order). Also tracks each rep's running credit of
 * their plan's primary metric, which the behaviour model reads (RepView.periodCredit/ytdCredit).
 */
import {
  LEDGER_EVENT_CREDITS,
  type Ledger,
  type LedgerEvent,
  type LedgerEventType,
  type Observation,
  type RepInfo,
} from "../core/ledger.js";
import type { SimCalendar } from "./clock.js";

type Credit = (e: LedgerEvent) => number;

/** Event ids by sequence number, shared by every world run (a cell makes ~10^5 events). */
const EVENT_IDS: string[] = [];

function eventId(seq: number): string {
  for (let k = EVENT_IDS.length; k <= seq; k++) EVENT_IDS.push(String(k).padStart(9, "0"));
  return EVENT_IDS[seq]!;
}

export class LedgerBook {
  private seq = 0;
  readonly events: LedgerEvent[][];
  readonly days: number[][];
  readonly observations: Observation[][];
  readonly periodCredit: Float64Array;
  readonly ytdCredit: Float64Array;
  /** Credit of every event this month (EWMA input for non-pipeline expectations). */
  readonly monthCredit: Float64Array;
  private readonly credit: (Credit | null)[];

  constructor(
    readonly cal: SimCalendar,
    reps: number,
    primaryMetric: readonly (string | null)[],
    shared: { readonly events: LedgerEvent[][]; readonly days: number[][] } | null = null,
  ) {
    this.events = shared?.events ?? Array.from({ length: reps }, () => []);
    this.days = shared?.days ?? Array.from({ length: reps }, () => []);
    this.observations = Array.from({ length: reps }, () => []);
    this.periodCredit = new Float64Array(reps);
    this.ytdCredit = new Float64Array(reps);
    this.monthCredit = new Float64Array(reps);
    this.credit = primaryMetric.map((m) => (m === null ? null : (LEDGER_EVENT_CREDITS[m] ?? null)));
  }

  /** Create one event and append it to the ledgers of `reps` (−1 entries and repeats skipped). */
  add(
    reps: readonly number[],
    day: number,
    type: LedgerEventType,
    account: string,
    deal: string,
    arr: number,
    termMonths = 12,
    discount = 0,
    milestone = "",
  ): void {
    const seq = this.seq++;
    const e: LedgerEvent = {
      id: eventId(seq),
      date: this.cal.iso(day),
      type,
      account,
      deal,
      arr,
      tcv: (arr * termMonths) / 12,
      termMonths,
      discount,
      milestone,
    };
    for (let k = 0; k < reps.length; k++) {
      const r = reps[k]!;
      if (r < 0) continue;
      let dup = false;
      for (let j = 0; j < k; j++) if (reps[j] === r) dup = true;
      if (dup) continue;
      this.events[r]!.push(e);
      this.days[r]!.push(day);
      const c = this.credit[r];
      if (c !== null && c !== undefined) {
        const v = c(e);
        if (v !== 0) {
          this.periodCredit[r] = this.periodCredit[r]! + v;
          this.ytdCredit[r] = this.ytdCredit[r]! + v;
          this.monthCredit[r] = this.monthCredit[r]! + v;
        }
      }
    }
  }

  /**
   * A book over the same (finished) events with no observations yet, for observing a finished
   * world through other plans (planView.ts). Credit tallies start at 0 and are not replayed.
   */
  withFreshObservations(): LedgerBook {
    return new LedgerBook(this.cal, this.events.length, [], { events: this.events, days: this.days });
  }

  observe(rep: number, metric: string, scope: Observation["scope"], day: number, value: number): void {
    if (Number.isFinite(value))
      this.observations[rep]!.push({ metric, scope, date: this.cal.iso(day), value });
  }

  /**
   * The rep's ledger, events sorted by (day, id), with their day numbers. A rep's events are
   * appended in id (creation) order, so a stable sort by day alone gives (day, id); they are also
   * appended month by month, so only events of the same month are out of order and a stable
   * insertion sort of a copy moves each a few places.
   */
  ledger(rep: number, info: RepInfo): Ledger {
    const ev = this.events[rep]!;
    const dv = this.days[rep]!;
    const observations = this.observations[rep]!;
    let sorted = true;
    for (let i = 1; i < ev.length && sorted; i++) if (dv[i]! < dv[i - 1]!) sorted = false;
    if (sorted) return { rep: info, events: ev, observations, days: dv };
    const events = ev.slice();
    const days = dv.slice();
    for (let i = 1; i < days.length; i++) {
      const day = days[i]!;
      if (day >= days[i - 1]!) continue;
      const e = events[i]!;
      let j = i - 1;
      for (; j >= 0 && days[j]! > day; j--) {
        days[j + 1] = days[j]!;
        events[j + 1] = events[j]!;
      }
      days[j + 1] = day;
      events[j + 1] = e;
    }
    return { rep: info, events, observations, days };
  }
}
