/**
 * A quota-setting rule replayed on history (DESIGN §3: quotas "from history, with optional
 * ratchet"): under a plan whose quota has a `ratchet`, each rep's quota of every fiscal year
 * after its first on the plan in the range follows the rule from the rep's own credited history
 * (sim/plan/quotaRule.ts, the same function the simulation pays with). Quotas the ledger already
 * states (Ledger.quotas, e.g. a ledger file's `quotas:` section) win for the metric-years they
 * cover. Without a ratchet the ledger is returned unchanged.
 */

import type { Ledger, RepInfo } from "../core/ledger.js";
import type { Plan } from "../language/canonical.js";
import { fiscalYearOf } from "../plan/calendar.js";
import { parseDay } from "../plan/dates.js";
import type { EvaluationRange } from "../plan/evaluate.js";
import { hasRatchet, ratchetOverrides } from "../plan/quotaRule.js";

/** First day the rep is on the plan inside the range. */
export function firstDayOnPlan(rep: RepInfo, range: EvaluationRange): number {
  return Math.max(
    parseDay(range.start),
    parseDay(rep.hireDate),
    rep.planStart ? parseDay(rep.planStart) : Number.NEGATIVE_INFINITY,
  );
}

export function withRatchetQuotas(plan: Plan, ledger: Ledger, range: EvaluationRange): Ledger {
  if (!hasRatchet(plan)) return ledger;
  const days = ledger.days ?? ledger.events.map((e) => parseDay(e.date));
  const lastFy = fiscalYearOf(plan.calendar, parseDay(range.end));
  const ruled = ratchetOverrides(plan, ledger.events, days, firstDayOnPlan(ledger.rep, range), lastFy);
  const stated = ledger.quotas ?? [];
  const given = new Set(stated.map((q) => `${q.metric}/${q.fiscalYear}`));
  return {
    ...ledger,
    quotas: [...stated, ...ruled.filter((q) => !given.has(`${q.metric}/${q.fiscalYear}`))],
  };
}
