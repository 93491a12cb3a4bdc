/**
 * Survey responses (DESIGN §5): each calendar quarter an alive account answers the NPS survey
 * with probability responseRate. True satisfaction s = clamp(0.25 + 0.35 × fit + 0.5 × adoption /
 * adoptionAtFit1, 0, 1) (an average activated customer ≈ 0.8: B2B relationship NPS of about
 * +20…+40, e.g. Retently / CustomerGauge SaaS NPS benchmarks) sets the mean score scoreAtUnhealthy + (scoreAtHealthy −
 * scoreAtUnhealthy) × s; the true score adds N(0, scoreSd) noise and is rounded to 0–10. The
 * reported score adds the responsible rep's surveyInflation (the selling AE during the first
 * AE_SURVEY_MONTHS months, the CSM afterwards): true and reported are both kept (npsTrue vs
 * npsReported). CSAT is read from the same response (books.ts csatOf).
 *
 * Event time: the quarters an account skips before its next response are one geometric draw
 * (P(skip k) = (1 − responseRate)^k × responseRate, as independent quarterly answers give), so an
 * account is visited only in the quarters it answers; each answer then draws its score's noise
 * and the next gap from the account's stream.
 */
import { AE_SURVEY_MONTHS } from "../core/assumptions.js";
import { drawStandardNormal, type RandomSource } from "../random/index.js";
import { NEVER } from "./accounts.js";
import { companyGroup, SEGMENT_OF, teamGroup, type WorldState } from "./state.js";
import type { SurveyCalendar } from "./surveyCalendar.js";

export function trueSatisfaction(fit: number, adoption: number, adoptionAtFit1: number): number {
  return Math.min(1, Math.max(0, 0.25 + 0.35 * fit + 0.5 * (adoption / adoptionAtFit1)));
}

export function clampScore(x: number): number {
  return Math.min(10, Math.max(0, Math.round(x)));
}

/** Survey quarters skipped before the next answer: Geometric(responseRate) failures. */
function skippedQuarters(rng: RandomSource, rate: number): number {
  if (rate >= 1) return 0;
  if (!(rate > 0)) return Number.POSITIVE_INFINITY;
  return Math.floor(Math.log(1 - rng.next()) / Math.log(1 - rate));
}

/** The month of the answer after `skip` unanswered survey quarters from month `from` on. */
function answerMonth(sc: SurveyCalendar, from: number, skip: number): number {
  const k = sc.before[Math.min(from, sc.before.length - 1)]! + skip;
  return k < sc.months.length ? sc.months[k]! : NEVER;
}

/** Schedules the account's first answer (when it opens). */
export function firstSurvey(s: WorldState, i: number): void {
  const a = s.accounts;
  const skip = skippedQuarters(a.streams[i]!, s.world.surveys.responseRate);
  a.nextSurvey[i] = answerMonth(s.surveys, a.lifeStart[i]!, skip);
}

/** The account answers in month m (its depth after the month's update is `adoption`); schedules its next answer. */
export function surveyAccount(s: WorldState, i: number, m: number, adoption: number): void {
  const a = s.accounts;
  const rng = a.streams[i]!;
  const z = drawStandardNormal(rng);
  a.nextSurvey[i] = answerMonth(s.surveys, m + 1, skippedQuarters(rng, s.world.surveys.responseRate));
  const w = s.world.surveys;
  const cu = s.world.customers[SEGMENT_OF[a.segment[i]!]!];
  const sat = trueSatisfaction(a.fit[i]!, adoption, cu.adoptionAtFit1);
  const trueScore = clampScore(
    w.scoreAtUnhealthy + (w.scoreAtHealthy - w.scoreAtUnhealthy) * sat + w.scoreSd * z,
  );
  const seller = a.seller[i]!;
  const csm = a.csm[i]!;
  const responsible = seller >= 0 && m - a.bookMonth[i]! <= AE_SURVEY_MONTHS ? seller : csm;
  const inflation = responsible >= 0 ? s.decisions[responsible]!.surveyInflation : 0;
  const reported = inflation > 0 ? clampScore(trueScore + inflation) : trueScore;
  const t = s.tracker;
  t.survey(companyGroup(s), m, trueScore, reported);
  t.survey(teamGroup(s, a.segment[i]!), m, trueScore, reported);
  if (seller >= 0) t.survey(seller, m, trueScore, reported);
  if (csm >= 0 && csm !== seller) t.survey(csm, m, trueScore, reported);
  const am = a.am[i]!;
  if (am >= 0 && am !== seller && am !== csm) t.survey(am, m, trueScore, reported);
}
