/**
 * Plan-defined credited metrics (canonical.ts DerivedMetric): which events a filtered metric
 * credits, at what weight, and — for statements — why. Compiled once per plan: membership by
 * Set, weights as exact decimals, so a prepared ledger's credit array costs one pass.
 */

import type { EventColumns } from "../core/eventColumns.js";
import {
  attributeValues,
  DEAL_TYPES,
  LEDGER_EVENT_CREDITS,
  LEDGER_EVENT_TYPES,
  type LedgerEvent,
} from "../core/ledger.js";
import type { CreditAttribute, DerivedMetric } from "../language/canonical.js";
import { creditCode, creditValue } from "./columnCredits.js";
import { centsOf, type Decimal, decimalOf, roundTimes } from "./exact.js";
import { formatPct } from "./format.js";

export interface CompiledDerived {
  readonly def: DerivedMetric;
  readonly base: (e: LedgerEvent) => number;
  /** The base metric's code for creditValue (columnCredits.ts). */
  readonly code: number;
  readonly filters: readonly { readonly attribute: CreditAttribute; readonly values: ReadonlySet<string> }[];
  readonly weights: ReadonlyMap<string, Decimal>;
  readonly otherwise: Decimal | null;
}

export function compileDerived(def: DerivedMetric): CompiledDerived {
  const base = LEDGER_EVENT_CREDITS[def.from];
  if (base === undefined) throw new Error(`metric ${def.id}: '${def.from}' is not a credited metric`);
  return {
    def,
    base,
    code: creditCode(def.from),
    filters: def.where.map((f) => ({ attribute: f.attribute, values: new Set(f.values) })),
    weights: new Map(Object.entries(def.weights?.values ?? {}).map(([k, v]) => [k, decimalOf(v)])),
    otherwise: def.weights === null ? null : decimalOf(def.weights.otherwise),
  };
}

/** Whether every filter admits an event whose attribute values `values(attribute)` gives. */
function admitsBy<T>(
  cd: CompiledDerived,
  values: (x: T, a: CreditAttribute) => readonly string[],
  x: T,
): boolean {
  for (const f of cd.filters) {
    let hit = false;
    for (const v of values(x, f.attribute)) if (f.values.has(v)) hit = true;
    if (!hit) return false;
  }
  return true;
}

/** The weight of an admitted event (null: no weights). */
function weightBy<T>(
  cd: CompiledDerived,
  values: (x: T, a: CreditAttribute) => readonly string[],
  x: T,
): Decimal | null {
  const w = cd.def.weights;
  if (w === null) return null;
  for (const v of values(x, w.attribute)) {
    const d = cd.weights.get(v);
    if (d !== undefined) return d;
  }
  return cd.otherwise;
}

export function admits(cd: CompiledDerived, e: LedgerEvent): boolean {
  return admitsBy(cd, attributeValues, e);
}

function weightOf(cd: CompiledDerived, e: LedgerEvent): Decimal | null {
  return weightBy(cd, attributeValues, e);
}

const NONE: readonly string[] = [""];
const NO_TAGS: readonly string[] = [];
/** An event without attributes (simulated): its deal type is its type's default (sim/core/ledger.ts dealTypeOf). */
const DEFAULT_DEAL_TYPE: readonly (readonly string[])[] = LEDGER_EVENT_TYPES.map((t) => [
  t === "booking" ? DEAL_TYPES[0] : t === "expansion" ? DEAL_TYPES[1] : t === "renewal" ? DEAL_TYPES[2] : "",
]);

/** An event of a table without attributes: its type code. */
function absentValues(type: number, a: CreditAttribute): readonly string[] {
  return a === "tags" ? NO_TAGS : a === "dealType" ? (DEFAULT_DEAL_TYPE[type] ?? NONE) : NONE;
}

/**
 * Credit (cents) of each of a rep's events (rows of `t`, gathered columns) under the derived
 * metric, into `out`.
 */
