/**
 * Quota-setting rule in simulation (DESIGN §3, §5): a plan quota with a `ratchet` gives each rep
 * its own annual quota per fiscal year, set at each fiscal-year boundary from the year ending:
 *   Q(y+1) = clamp(Q(y) + share × (C(y) − Q(y)), floor × A, cap × A),   Q(first year) = A,
 * A the plan's annual quota, C(y) the rep's on-plan credit of the metric in fiscal year y,
 * annualised when the simulation covered only part of the year (÷ the covered share of the
 * year's period weights, periods cut by days like the evaluator's proration). Misra & Nair
 * (2011): the firm set next year's quota from this year's sales; share < 1 is the weighted
 * average of last year's quota and sales of Leone, Misra & Zimmerman (2004). Ramp is ignored
 * (simulated reps are fully ramped).
 *
 * A pure function of the plan and the rep's events (deterministic, no randomness): the
 * behaviour model's view (views.ts) asks for the current year while the world runs, pay.ts for
 * every year once it has run, and both read the same events, so they agree.
 */

import type { EventColumns } from "../core/eventColumns.js";
import { LEDGER_EVENT_CREDITS, type LedgerEvent, type QuotaOverride } from "../core/ledger.js";
import type { Plan, Quota, QuotaRatchet } from "../language/canonical.js";
import { fiscalYearOf, fiscalYearPeriods, fiscalYearStart } from "./calendar.js";
import { creditCode, creditValue } from "./columnCredits.js";

/** Next year's annual quota from this year's quota q, annualised credit c and the plan's annual a. */
export function nextQuota(r: QuotaRatchet, q: number, c: number, a: number): number {
  const moved = q + r.share * (c - q);
  const lo = r.floor * a;
  const hi = r.cap === null ? Number.POSITIVE_INFINITY : r.cap * a;
  return moved < lo ? lo : moved > hi ? hi : moved;
}

/** Whether any quota of the plan has a quota-setting rule. */
export function hasRatchet(plan: Plan | null | undefined): boolean {
  return plan?.quotas.some((q) => q.ratchet !== undefined) ?? false;
}

/** Share of fiscal year `fy`'s period weights on days ≥ firstDay (1 for a year fully simulated). */
function coveredShare(plan: Plan, quota: Quota, fy: number, firstDay: number): number {
  let s = 0;
  for (const p of fiscalYearPeriods(plan.calendar, fy)) {
    const w = quota.periodWeights[p.info.index] ?? 0;
    if (p.startDay >= firstDay) s += w;
    else if (p.endDay >= firstDay) s += (w * (p.endDay - firstDay + 1)) / p.days;
  }
  return s;
}

/**
 * A rep's events as the ratchet reads them: n events, each one's day and credit under a
 * credited metric (null: the metric credits nothing the ratchet can read).
 */
export interface RatchetEvents {
  readonly n: number;
  day(i: number): number;
  credit(metric: string): ((i: number) => number) | null;
}

/** ratchetPathOf on event objects with their day numbers. */
export function ratchetPath(
  plan: Plan,
  quota: Quota,
  events: readonly LedgerEvent[],
  days: readonly number[],
  firstDay: number,
  lastFy: number,
): number[] {
  return ratchetPathOf(plan, quota, objectEvents(events, days), firstDay, lastFy);
}

/** Event objects with their day numbers. */
export function objectEvents(events: readonly LedgerEvent[], days: readonly number[]): RatchetEvents {
  return {
    n: events.length,
    day: (i) => days[i]!,
    credit: (metric) => {
      const fn = LEDGER_EVENT_CREDITS[metric];
      return fn === undefined ? null : (i) => fn(events[i]!);
    },
  };
}

/** Rows of an event table (sim/core/eventColumns.ts), read in place. */
export function columnEvents(t: EventColumns, rows: ArrayLike<number>): RatchetEvents {
  return {
    n: rows.length,
    day: (i) => t.day[rows[i]!]!,
    credit: (metric) => {
      if (LEDGER_EVENT_CREDITS[metric] === undefined) return null;
      const code = creditCode(metric);
      return (i) => {
        const r = rows[i]!;
        const arr = t.arr[r]!;
        return creditValue(code, t.type[r]!, arr, t.tcv === null ? (arr * t.termMonths[r]!) / 12 : t.tcv[r]!);
      };
    },
  };
}

