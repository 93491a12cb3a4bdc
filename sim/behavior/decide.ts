/**
 * decideMonth: one rep's decision for one simulated month (DESIGN §6). Every rep's effort
 * responds to the marginal money at stake (its incentive response, effort.ts); each gaming lever
 * is judged by the plan's own payout function (PlanResponse.positionPay) at the rep's projected
 * attainment, so gaming emerges from the plan's shape. A lever not in `levers`, or a rep with
 * gaming propensity 0, keeps HONEST_DECISION's value: honest reps respond to pay but never game.
 * A rep that neither responds nor games gets HONEST_DECISION itself. Deterministic: no
 * randomness (the world draws it).
 */
import type { GamingLever } from "../core/vocabulary.js";
import { leverOn, repContext } from "./context.js";
import { decideDiscount } from "./discount.js";
import { decideEffort } from "./effort.js";
import { decidePoorFit } from "./poorFit.js";
import { decideRenewals } from "./renewals.js";
import { decideSplitting } from "./splitting.js";
import { decideSurveyInflation } from "./survey.js";
import { decideTiming } from "./timingDecision.js";
import {
  HONEST_DECISION,
  type LeverSet,
  type MonthDecision,
  type PlanResponse,
  type RepView,
} from "./types.js";

/** The rep's effort can respond to pay (effort.ts `responds`, checked before building a context). */
function mayRespond(view: RepView): boolean {
  return view.incentiveResponse > 0 && view.effortCost > 0;
}

export function decideMonth(view: RepView, response: PlanResponse, levers: LeverSet): MonthDecision {
  const games = view.gamingPropensity > 0 && levers.size > 0;
  if (!games && !mayRespond(view)) return HONEST_DECISION;
  const ctx = repContext(view, response);
  const effort = decideEffort(ctx, games && leverOn(view, levers, "effortWithdrawal"));
  if (!games) return effort === 1 ? HONEST_DECISION : { ...HONEST_DECISION, effort };
  const on = (lever: GamingLever): boolean => leverOn(view, levers, lever);
  const timing = on("timing") ? decideTiming(ctx) : null;
  const poorFitShare = on("poorFit") ? decidePoorFit(ctx) : HONEST_DECISION.poorFitShare;
  return {
    effort,
    discount: on("discounting") ? decideDiscount(ctx) : HONEST_DECISION.discount,
    pullForward: timing?.pullForward ?? HONEST_DECISION.pullForward,
    pullDiscount: timing?.pullDiscount ?? HONEST_DECISION.pullDiscount,
    pullMonths: timing?.pullMonths ?? HONEST_DECISION.pullMonths,
    pushBack: timing?.pushBack ?? HONEST_DECISION.pushBack,
    holdToDeadline: timing?.holdToDeadline ?? HONEST_DECISION.holdToDeadline,
    deadlineConcession: timing?.deadlineConcession ?? HONEST_DECISION.deadlineConcession,
    pursuePoorFit: poorFitShare > 0,
    poorFitShare,
    splitDeals: on("splitting") ? decideSplitting(ctx) : HONEST_DECISION.splitDeals,
    surveyInflation: on("surveyGaming") ? decideSurveyInflation(ctx) : HONEST_DECISION.surveyInflation,
    pullRenewals: on("renewalGames") ? decideRenewals(ctx) : HONEST_DECISION.pullRenewals,
  };
}
