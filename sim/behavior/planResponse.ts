/**
 * planResponse: the plan as a rep reads it, built once per plan (DESIGN §6: strategic reps
 * judge actions by the plan's own payout function, so gaming emerges from the plan's shape).
 */

import type { Plan } from "../language/canonical.js";
import { compilePlan } from "../plan/compile.js";
import { discountMultiplier, termMultiplier } from "../plan/components/commission/adjustments.js";
import { buildPeriodPay } from "./periodPay.js";
import {
  clawbackOf,
  outcomePaid,
  renewalRate,
  renewalsPaid,
  retentionPaid,
  spiffPerDeal,
  surveysPaid,
} from "./planFlags.js";
import { findPrimary } from "./primary.js";
import { ratchetView } from "./ratchet.js";
import type { PlanResponse } from "./types.js";

export function planResponse(plan: Plan): PlanResponse {
  const cp = compilePlan(plan);
  const primary = findPrimary(cp);
  const commission = primary.lead?.kind === "commission" ? primary.lead.c : null;
  const clawback = clawbackOf(plan, commission);
  const periodPay = buildPeriodPay(cp, primary);
  return {
    periodPay,
    dealMultiplier:
      commission === null
        ? () => 1
        : (discount, termMonths) =>
            discountMultiplier(commission, discount) * termMultiplier(commission, termMonths),
    clawbackShare: clawback.share,
    clawbackWindowMonths: clawback.windowMonths,
    spiffPerDeal: spiffPerDeal(plan),
    surveysPaid: surveysPaid(plan),
    retentionPaid: retentionPaid(plan),
    outcomePaid: outcomePaid(plan),
    renewalsPaid: renewalsPaid(plan),
    primaryMetric: primary.metric,
    primaryComponents: primary.parts.map((p) => p.id),
    basis: primary.basis,
    renewalRate: renewalRate(plan),
    ratchet: ratchetView(cp, primary, periodPay),
  };
}