/**
 * The rep's annual quota of one ratcheted quota for fiscal years firstFy … lastFy (index 0 =
 * firstFy = the plan's annual). Events on days < firstDay (before the rep is on the plan) do
 * not count; events must be final for the years before lastFy. Credit is summed in the order
 * the events are given.
 */
export function ratchetPathOf(
  plan: Plan,
  quota: Quota,
  events: RatchetEvents,
  firstDay: number,
  lastFy: number,
): number[] {
  const rule = quota.ratchet;
  const firstFy = fiscalYearOf(plan.calendar, firstDay);
  const path = [quota.annual];
  if (rule === undefined) return path;
  const credit = events.credit(quota.metric);
  const years = Math.max(0, lastFy - firstFy);
  const byYear = new Float64Array(years);
  if (credit !== null && years > 0) {
    const end = fiscalYearStart(plan.calendar, lastFy);
    for (let i = 0; i < events.n; i++) {
      const d = events.day(i);
      if (d < firstDay || d >= end) continue;
      const v = credit(i);
      if (v !== 0) {
        const k = fiscalYearOf(plan.calendar, d) - firstFy;
        byYear[k] = byYear[k]! + v;
      }
    }
  }
  for (let k = 0; k < years; k++) {
    const q = path[k]!;
    const covered = coveredShare(plan, quota, firstFy + k, firstDay);
    const c = covered > 0 ? byYear[k]! / covered : q;
    path.push(nextQuota(rule, q, c, quota.annual));
  }
  return path;
}

/** Ledger.quotas of one rep for every fiscal year after the first up to lastFy; [] without a ratchet. */
export function ratchetOverrides(
  plan: Plan,
  events: readonly LedgerEvent[],
  days: readonly number[],
  firstDay: number,
  lastFy: number,
): QuotaOverride[] {
  return ratchetOverridesOf(plan, objectEvents(events, days), firstDay, lastFy);
}

/** ratchetOverrides on any event source (columns: no event objects). */
export function ratchetOverridesOf(
  plan: Plan,
  events: RatchetEvents,
  firstDay: number,
  lastFy: number,
): QuotaOverride[] {
  const out: QuotaOverride[] = [];
  const firstFy = fiscalYearOf(plan.calendar, firstDay);
  for (const q of plan.quotas) {
    if (q.ratchet === undefined) continue;
    const path = ratchetPathOf(plan, q, events, firstDay, lastFy);
    for (let k = 1; k < path.length; k++)
      out.push({ metric: q.metric, fiscalYear: firstFy + k, annual: path[k]! });
  }
  return out;
}

/**
 * The world's per-rep quotas while it runs (WorldState.repQuotas, only when a plan has a
 * ratchet): each rep's annual quota of its primary metric for the current fiscal year, computed
 * from its events once per fiscal year, when the behaviour model first asks in that year (the
 * events of earlier years are final by then).
 */
export class RepQuotas {
  private readonly year: Int32Array;
  private readonly annual: Float64Array;

  constructor(
    reps: number,
    /** First day on the plan (the simulation's first day). */
    readonly firstDay: number,
  ) {
    this.year = new Int32Array(reps).fill(-(2 ** 31));
    this.annual = new Float64Array(reps);
  }

  /** Rep r's annual quota of `quota` (a quota of `plan`) in fiscal year fy. */
  annualOf(
    plan: Plan,
    quota: Quota,
    r: number,
    fy: number,
    events: readonly LedgerEvent[],
    days: readonly number[],
  ): number {
    if (this.year[r] !== fy) {
      this.year[r] = fy;
      this.annual[r] = ratchetPath(plan, quota, events, days, this.firstDay, fy).at(-1)!;
    }
    return this.annual[r]!;
  }
}
