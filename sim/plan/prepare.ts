/**
 * A rep's ledger prepared for one plan: its events gathered from the event table into typed
 * columns (sorted by (day, id)), an on-plan mask, credits per credited metric in cents, each
 * event's previous and next event on the same account (so looking up a deal's later collection,
 * churn or milestone walks its account, not the ledger), observation days. Built into the
 * compiled plan's workspace (workspace.ts): no event object and no typed array per rep.
 */

import type { ColumnLedger, EventColumns } from "../core/eventColumns.js";
import type { LedgerEvent, Observation, RepInfo } from "../core/ledger.js";
import type { OnPlan } from "./calendar.js";
import { creditCode, creditValue, TCV } from "./columnCredits.js";
import type { CompiledPlanCore } from "./compiledParts.js";
import { derivedCreditsInto } from "./creditFilter.js";
import { monthOrdinal, parseDay } from "./dates.js";
import { centsOf } from "./exact.js";
import { needsBlend, planSegments, type Segment } from "./segments.js";

/**
 * The gathered columns (days, type codes, ARR: what every period reads) are typed arrays of
 * length n; the rest is read from the table through `rows` when a mechanic needs it (deal-level
 * lookups, adjustments, milestones), and account chains are built on first use.
 */
export class PreparedLedger {
  /** Events (sorted by (day, id)) and each one's row in `table`. */
  readonly n: number;
  readonly rows: Int32Array;
  readonly days: Int32Array;
  /** Index into LEDGER_EVENT_TYPES. */
  readonly type: Uint8Array;
  readonly arr: Float64Array;
  /** 1 when the event falls on a day the rep is on the plan (only those earn). */
  readonly onPlanMask: Uint8Array;
  /** credits[metric][event] in cents, metric as in CompiledPlan.creditMetrics. */
  readonly credits: readonly Float64Array[];
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
  private chains: { readonly prev: Int32Array; readonly next: Int32Array } | null = null;

  constructor(
    private readonly cp: CompiledPlanCore,
    private readonly cl: ColumnLedger,
  ) {
    const g = gather(cl, cp);
    this.n = g.n;
    this.rows = g.rows;
    this.days = g.days;
    this.type = g.type;
    this.arr = g.arr;
    const rep = cl.rep;
    this.hireDay = parseDay(rep.hireDate);
    this.hireMonth = monthOrdinal(this.hireDay);
    this.terminationDay =
      rep.terminationDate === null ? Number.POSITIVE_INFINITY : parseDay(rep.terminationDate);
    this.segments = planSegments(cp, cl, this.hireDay, this.terminationDay);
    const segs = this.segments;
    this.onPlan =
      segs.length === 0
        ? { fromDay: Number.POSITIVE_INFINITY, toDay: Number.NEGATIVE_INFINITY }
        : { fromDay: segs[0]!.fromDay, toDay: segs[segs.length - 1]!.toDay };
    this.blend = needsBlend(segs);
    this.onPlanMask = onPlanMask(cp, g.days, g.n, segs, this.onPlan);
    this.credits = creditArrays(cp, cl.table, g);
    this.observationDays = new Int32Array(cl.observations.length);
    for (let i = 0; i < this.observationDays.length; i++)
      this.observationDays[i] = parseDay(cl.observations[i]!.date);
    this.quotaAnnual = quotaOverrides(cp, cl);
  }

  get rep(): RepInfo {
    return this.cl.rep;
  }

  get table(): EventColumns {
    return this.cl.table;
  }

  get observations(): readonly Observation[] {
    return this.cl.observations;
  }

  /** Interned deal id of event i (−1: it names none). */
  dealAt(i: number): number {
    return this.cl.table.dealKey(this.rows[i]!);
  }

  /** Index into table.milestones of event i's milestone name. */
  milestoneAt(i: number): number {
    return this.cl.table.milestone[this.rows[i]!]!;
  }

  discountAt(i: number): number {
    return this.cl.table.discount[this.rows[i]!]!;
  }

  termMonthsAt(i: number): number {
    return this.cl.table.termMonths[this.rows[i]!]!;
  }

  unitsAt(i: number): number {
    const u = this.cl.table.units;
    return u === null ? 1 : u[this.rows[i]!]!;
  }

  /** The previous event of the same account (−1: none). */
  get prevOnAccount(): Int32Array {
    this.chains ??= accountChains(this.cp, this.cl.table, this.rows, this.n);
    return this.chains.prev;
  }

  /** The next event of the same account (−1: none). */
  get nextOnAccount(): Int32Array {
    this.chains ??= accountChains(this.cp, this.cl.table, this.rows, this.n);
    return this.chains.next;
  }
}

/** The event's deal id or, naming none, its id: what statement lines refer to it by. */
export function refOf(pl: PreparedLedger, i: number): string {
  const row = pl.rows[i]!;
  return pl.table.deal(row) || pl.table.id(row);
}

/** The event as an object (explanations, SPIFF conditions, credit notes: never the hot path). */
export function eventOf(pl: PreparedLedger, i: number): LedgerEvent {
  return pl.table.event(pl.rows[i]!);
}

/** The code of a milestone name among the table's milestones, −1 when no event names it. */
export function milestoneCode(pl: PreparedLedger, name: string): number {
  return pl.table.milestones.indexOf(name);
}

