/**
 * Per-trial figures of one scenario × variant that separate legitimate effort from gaming
 * (DESIGN §6), from its populations in the same trial (same world draws, common random numbers):
 * configured (as configured), honest (nobody games; everyone still responds to pay), inert
 * (nobody games or responds: effort stays normal) and each lever alone.
 *
 *   gaming.windfall                 Σ pay(configured) / Σ pay(honest) − 1: pay from gaming levers only
 *   gaming.valueLost                arr.endOfHorizon(honest) − arr.endOfHorizon(configured)
 *                                   + value.discountGiven(configured) − value.discountGiven(honest)
 *   gaming.valueLost.mispricing     value.discountGiven(configured) − value.discountGiven(honest)
 *   gaming.valueLost.lostDeals      arr.newAtList(honest) − arr.newAtList(configured): list value of
 *                                   deals not won (pulled deals lost, slipped deals, …; negative when
 *                                   gaming sells more, e.g. poor fits)
 *   gaming.valueLost.churn          arr.churned(configured) − arr.churned(honest)
 *   gaming.maxDeviationGain         max over reps of pay(configured) − pay(honest)
 *   behaviour.effortResponse.pay    Σ pay(honest) / Σ pay(inert) − 1: what the plan's incentives make
 *                                   reps earn by responding to them (legitimate)
 *   behaviour.effortResponse.value  arr.endOfHorizon(honest) − arr.endOfHorizon(inert): the customer
 *                                   value that response creates
 *   gaming.byLever.<lever>          Σ pay(lever alone) / Σ pay(honest) − 1
 * NaN where undefined (no reference pay, no reps).
 */

import { TRIAL_METRICS, type TrialMetric } from "../../metrics/trialMetricIds.js";
import type { TrialOutcome } from "../../trial/trialContract.js";

/** The figures in gamingFigures() order, before the per-lever windfalls. */
export const GAMING_FIGURES = [
  "gaming.windfall",
  "gaming.valueLost",
  "gaming.valueLost.mispricing",
  "gaming.valueLost.lostDeals",
  "gaming.valueLost.churn",
  "gaming.maxDeviationGain",
  "behaviour.effortResponse.pay",
  "behaviour.effortResponse.value",
] as const;

const at = (id: TrialMetric): number => TRIAL_METRICS.indexOf(id);
const END_ARR = at("arr.endOfHorizon");
const DISCOUNT = at("value.discountGiven");
const AT_LIST = at("arr.newAtList");
const CHURNED = at("arr.churned");

export function totalPay(outcome: TrialOutcome): number {
  let total = 0;
  for (let i = 0; i < outcome.repPay.length; i++) total += outcome.repPay[i]!;
  return total;
}

export function relativeExtra(pay: number, referencePay: number): number {
  return referencePay > 0 ? pay / referencePay - 1 : Number.NaN;
}

export function maxDeviationGain(configured: TrialOutcome, honest: TrialOutcome): number {
  const n = Math.min(configured.repPay.length, honest.repPay.length);
  if (n === 0) return Number.NaN;
  let best = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < n; r++) best = Math.max(best, configured.repPay[r]! - honest.repPay[r]!);
  return best;
}

/** b's metric minus a's. */
function diff(a: TrialOutcome, b: TrialOutcome, k: number): number {
  return b.metrics[k]! - a.metrics[k]!;
}

export function valueLost(configured: TrialOutcome, honest: TrialOutcome): number {
  return diff(configured, honest, END_ARR) + diff(honest, configured, DISCOUNT);
}

/** The figures in gamingMetrics() order; `levers` in GAMING_LEVERS order (empty without byLever). */
export function gamingFigures(
  configured: TrialOutcome,
  honest: TrialOutcome,
  inert: TrialOutcome,
  levers: readonly TrialOutcome[],
): number[] {
  const honestPay = totalPay(honest);
  return [
    relativeExtra(totalPay(configured), honestPay),
    valueLost(configured, honest),
    diff(honest, configured, DISCOUNT),
    diff(configured, honest, AT_LIST),
    diff(honest, configured, CHURNED),
    maxDeviationGain(configured, honest),
    relativeExtra(honestPay, totalPay(inert)),
    diff(inert, honest, END_ARR),
    ...levers.map((l) => relativeExtra(totalPay(l), honestPay)),
  ];
}
