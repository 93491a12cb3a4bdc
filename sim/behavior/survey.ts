/**
 * Survey gaming (DESIGN §6): when a survey score (NPS/CSAT/CES) moves pay, gaming reps solicit
 * happy customers or pressure scores, inflating reported — not true — scores (survey-score
 * inflation when scores are paid). The inflation grows with the pay at stake (issue 12 item 6):
 *   points = MAX_SURVEY_INFLATION × propensity × S / (S + SURVEY_HALF_STAKE),
 * S = the pay a year's scores can move at target (surveyStake.ts). 0 when nothing is paid on
 * scores; half the maximum when S = SURVEY_HALF_STAKE; the maximum only as S grows without bound.
 */
import type { RepContext } from "./context.js";

/** Points added to reported 0–10 scores by a fully strategic rep as the stake grows. Assumption: 1.5 points. */
export const MAX_SURVEY_INFLATION = 1.5;

/**
 * The stake (pay a year) at which inflation is half its maximum: the hassle and the risk of being
 * caught that make a small stake not worth pressuring customers for. Assumption: 10,000 a year
 * (10% of an AE's target variable).
 */
export const SURVEY_HALF_STAKE = 10_000;

export function surveyInflation(stake: number, propensity: number): number {
  if (!(stake > 0)) return 0;
  return (MAX_SURVEY_INFLATION * propensity * stake) / (stake + SURVEY_HALF_STAKE);
}

export function decideSurveyInflation(ctx: RepContext): number {
  return ctx.response.surveysPaid ? surveyInflation(ctx.response.surveyStake, ctx.p) : 0;
}
