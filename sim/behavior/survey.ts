/**
 * Survey gaming (DESIGN §6): when a survey score (NPS/CSAT/CES) moves pay, strategic reps
 * solicit happy customers or pressure scores, inflating reported — not true — scores. Score
 * inflation follows paying on scores (survey-score inflation when scores are paid, DESIGN §6).
 * Intensity: up to MAX_SURVEY_INFLATION points (0–10 scale) × propensity; 0 when surveys are
 * not paid.
 */
import type { RepContext } from "./context.js";

/** Points added to reported 0–10 scores by a fully strategic rep. Assumption: 1.5 points. */
export const MAX_SURVEY_INFLATION = 1.5;

export function decideSurveyInflation(ctx: RepContext): number {
  return ctx.response.surveysPaid ? MAX_SURVEY_INFLATION * ctx.p : 0;
}
