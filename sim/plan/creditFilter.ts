/**
 * Plan-defined credited metrics (canonical.ts DerivedMetric): which events a filtered metric
 * credits, at what weight, and — for statements — why. Compiled once per plan: membership by
 * Set, weights as exact decimals, so a prepared ledger's credit array costs one pass.
 */

import { attributeValues, LEDGER_EVENT_CREDITS, type LedgerEvent } from "../core/ledger.js";
import type { CreditAttribute, DerivedMetric } from "../language/canonical.js";
import { centsOf, type Decimal, decimalOf, roundTimes } from "./exact.js";
import { formatPct } from "./format.js";

export interface CompiledDerived {
  readonly def: DerivedMetric;
  readonly base: (e: LedgerEvent) => number;
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
    filters: def.where.map((f) => ({ attribute: f.attribute, values: new Set(f.values) })),
    weights: new Map(Object.entries(def.weights?.values ?? {}).map(([k, v]) => [k, decimalOf(v)])),
    otherwise: def.weights === null ? null : decimalOf(def.weights.otherwise),
  };
}

/** Whether every filter admits the event. */
export function admits(cd: CompiledDerived, e: LedgerEvent): boolean {
  for (const f of cd.filters) {
    let hit = false;
    for (const v of attributeValues(e, f.attribute)) if (f.values.has(v)) hit = true;
    if (!hit) return false;
  }
  return true;
}

/** The weight of an admitted event (null: no weights). */
function weightOf(cd: CompiledDerived, e: LedgerEvent): Decimal | null {
  const w = cd.def.weights;
  if (w === null) return null;
  for (const v of attributeValues(e, w.attribute)) {
    const d = cd.weights.get(v);
    if (d !== undefined) return d;
  }
  return cd.otherwise;
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
  events: readonly LedgerEvent[],
  onPlan: Uint8Array,
  from: number,
  to: number,
): CreditNote[] {
  const out: CreditNote[] = [];
  for (let m = 0; m < derived.length; m++) {
    const cd = derived[m];
    if (cd === null || cd === undefined) continue;
    for (let i = from; i < to; i++) {
      const e = events[i]!;
      if (onPlan[i] !== 1 || cd.base(e) === 0) continue;
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
