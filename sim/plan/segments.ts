/**
 * The stretches of days a rep is on the evaluated plan: employment (hire … termination) ∩ the
 * plan window (planStart … planEnd) ∩ each of the ledger's assignments to this plan. Without
 * assignments there is one segment with the plan's own quotas and target variable. Quotas and
 * targets of a period blend the segments by their days in it (period.ts, bonus.ts).
 */

import type { Assignment, Ledger } from "../core/ledger.js";
import type { CompiledPlanCore } from "./compiledParts.js";
import { parseDay } from "./dates.js";

export interface Segment {
  /** First and last day (inclusive). */
  readonly fromDay: number;
  readonly toDay: number;
  /** Per compiled quota: the assignment's annual quota, NaN when it states none. */
  readonly quotas: Float64Array;
  /** The assignment's annual target variable, null = the plan's. */
  readonly targetVariable: number | null;
  readonly assignment: Assignment | null;
}

/** Days of [from, to] inside the segment. */
export function overlapDays(s: Segment, from: number, to: number): number {
  const a = s.fromDay > from ? s.fromDay : from;
  const b = s.toDay < to ? s.toDay : to;
  return b < a ? 0 : b - a + 1;
}

/** Whether any segment states a quota or a target variable (else periods need no blending). */
export function needsBlend(segments: readonly Segment[]): boolean {
  for (const s of segments) {
    if (s.targetVariable !== null) return true;
    for (let q = 0; q < s.quotas.length; q++) if (!Number.isNaN(s.quotas[q]!)) return true;
  }
  return false;
}

export function planSegments(
  cp: CompiledPlanCore,
  ledger: Pick<Ledger, "rep" | "assignments">,
  hireDay: number,
  terminationDay: number,
): Segment[] {
  const rep = ledger.rep;
  const from = Math.max(hireDay, rep.planStart === null ? Number.NEGATIVE_INFINITY : parseDay(rep.planStart));
  const to = Math.min(
    terminationDay,
    rep.planEnd === null ? Number.POSITIVE_INFINITY : parseDay(rep.planEnd),
  );
  const list = ledger.assignments;
  const nq = cp.quotas.length;
  if (list === undefined || list.length === 0) {
    if (to < from) return [];
    return [
      {
        fromDay: from,
        toDay: to,
        quotas: new Float64Array(nq).fill(Number.NaN),
        targetVariable: null,
        assignment: null,
      },
    ];
  }
  const out: Segment[] = [];
  for (const a of list) {
    if (a.plan !== null && a.plan !== cp.plan.id) continue;
    const f = Math.max(from, parseDay(a.from));
    const t = Math.min(to, a.to === null ? Number.POSITIVE_INFINITY : parseDay(a.to));
    if (t < f) continue;
    const quotas = new Float64Array(nq);
    for (let q = 0; q < nq; q++) quotas[q] = a.quotas[cp.quotas[q]!.metric] ?? Number.NaN;
    out.push({ fromDay: f, toDay: t, quotas, targetVariable: a.targetVariable, assignment: a });
  }
  out.sort((x, y) => x.fromDay - y.fromDay);
  for (let i = 1; i < out.length; i++)
    if (out[i]!.fromDay <= out[i - 1]!.toDay)
      throw new RangeError(
        `rep ${rep.id}: assignments overlap on ${ledger.assignments!.find((a) => a === out[i]!.assignment)?.from}`,
      );
  return out;
}
