/**
 * Which part of a plan a rep's credit drives: the primary component (the component whose kind
 * has the highest precedence as a lead — a commission before a bonus on a credited metric — and
 * among those the largest weight; sim/plan/components/<kind>/estimate.ts `drive`) and every
 * component driven by the same credited metric (e.g. a new-ARR commission plus a
 * quota-attainment bonus on new ARR). periodPay sums exactly these components.
 */

import type { AttainmentBasis } from "../language/canonical.js";
import type { CompiledComponent, CompiledPlan } from "../plan/compile.js";
import type { Drive } from "../plan/components/kind.js";
import { evaluatorOf } from "../plan/components/registry.js";

/** A component the rep's credit drives: its kind reads attainment on a basis (period or YTD). */
export type PrimaryPart = Extract<CompiledComponent, { readonly c: { readonly basis: AttainmentBasis } }>;

export interface Primary {
  /** The credited metric whose credit and quota periodPay reads; null when nothing pays on credit. */
  readonly metric: string | null;
  /** The primary component itself (deal adjustments and clawback are read from it). */
  readonly lead: PrimaryPart | null;
  readonly parts: readonly PrimaryPart[];
  readonly basis: AttainmentBasis;
}

/** The metric a component's pay follows, when it is a primary part (has a drive and a basis). */
function driveOf(c: CompiledComponent): Drive | null {
  return "basis" in c.c ? evaluatorOf(c.kind).estimate.drive(c) : null;
}

export function findPrimary(cp: CompiledPlan): Primary {
  let lead: PrimaryPart | null = null;
  let leadDrive: Drive | null = null;
  for (const c of cp.components) {
    const d = driveOf(c);
    if (d === null) continue;
    const better =
      leadDrive === null ||
      d.precedence > leadDrive.precedence ||
      (d.precedence === leadDrive.precedence && (c.c.weight ?? 0) > (lead!.c.weight ?? 0));
    if (better) {
      lead = c as PrimaryPart;
      leadDrive = d;
    }
  }
  if (lead === null || leadDrive === null) return { metric: null, lead: null, parts: [], basis: "period" };
  const metric = leadDrive.metric;
  const parts: PrimaryPart[] = [];
  for (const c of cp.components) if (driveOf(c)?.metric === metric) parts.push(c as PrimaryPart);
  return { metric, lead, parts, basis: lead.c.basis };
}
