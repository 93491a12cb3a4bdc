/**
 * The pay a year's survey scores can move (DESIGN §6 survey gaming, issue 12 item 6): what a
 * rep stands to gain by inflating reported NPS/CSAT/CES, read off the canonical plan at target:
 *  - a modifier on a survey metric: (largest − smallest band multiplier) × the target pay of the
 *    components it scales (all of the target variable when it scales every component);
 *  - a bonus on a survey metric: its target amount × (largest − smallest curve value);
 *  - a gate on a survey metric: the gated component's target × (1 − fail multiplier).
 * 0 when no survey score moves pay.
 */
import type { Component, Plan } from "../language/canonical.js";
import { SURVEY_METRICS } from "./planFlags.js";

const baseMetric = (m: string): string => (m.startsWith("attainment:") ? m.slice("attainment:".length) : m);

/** A component's pay at target: its weight of the target variable (a bonus: its target amount). */
function targetPay(plan: Plan, c: Component): number {
  if (c.kind === "bonus") return c.targetAmount;
  const w = c.weight ?? (plan.components.length === 1 ? 1 : 0);
  return w * plan.payMix.targetVariable;
}

function spread(values: readonly number[]): number {
  return values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);
}

/** Pay per year (at target) that survey scores can move through the plan. */
export function surveyStake(plan: Plan): number {
  let stake = 0;
  for (const m of plan.modifiers) {
    if (!SURVEY_METRICS.has(baseMetric(m.metric))) continue;
    const scaled =
      m.appliesTo.length === 0
        ? plan.payMix.targetVariable
        : plan.components
            .filter((c) => m.appliesTo.includes(c.id))
            .reduce((s, c) => s + targetPay(plan, c), 0);
    stake += spread(m.bands.map((b) => b.multiplier)) * scaled;
  }
  for (const c of plan.components) {
    if (c.kind === "bonus" && SURVEY_METRICS.has(c.metric))
      stake += c.targetAmount * spread(c.curve.map((p) => p.y));
    for (const g of c.gates)
      if (SURVEY_METRICS.has(baseMetric(g.metric))) stake += targetPay(plan, c) * (1 - g.failMultiplier);
  }
  return stake;
}
