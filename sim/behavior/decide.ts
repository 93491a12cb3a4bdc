/**
 * decideMonth: one rep's decision for one simulated month (DESIGN §6). Each lever is judged by
 * the plan's own payout function (PlanResponse.periodPay) at the rep's projected attainment, so
 * gaming emerges from the plan's shape. A lever not in `levers`, or a rep with gaming propensity
 * 0, keeps HONEST_DECISION's value. Deterministic: no randomness (the world draws it).
 */
import type { GamingLever } from "../core/vocabulary.js";
import { leverOn, repContext } from "./context.js";
import { decideDiscount } from "./discount.js";
import { decideEffort } from "./effort.js";
import { decidePoorFit } from "./poorFit.js";
import { decideRenewals } from "./renewals.js";
import { decideSplitting } from "./splitting.js";
import { decideSurveyInflation } from "./survey.js";
import { decideTiming } from "./timing.js";
import {
  HONEST_DECISION,
  type LeverSet,
  type MonthDecision,
  type PlanResponse,
  type RepView,
} from "./types.js";

export function decideMonth(view: RepView, response: PlanResponse, levers: LeverSet): MonthDecision {
  if (!(view.gamingPropensity > 0) || levers.size === 0) return HONEST_DECISION;
  const ctx = repContext(view, response);
  const on = (lever: GamingLever): boolean => leverOn(view, levers, lever);
  const timing = on("timing") ? decideTiming(ctx) : null;
  const poorFitShare = on("poorFit") ? decidePoorFit(ctx) : HONEST_DECISION.poorFitShare;
  return {
    effort: on("effortWithdrawal") ? decideEffort(ctx) : HONEST_DECISION.effort,
    discount: on("discounting") ? decideDiscount(ctx) : HONEST_DECISION.discount,
    pullForward: timing?.pullForward ?? HONEST_DECISION.pullForward,
    pullDiscount: timing?.pullDiscount ?? HONEST_DECISION.pullDiscount,
    pullMonths: timing?.pullMonths ?? HONEST_DECISION.pullMonths,
    pushBack: timing?.pushBack ?? HONEST_DECISION.pushBack,
    pursuePoorFit: poorFitShare > 0,
    poorFitShare,
    splitDeals: on("splitting") ? decideSplitting(ctx) : HONEST_DECISION.splitDeals,
    surveyInflation: on("surveyGaming") ? decideSurveyInflation(ctx) : HONEST_DECISION.surveyInflation,
    pullRenewals: on("renewalGames") ? decideRenewals(ctx) : HONEST_DECISION.pullRenewals,
  };
}
