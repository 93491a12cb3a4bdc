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
 */
import { AE_SURVEY_MONTHS } from "../core/assumptions.js";
import { companyGroup, SEGMENT_OF, teamGroup, type WorldState } from "./state.js";

export function trueSatisfaction(fit: number, adoption: number, adoptionAtFit1: number): number {
  return Math.min(1, Math.max(0, 0.25 + 0.35 * fit + 0.5 * (adoption / adoptionAtFit1)));
}

export function clampScore(x: number): number {
  return Math.min(10, Math.max(0, Math.round(x)));
}

export function surveyAccount(s: WorldState, i: number, m: number): void {
  if (s.cal.calendarMonth[m]! % 3 !== 0) return;
  const a = s.accounts;
  const respond = a.surveyDraw(i);
  const z = a.surveyZ;
  const w = s.world.surveys;
  if (respond >= w.responseRate) return;
  const cu = s.world.customers[SEGMENT_OF[a.segment[i]!]!];
  const sat = trueSatisfaction(a.fit[i]!, a.adoption[i]!, cu.adoptionAtFit1);
  const trueScore = clampScore(
    w.scoreAtUnhealthy + (w.scoreAtHealthy - w.scoreAtUnhealthy) * sat + w.scoreSd * z,
  );
  const seller = a.seller[i]!;
  const csm = a.csm[i]!;
  const responsible = seller >= 0 && m - a.bookMonth[i]! <= AE_SURVEY_MONTHS ? seller : csm;
  const inflation = responsible >= 0 ? s.decisions[responsible]!.surveyInflation : 0;
  // whole points of inflation, plus one more with the probability of the fraction (the response's
  // own uniform, respond / responseRate, is uniform given a response), so the expected inflation
  // is exactly the decided one and rounding does not swallow small differences
  const whole = Math.floor(inflation);
  const extra = respond / w.responseRate < inflation - whole ? 1 : 0;
  const reported = inflation > 0 ? clampScore(trueScore + whole + extra) : trueScore;
  const t = s.tracker;
  t.survey(companyGroup(s), m, trueScore, reported);
  t.survey(teamGroup(s, a.segment[i]!), m, trueScore, reported);
  if (seller >= 0) t.survey(seller, m, trueScore, reported);
  if (csm >= 0 && csm !== seller) t.survey(csm, m, trueScore, reported);
  const am = a.am[i]!;
  if (am >= 0 && am !== seller && am !== csm) t.survey(am, m, trueScore, reported);
}
