/**
 * Uncertain pay: the rest of the period's credit is uncertain (deal flow, win draws). A rep
 * values pay at its certainty equivalent: the expectation over a deterministic three-point
 * spread of the rest-of-period credit, minus riskAversion × the expected shortfall below that
 * expectation (BehaviourProfile.riskAversion: weight on the downside; 0 = risk neutral).
 */

/** Coefficient of variation of the rest-of-period credit (a few lognormal deals: roughly 0.5). */
export const REST_CV = 0.5;

/**
 * Certainty equivalent of pay(fixed + rest × z), z ∈ {1 − REST_CV, 1, 1 + REST_CV} with weights
 * ¼, ½, ¼ (mean 1, sd REST_CV / √2).
 */
export function certaintyEquivalent(
  pay: (credit: number) => number,
  fixed: number,
  rest: number,
  riskAversion: number,
): number {
  const r = rest > 0 ? rest : 0;
  const lo = pay(fixed + r * (1 - REST_CV));
  const mid = pay(fixed + r);
  const hi = pay(fixed + r * (1 + REST_CV));
  const mean = 0.25 * lo + 0.5 * mid + 0.25 * hi;
  if (!(riskAversion > 0)) return mean;
  const shortfall =
    0.25 * Math.max(0, mean - lo) + 0.5 * Math.max(0, mean - mid) + 0.25 * Math.max(0, mean - hi);
  return mean - riskAversion * shortfall;
}
