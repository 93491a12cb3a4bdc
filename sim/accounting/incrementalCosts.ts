/**
 * Which pay is an incremental cost of obtaining a contract (ASC 340-40-25-1: a cost the company
 * would not have incurred had the contract not been obtained) — capitalised unless the practical
 * expedient applies — and which is expensed when incurred. Decided per plan component:
 *
 *   capitalised (attributed to contracts)        expensed when incurred
 *   commission on a booking metric               bonus / commission on anything else (measured
 *     (newArr, expansionArr, renewalArr, tcv,      outcomes: retention, adoption, NPS, activation …;
 *     newLogos, netNewArr)                         churned or contraction ARR)
 *   bonus or pool on a booking metric            SPIFF on churn, contraction, milestone, collection
 *   milestone uplift on a booked deal            draws and draw recoveries (advances, not contract costs)
 *   SPIFF on a booking, expansion or renewal
 *
 * So AE new-logo and expansion commissions are capitalised; CSM retention and adoption bonuses
 * are expensed. Gates, modifiers and caps on a component follow the component; plan-level caps
 * and the plan budget scale the statement's components pro rata. Holdbacks, deferrals, releases
 * and vests only move cash (the cost is incurred when earned); a forfeit reverses the cost it
 * forfeits and a clawback recovers it (negative costs of the same contract).
 */

import type { Component } from "../language/canonical.js";
import type { LineKind } from "../plan/statement.js";

export const BOOKING_METRICS: ReadonlySet<string> = new Set([
  "newArr",
  "expansionArr",
  "renewalArr",
  "tcv",
  "newLogos",
  "netNewArr",
]);

const CONTRACT_EVENTS: ReadonlySet<string> = new Set(["booking", "expansion", "renewal"]);

/**
 * How a component's pay is treated:
 *   byCredit  capitalised, attributed to the period's contracts in proportion to their credit
 *             of `metric` (the portfolio approach: the evaluator's per-deal split is internal);
 *   byRef     capitalised, attributed to the deal each line refers to (milestone, SPIFF);
 *   expensed  expensed when incurred.
 */
export type CostTreatment =
  | { readonly kind: "byCredit"; readonly metric: string }
  | { readonly kind: "byRef" }
  | { readonly kind: "expensed" };

export function costTreatment(component: Component): CostTreatment {
  switch (component.kind) {
    case "commission":
    case "bonus":
    case "pool":
      return BOOKING_METRICS.has(component.metric)
        ? { kind: "byCredit", metric: component.metric }
        : { kind: "expensed" };
    case "milestone":
      return { kind: "byRef" };
    case "spiff":
      // a goal SPIFF pays on a period's total, not on a deal: expensed
      return component.event !== null &&
        CONTRACT_EVENTS.has(component.event) &&
        component.payout.basis !== "goal"
        ? { kind: "byRef" }
        : { kind: "expensed" };
  }
}

/** Lines that only move cash between periods (the cost was incurred when earned). */
export const CASH_TIMING: ReadonlySet<LineKind> = new Set<LineKind>([
  "holdback",
  "deferral",
  "release",
  "vest",
]);

/** Lines that recover or reverse a contract's cost (negative costs of the deal they refer to). */
export const RECOVERIES: ReadonlySet<LineKind> = new Set<LineKind>(["clawback", "forfeit"]);

/** Plan-level lines spread over the statement's components pro rata. */
export const PLAN_SCALING: ReadonlySet<LineKind> = new Set<LineKind>(["cap", "budget"]);