export function derivedCreditsInto(
  cd: CompiledDerived,
  t: EventColumns,
  g: {
    readonly n: number;
    readonly rows: Int32Array;
    readonly type: Uint8Array;
    readonly arr: Float64Array;
  },
  out: Float64Array,
): void {
  for (let i = 0; i < g.n; i++) {
    const type = g.type[i]!;
    const row = g.rows[i]!;
    const tcv = t.tcv === null ? (g.arr[i]! * t.termMonths[row]!) / 12 : t.tcv[row]!;
    const base = creditValue(cd.code, type, g.arr[i]!, tcv);
    out[i] = 0;
    if (base === 0) continue;
    let w: Decimal | null;
    if (t.attributes) {
      // events that may carry attributes come as objects (history): read them there
      const e = t.event(row);
      if (!admits(cd, e)) continue;
      w = weightOf(cd, e);
    } else {
      if (!admitsBy(cd, absentValues, type)) continue;
      w = weightBy(cd, absentValues, type);
    }
    const cents = centsOf(base);
    out[i] = w === null ? cents : roundTimes(cents, w);
  }
}

/** Credit (cents) of each event under the derived metric. */
export function derivedCredits(cd: CompiledDerived, events: readonly LedgerEvent[]): Float64Array {
  const out = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const base = cd.base(e);
    if (base === 0 || !admits(cd, e)) continue;
    const cents = centsOf(base);
    const w = weightOf(cd, e);
    out[i] = w === null ? cents : roundTimes(cents, w);
  }
  return out;
}

/** "newArr where product in [GTX Pro, MG Advanced], weighted by product". */
export function describeDerived(def: DerivedMetric): string {
  const where = def.where.map((f) => `${f.attribute} in [${f.values.join(", ")}]`).join(" and ");
  return `${def.from}${where === "" ? "" : ` where ${where}`}${def.weights === null ? "" : `, weighted by ${def.weights.attribute}`}`;
}

/** Why the filters admit or refuse an event, and its weight: for statements. */
export function creditReason(cd: CompiledDerived, e: LedgerEvent): string {
  const parts: string[] = [];
  for (const f of cd.filters) {
    const values = attributeValues(e, f.attribute);
    const shown = values.length === 0 || values[0] === "" ? "(none)" : values.join(", ");
    const hit = values.some((v) => f.values.has(v));
    parts.push(`${f.attribute} ${shown} ${hit ? "in" : "not in"} [${[...f.values].join(", ")}]`);
    if (!hit) return parts.join("; ");
  }
  const w = weightOf(cd, e);
  if (w !== null && cd.def.weights !== null) {
    const values = attributeValues(e, cd.def.weights.attribute);
    const named = values.find((v) => cd.weights.has(v));
    parts.push(
      `weight ${formatPct(w.value)} (${named !== undefined ? `${cd.def.weights.attribute} ${named}` : "otherwise"})`,
    );
  }
  return parts.length === 0 ? "every event counts" : parts.join("; ");
}

/** One event's credit under a plan metric, with the filter's verdict: shown on explained statements. */
export interface CreditNote {
  readonly metric: string;
  /** Deal (or event) id and date. */
  readonly ref: string;
  readonly date: string;
  /** Credit under the metric (currency, after its weight); 0 when not admitted. */
  readonly amount: number;
  readonly admitted: boolean;
  /** Which filter admitted or refused it: "product GTX Pro in [GTX Pro, MG Advanced]; weight 150% (…)". */
  readonly reason: string;
}

/**
 * Notes for the on-plan events of [from, to) with a credit under a plan metric's base metric:
 * admitted or not, and why. Built only when explaining.
 */
export function creditNotes(
  derived: readonly (CompiledDerived | null)[],
  credits: readonly Float64Array[],
  eventAt: (i: number) => LedgerEvent,
  onPlan: Uint8Array,
  from: number,
  to: number,
): CreditNote[] {
  const out: CreditNote[] = [];
  for (let m = 0; m < derived.length; m++) {
    const cd = derived[m];
    if (cd === null || cd === undefined) continue;
    for (let i = from; i < to; i++) {
      if (onPlan[i] !== 1) continue;
      const e = eventAt(i);
      if (cd.base(e) === 0) continue;
      const admitted = admits(cd, e);
      out.push({
        metric: cd.def.id,
        ref: e.deal || e.id,
        date: e.date,
        amount: credits[m]![i]! / 100,
        admitted,
        reason: creditReason(cd, e),
      });
    }
  }
  return out;
}
