/**
 * A ledger prepared for one plan: dates as day numbers, credits per credited metric as typed
 * arrays, an on-plan mask, observation days. Built once per evaluate call (kept cheap: no maps,
 * no sorting of sorted input); the period loop then only reads numbers. Account lookups scan
 * the date-sorted events forward or backward from a deal (windows are short).
 */

import type { Ledger, LedgerEvent, Observation, RepInfo } from "../core/ledger.js";
import type { OnPlan } from "./calendar.js";
import type { CompiledPlanCore } from "./compiledParts.js";
import { derivedCredits } from "./creditFilter.js";
import { creditsOf } from "./credits.js";
import { monthOrdinal, parseDay } from "./dates.js";
import { needsBlend, planSegments, type Segment } from "./segments.js";

export interface PreparedLedger {
  readonly rep: RepInfo;
  readonly events: readonly LedgerEvent[];
  readonly days: Int32Array;
  /** 1 when the event falls on a day the rep is on the plan (only those earn). */
  readonly onPlanMask: Uint8Array;
  /** credits[metric][event], metric as in CompiledPlanCore.creditMetrics. */
  readonly credits: readonly Float64Array[];
  readonly observations: readonly Observation[];
  readonly observationDays: Int32Array;
  readonly hireDay: number;
  readonly hireMonth: number;
  /** Last day employed; +Infinity while employed. */
  readonly terminationDay: number;
  /** First and last day on the plan (the hull of the segments; from +∞ when never on it). */
  readonly onPlan: OnPlan;
  /** The stretches on the plan (segments.ts), sorted; and whether they change quotas or targets. */
  readonly segments: readonly Segment[];
  readonly blend: boolean;
  /** Per compiled quota: fiscal year → the rep's annual quota (Ledger.quotas); null = none at all. */
  readonly quotaAnnual: readonly (ReadonlyMap<number, number> | undefined)[] | null;
}

export function prepareLedger(cp: CompiledPlanCore, ledger: Ledger): PreparedLedger {
  const given = ledger.days !== undefined && ledger.days.length === ledger.events.length ? ledger.days : null;
  const events =
    given !== null && isSortedByDay(ledger.events, given) ? ledger.events : sortedEvents(ledger.events);
  const n = events.length;
  const days = new Int32Array(n);
  if (events === ledger.events && given !== null) for (let i = 0; i < n; i++) days[i] = given[i]!;
  else for (let i = 0; i < n; i++) days[i] = parseDay(events[i]!.date);
  const rep = ledger.rep;
  const hireDay = parseDay(rep.hireDate);
  const terminationDay =
    rep.terminationDate === null ? Number.POSITIVE_INFINITY : parseDay(rep.terminationDate);
  const segments = planSegments(cp, ledger, hireDay, terminationDay);
  const onPlan: OnPlan =
    segments.length === 0
      ? { fromDay: Number.POSITIVE_INFINITY, toDay: Number.NEGATIVE_INFINITY }
      : { fromDay: segments[0]!.fromDay, toDay: segments[segments.length - 1]!.toDay };
  const onPlanMask = new Uint8Array(n);
  if (segments.length === 1) {
    for (let i = 0; i < n; i++)
      onPlanMask[i] = days[i]! >= onPlan.fromDay && days[i]! <= onPlan.toDay ? 1 : 0;
  } else {
    for (let i = 0; i < n; i++)
      for (const sg of segments) if (days[i]! >= sg.fromDay && days[i]! <= sg.toDay) onPlanMask[i] = 1;
  }
  const credits: Float64Array[] = [];
  for (let m = 0; m < cp.creditMetrics.length; m++) {
    const derived = cp.creditDerived[m];
    credits.push(derived ? derivedCredits(derived, events) : creditsOf(cp.creditMetrics[m]!, events));
  }
  const observationDays = new Int32Array(ledger.observations.length);
  for (let i = 0; i < observationDays.length; i++)
    observationDays[i] = parseDay(ledger.observations[i]!.date);
  return {
    rep,
    events,
    days,
    onPlanMask,
    credits,
    observations: ledger.observations,
    observationDays,
    hireDay,
    hireMonth: monthOrdinal(hireDay),
    terminationDay,
    onPlan,
    segments,
    blend: needsBlend(segments),
    quotaAnnual: quotaOverrides(cp, ledger),
  };
}

/** Ledger quota overrides by compiled quota index (null when the ledger has none: the common case). */
function quotaOverrides(cp: CompiledPlanCore, ledger: Ledger): (Map<number, number> | undefined)[] | null {
  const list = ledger.quotas;
  if (list === undefined || list.length === 0) return null;
  const out: (Map<number, number> | undefined)[] = cp.quotas.map(() => undefined);
  for (const o of list) {
    const q = cp.quotas.findIndex((x) => x.metric === o.metric);
    if (q < 0) continue;
    if (!Number.isInteger(o.fiscalYear))
      throw new RangeError(
        `rep ${ledger.rep.id}: quota fiscal year must be a whole year, got ${o.fiscalYear}`,
      );
    if (!(o.annual >= 0) || !Number.isFinite(o.annual))
      throw new RangeError(
        `rep ${ledger.rep.id}: ${o.metric} quota for FY${o.fiscalYear} must be ≥ 0, got ${o.annual}`,
      );
    let m = out[q];
    if (m === undefined) {
      m = new Map();
      out[q] = m;
    }
    if (m.has(o.fiscalYear))
      throw new RangeError(`rep ${ledger.rep.id}: two ${o.metric} quotas for FY${o.fiscalYear}`);
    m.set(o.fiscalYear, o.annual);
  }
  return out;
}

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

/**
 * Latest observation of (metric, scope) dated in [fromDay, toDay]; NaN when there is none. On
 * equal days the later observation in the ledger wins. Observations are few; a scan beats an index.
 */
export function latestObservation(
  pl: PreparedLedger,
  metric: string,
  scope: string,
  fromDay: number,
  toDay: number,
): number {
  let bestDay = Number.NEGATIVE_INFINITY;
  let value = Number.NaN;
  const obs = pl.observations;
  for (let i = 0; i < obs.length; i++) {
    const d = pl.observationDays[i]!;
    if (d < fromDay || d > toDay || d < bestDay) continue;
    const o = obs[i]!;
    if (o.metric === metric && o.scope === scope) {
      bestDay = d;
      value = o.value;
    }
  }
  return value;
}
