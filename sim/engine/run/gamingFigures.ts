/**
 * Per-trial gaming figures of one scenario × variant, from its populations in the same trial
 * (same world, same draws — DESIGN §6):
 *   windfall          Σ pay(configured) / Σ pay(honest) − 1
 *   valueLost         arr.endOfHorizon(honest) − arr.endOfHorizon(configured)
 *                     + value.discountGiven(configured) − value.discountGiven(honest)
 *   maxDeviationGain  max over reps of pay(configured) − pay(honest)
 *   byLever.<lever>   Σ pay(lever alone) / Σ pay(honest) − 1
 * NaN where undefined (no honest pay, no reps).
 */

import { TRIAL_METRICS } from "../../metrics/trialMetricIds.js";
import type { TrialOutcome } from "../../trial/trialContract.js";

const END_ARR = TRIAL_METRICS.indexOf("arr.endOfHorizon");
const DISCOUNT = TRIAL_METRICS.indexOf("value.discountGiven");

export function totalPay(outcome: TrialOutcome): number {
  let total = 0;
  for (let i = 0; i < outcome.repPay.length; i++) total += outcome.repPay[i]!;
  return total;
}

export function relativeExtra(pay: number, honestPay: number): number {
  return honestPay > 0 ? pay / honestPay - 1 : Number.NaN;
}

export function maxDeviationGain(configured: TrialOutcome, honest: TrialOutcome): number {
  const n = Math.min(configured.repPay.length, honest.repPay.length);
  if (n === 0) return Number.NaN;
  let best = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < n; r++) best = Math.max(best, configured.repPay[r]! - honest.repPay[r]!);
  return best;
}

export function valueLost(configured: TrialOutcome, honest: TrialOutcome): number {
  return (
    honest.metrics[END_ARR]! -
    configured.metrics[END_ARR]! +
    (configured.metrics[DISCOUNT]! - honest.metrics[DISCOUNT]!)
  );
}

/** The figures in gamingMetrics() order; `levers` in GAMING_LEVERS order (empty without byLever). */
export function gamingFigures(
  configured: TrialOutcome,
  honest: TrialOutcome,
  levers: readonly TrialOutcome[],
): number[] {
  const honestPay = totalPay(honest);
  return [
    relativeExtra(totalPay(configured), honestPay),
    valueLost(configured, honest),
    maxDeviationGain(configured, honest),
    ...levers.map((l) => relativeExtra(totalPay(l), honestPay)),
  ];
}
