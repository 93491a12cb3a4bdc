/**
 * Survey responses (DESIGN §5): each calendar quarter an alive account answers the NPS survey
 * with probability responseRate. True satisfaction s = clamp(0.25 + 0.35 × fit + 0.5 × adoption /
 * adoptionAtFit1, 0, 1) (an average activated customer ≈ 0.8: B2B relationship NPS of about
 * +20…+40, e.g. Retently / CustomerGauge SaaS NPS benchmarks) sets the mean score scoreAtUnhealthy + (scoreAtHealthy −
 * scoreAtUnhealthy) × s; the true score adds N(0, scoreSd) noise and is rounded to 0–10. The
 * reported score adds the responsible rep's surveyInflation in whole points — the fraction as the
 * chance of one more point — (the selling AE during the first
 * AE_SURVEY_MONTHS months, the CSM afterwards): true and reported are both kept (npsTrue vs
 * npsReported). CSAT is read from the same response (books.ts csatOf).
 *
 * Event time: the quarters an account skips before its next response are one geometric draw
 * (P(skip k) = (1 − responseRate)^k × responseRate, as independent quarterly answers give), so an
 * account is visited only in the quarters it answers; each answer then draws its score's noise
 * and the next gap from the account's stream (the gap's uniform, placed inside its gap's interval,
 * is also the answer's uniform for the fractional point of survey inflation).
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
  return gapOf(rng.next(), rate);
}

/** The geometric gap of uniform u: k with 1 − (1 − rate)^k ≤ u < 1 − (1 − rate)^(k+1). */
function gapOf(u: number, rate: number): number {
  return Math.floor(Math.log(1 - u) / Math.log(1 - rate));
}

/**
 * Where u lies inside the interval of its gap k, as a fraction 0–1: uniform given k (the interval
 * [1 − q^k, 1 − q^(k+1)), q = 1 − rate, holds u uniformly), so it is a fresh uniform independent
 * of the gap — survey inflation's fractional point reads it (like a response's own uniform).
 */
export function gapPosition(u: number, rate: number, k: number): number {
  const qk = (1 - rate) ** k;
  const v = (qk - (1 - u)) / (qk * rate);
  return v < 0 ? 0 : v >= 1 ? 1 - Number.EPSILON : v;
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
  const w = s.world.surveys;
  const rate = w.responseRate;
  // the next gap's uniform (none when every quarter answers) also gives this answer's uniform
  // for the fractional point of inflation: its place inside the gap's interval (gapPosition)
  let v: number;
  if (rate >= 1) {
    a.nextSurvey[i] = answerMonth(s.surveys, m + 1, 0);
    v = rng.next();
  } else {
    const u = rng.next();
    const k = gapOf(u, rate);
    a.nextSurvey[i] = answerMonth(s.surveys, m + 1, k);
    v = gapPosition(u, rate, k);
  }
  const cu = s.world.customers[SEGMENT_OF[a.segment[i]!]!];
  const sat = trueSatisfaction(a.fit[i]!, adoption, cu.adoptionAtFit1);
  const trueScore = clampScore(
    w.scoreAtUnhealthy + (w.scoreAtHealthy - w.scoreAtUnhealthy) * sat + w.scoreSd * z,
  );
  const seller = a.seller[i]!;
  const csm = a.csm[i]!;
  const responsible = seller >= 0 && m - a.bookMonth[i]! <= AE_SURVEY_MONTHS ? seller : csm;
  const inflation = responsible >= 0 ? s.decisions[responsible]!.surveyInflation : 0;
  // whole points of inflation, plus one more with the probability of the fraction (v, uniform and
  // independent of the score and of the next gap), so the expected inflation is exactly the decided
  // one and rounding does not swallow small differences
  const whole = Math.floor(inflation);
  const extra = v < inflation - whole ? 1 : 0;
  const reported = inflation > 0 ? clampScore(trueScore + whole + extra) : trueScore;
  s.recorder?.survey(i, m, trueScore, reported);
  const t = s.tracker;
  t.survey(companyGroup(s), m, trueScore, reported);
  t.survey(teamGroup(s, a.segment[i]!), m, trueScore, reported);
  if (seller >= 0) t.survey(seller, m, trueScore, reported);
  if (csm >= 0 && csm !== seller) t.survey(csm, m, trueScore, reported);
  const am = a.am[i]!;
  if (am >= 0 && am !== seller && am !== csm) t.survey(am, m, trueScore, reported);
}
