/**
 * Which part of a plan a rep's credit drives: the primary component (the commission with the
 * largest weight; without commissions, the bonus on a credited metric with the largest weight)
 * and every commission or bonus on the same credited metric (e.g. a new-ARR commission plus a
 * quota-attainment bonus on new ARR). periodPay sums exactly these components.
 */

import type { AttainmentBasis } from "../language/canonical.js";
import type { CompiledBonus, CompiledCommission, CompiledComponent, CompiledPlan } from "../plan/compile.js";

export type PrimaryPart = CompiledCommission | CompiledBonus;

export interface Primary {
  /** The credited metric whose credit and quota periodPay reads; null when nothing pays on credit. */
  readonly metric: string | null;
  /** The primary component itself (deal adjustments and clawback are read from it). */
  readonly lead: PrimaryPart | null;
  readonly parts: readonly PrimaryPart[];
  readonly basis: AttainmentBasis;
}

/** The credited metric a commission measures attainment on. */
export function quotaMetricOf(c: CompiledCommission): string {
  return c.c.quotaMetric ?? c.c.metric;
}

/** A bonus whose curve reads a credited metric (its attainment of quota, or its raw value). */
export function isCreditedBonus(c: CompiledComponent): c is CompiledBonus {
  return c.kind === "bonus" && c.reader.kind === "credited";
}

function heaviest<T extends PrimaryPart>(items: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const c of items) if (best === undefined || (c.c.weight ?? 0) > (best.c.weight ?? 0)) best = c;
  return best;
}

export function findPrimary(cp: CompiledPlan): Primary {
  const commissions = cp.components.filter((c): c is CompiledCommission => c.kind === "commission");
  const bonuses = cp.components.filter(isCreditedBonus);
  const lead: PrimaryPart | undefined = heaviest(commissions) ?? heaviest(bonuses);
  if (lead === undefined) return { metric: null, lead: null, parts: [], basis: "period" };
  const metric = lead.kind === "commission" ? quotaMetricOf(lead) : lead.c.metric;
  const parts: PrimaryPart[] = [];
  for (const c of cp.components) {
    if (c.kind === "commission" && quotaMetricOf(c) === metric) parts.push(c);
    else if (isCreditedBonus(c) && c.c.metric === metric) parts.push(c);
  }
  return { metric, lead, parts, basis: lead.c.basis };
}