interface Gathered {
  readonly n: number;
  readonly rows: Int32Array;
  readonly days: Int32Array;
  readonly type: Uint8Array;
  readonly arr: Float64Array;
}

/** Gathers the rep's rows and the columns every period reads into the workspace. */
function gather(cl: ColumnLedger, cp: CompiledPlanCore): Gathered {
  const ws = cp.workspace;
  const n = cl.rows.length;
  ws.ensure(n);
  const t = cl.table;
  const rows = ws.rows.subarray(0, n);
  const days = ws.days.subarray(0, n);
  const type = ws.type.subarray(0, n);
  const arr = ws.arr.subarray(0, n);
  for (let i = 0; i < n; i++) {
    const r = cl.rows[i]!;
    rows[i] = r;
    days[i] = t.day[r]!;
    type[i] = t.type[r]!;
    arr[i] = t.arr[r]!;
  }
  return { n, rows, days, type, arr };
}

function onPlanMask(
  cp: CompiledPlanCore,
  days: Int32Array,
  n: number,
  segments: readonly Segment[],
  onPlan: OnPlan,
): Uint8Array {
  const mask = cp.workspace.mask.subarray(0, n);
  if (segments.length === 1) {
    for (let i = 0; i < n; i++) mask[i] = days[i]! >= onPlan.fromDay && days[i]! <= onPlan.toDay ? 1 : 0;
  } else {
    mask.fill(0);
    for (let i = 0; i < n; i++)
      for (const sg of segments) if (days[i]! >= sg.fromDay && days[i]! <= sg.toDay) mask[i] = 1;
  }
  return mask;
}

/** prev/next event of the same account, by one pass with an open-addressing table. */
function accountChains(
  cp: CompiledPlanCore,
  t: EventColumns,
  rows: Int32Array,
  n: number,
): { prev: Int32Array; next: Int32Array } {
  const ws = cp.workspace;
  const prev = ws.prev.subarray(0, n);
  const next = ws.next.subarray(0, n);
  const size = ws.slotKey.length;
  const mask = size - 1;
  const key = ws.slotKey;
  const last = ws.slotLast;
  last.fill(-1);
  for (let i = 0; i < n; i++) {
    const a = t.account[rows[i]!]!;
    let h = Math.imul(a, 0x9e3779b1) & mask;
    while (last[h] !== -1 && key[h] !== a) h = (h + 1) & mask;
    const p = last[h]!;
    prev[i] = p;
    next[i] = -1;
    if (p >= 0) next[p] = i;
    key[h] = a;
    last[h] = i;
  }
  return { prev, next };
}

/** Credits (cents) of every event under each credited metric the plan reads. */
function creditArrays(cp: CompiledPlanCore, t: EventColumns, g: Gathered): Float64Array[] {
  const ws = cp.workspace;
  const out: Float64Array[] = [];
  for (let m = 0; m < cp.creditMetrics.length; m++) {
    const a = ws.credits[m]!.subarray(0, g.n);
    const derived = cp.creditDerived[m];
    if (derived) {
      derivedCreditsInto(derived, t, g, a);
    } else {
      const code = creditCode(cp.creditMetrics[m]!);
      for (let i = 0; i < g.n; i++) {
        const type = g.type[i]!;
        // the common metrics need no TCV (counts, newLogos, are held in hundredths too)
        const tcv = code === TCV ? tcvOf(t, g.rows[i]!, g.arr[i]!) : 0;
        const v = creditValue(code, type, g.arr[i]!, tcv);
        a[i] = v === 0 ? 0 : centsOf(v);
      }
    }
    out.push(a);
  }
  return out;
}

/** An event's TCV: the table's, else arr × termMonths / 12 (the simulator's). */
export function tcvOf(t: EventColumns, row: number, arr: number): number {
  return t.tcv === null ? (arr * t.termMonths[row]!) / 12 : t.tcv[row]!;
}

export function prepareLedger(cp: CompiledPlanCore, cl: ColumnLedger): PreparedLedger {
  return new PreparedLedger(cp, cl);
}

/** Ledger quota overrides by compiled quota index (null when the ledger has none: the common case). */
function quotaOverrides(cp: CompiledPlanCore, cl: ColumnLedger): (Map<number, number> | undefined)[] | null {
  const list = cl.quotas;
  if (list === undefined || list.length === 0) return null;
  const out: (Map<number, number> | undefined)[] = cp.quotas.map(() => undefined);
  for (const o of list) {
    const q = cp.quotas.findIndex((x) => x.metric === o.metric);
    if (q < 0) continue;
    if (!Number.isInteger(o.fiscalYear))
      throw new RangeError(`rep ${cl.rep.id}: quota fiscal year must be a whole year, got ${o.fiscalYear}`);
    if (!(o.annual >= 0) || !Number.isFinite(o.annual))
      throw new RangeError(
        `rep ${cl.rep.id}: ${o.metric} quota for FY${o.fiscalYear} must be ≥ 0, got ${o.annual}`,
      );
    let m = out[q];
    if (m === undefined) {
      m = new Map();
      out[q] = m;
    }
    if (m.has(o.fiscalYear))
      throw new RangeError(`rep ${cl.rep.id}: two ${o.metric} quotas for FY${o.fiscalYear}`);
    m.set(o.fiscalYear, o.annual);
  }
  return out;
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
