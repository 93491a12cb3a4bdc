/**
 * Monthly observations (sim/core/ledger.ts Observation) of the measured metrics a rep's plan
 * reads — bonuses, gates and modifiers, at the scope the plan names — dated the last day of the
 * month, so "latest observation in the period" is the period-end value. Rep scope = the rep's
 * book (accounts sold, owned or covered), team = the rep's segment, company = all accounts.
 * Retention metrics are trailing 12-month annualised (books.ts); nps and csat cover the
 * responses of the last three months; healthScore = 100 × usage depth. Metrics the world does
 * not produce (activationRate, onboardingCompletion, timeToFirstValue, ces, teamAttainment,
 * companyAttainment) are not observed: plans then apply their missing multipliers.
 */

import type { Plan, Scope } from "../language/canonical.js";
import { isMeasuredMetric } from "../language/metrics.js";
import { companyGroup, SEGMENT_INDEX, teamGroup, type WorldState } from "./state.js";

export interface Need {
  readonly metric: string;
  readonly scope: Scope;
}

/** The measured (metric, scope) pairs a plan reads, without repeats. */
export function observationNeeds(plan: Plan): Need[] {
  const out: Need[] = [];
  const add = (metric: string, scope: Scope): void => {
    if (!isMeasuredMetric(metric)) return;
    if (!out.some((n) => n.metric === metric && n.scope === scope)) out.push({ metric, scope });
  };
  for (const c of plan.components) {
    if (c.kind === "bonus") add(c.metric, c.scope);
    for (const g of c.gates) add(g.metric, g.scope);
  }
  for (const mod of plan.modifiers) add(mod.metric, mod.scope);
  return out;
}

function value(s: WorldState, g: number, metric: string, m: number): number {
  const t = s.tracker;
  switch (metric) {
    case "grr":
      return t.retention(g, m, false);
    case "nrr":
      return t.retention(g, m, true);
    case "logoRetention":
      return t.logoRetention(g, m);
    case "usageDepth":
      return t.usageDepth(g, m);
    case "healthScore":
      return 100 * t.usageDepth(g, m);
    case "nps":
      return t.nps(g, m - 2, m, true);
    case "csat":
      return t.csat(g, m - 2, m);
    default:
      return Number.NaN;
  }
}

export function observeMonth(s: WorldState, needs: readonly (readonly Need[])[], m: number): void {
  const day = s.cal.monthStart[m + 1]! - 1;
  for (let r = 0; r < s.reps.length; r++) {
    const list = needs[r]!;
    for (const n of list) {
      const g =
        n.scope === "rep"
          ? r
          : n.scope === "team"
            ? teamGroup(s, SEGMENT_INDEX[s.reps[r]!.segment])
            : companyGroup(s);
      s.book.observe(r, n.metric, n.scope, day, value(s, g, n.metric, m));
    }
  }
}
