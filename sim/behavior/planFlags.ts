/**
 * What a plan rewards or punishes besides the primary credit, read off the canonical plan:
 * survey-paid, retention-paid and renewal-paid flags, per-deal SPIFFs, the clawback a deal
 * carries and the pay rate on renewals. These decide which gaming levers can pay (DESIGN §6).
 */
import type { CommissionComponent, Component, Plan } from "../language/canonical.js";

/** Survey metrics: paying on them invites survey gaming (solicit happy customers, pressure scores). */
export const SURVEY_METRICS: ReadonlySet<string> = new Set(["nps", "csat", "ces"]);

/**
 * Retention and adoption metrics: paying on them exposes the rep to the customer's outcome, which
 * moderates poor-fit selling (Agarwal & Ben-David 2018; Kim et al. 2019). The brief's list (grr,
 * nrr, logoRetention, usageDepth, activationRate) plus the other adoption/health metrics of
 * sim/language/metrics.ts, and the credited metrics that count churn.
 */
export const RETENTION_METRICS: ReadonlySet<string> = new Set([
  "grr",
  "nrr",
  "logoRetention",
  "usageDepth",
  "activationRate",
  "healthScore",
  "onboardingCompletion",
  "timeToFirstValue",
  "churnedArr",
  "contractionArr",
  "netNewArr",
]);

/** Strip `attainment:` from a gate metric. */
function baseMetric(metric: string): string {
  return metric.startsWith("attainment:") ? metric.slice("attainment:".length) : metric;
}

/** Every metric a component's pay reads: its own metric and its gates' metrics. */
function metricsRead(c: Component): string[] {
  const own = c.kind === "commission" || c.kind === "bonus" || c.kind === "pool" ? [c.metric] : [];
  return [...own, ...c.gates.map((g) => baseMetric(g.metric))];
}

function readsAny(plan: Plan, metrics: ReadonlySet<string>): boolean {
  if (plan.modifiers.some((m) => metrics.has(baseMetric(m.metric)))) return true;
  return plan.components.some((c) => metricsRead(c).some((m) => metrics.has(m)));
}

/** A survey score moves pay through a modifier, a gate or a bonus. */
export function surveysPaid(plan: Plan): boolean {
  return readsAny(plan, SURVEY_METRICS);
}

/** Commission pay that a churned account takes back: clawback, forfeitable holdback or vesting. */
function commissionAtRisk(c: CommissionComponent): boolean {
  return (
    c.clawback !== null || c.holdback?.forfeitOnChurn === true || c.vesting?.requireActiveAccount === true
  );
}

/**
 * Retention or adoption moves pay: a bonus, gate or modifier on a retention/adoption metric, a
 * milestone uplift (activation, usage), a clawback, or a holdback/vesting forfeited on churn.
 */
export function retentionPaid(plan: Plan): boolean {
  if (readsAny(plan, RETENTION_METRICS)) return true;
  return plan.components.some(
    (c) => c.kind === "milestone" || (c.kind === "commission" && commissionAtRisk(c)),
  );
}

/**
 * Retention or adoption moves pay other than through a clawback: a retention/adoption bonus,
 * gate or modifier, a milestone uplift, or a holdback/vesting forfeited on churn.
 */
export function outcomePaid(plan: Plan): boolean {
  if (readsAny(plan, RETENTION_METRICS)) return true;
  return plan.components.some(
    (c) =>
      c.kind === "milestone" ||
      (c.kind === "commission" &&
        (c.holdback?.forfeitOnChurn === true || c.vesting?.requireActiveAccount === true)),
  );
}

/** Renewals are credited or paid: a commission, bonus or pool on renewal ARR, or a renewal SPIFF. */
export function renewalsPaid(plan: Plan): boolean {
  return plan.components.some(
    (c) =>
      ((c.kind === "commission" || c.kind === "bonus" || c.kind === "pool") && c.metric === "renewalArr") ||
      (c.kind === "spiff" && c.event === "renewal"),
  );
}

/**
 * Pay per unit of renewal ARR: the first-tier rate of renewal commissions plus this role's pool
 * share × funding rate of renewal pools (bonuses and SPIFFs on renewals are not per unit: 0).
 */
export function renewalRate(plan: Plan): number {
  let rate = 0;
  for (const c of plan.components) {
    if (c.kind === "commission" && c.metric === "renewalArr") rate += c.tiers[0]?.rate ?? 0;
    if (c.kind === "pool" && c.metric === "renewalArr") rate += c.fundingRate * (c.shares[plan.role] ?? 0);
  }
  return rate;
}

/**
 * Pay per extra qualifying booking from SPIFFs on `booking` events. A SPIFF condition (e.g.
 * `termMonths >= 24`) depends on the deal and cannot be evaluated in general: it is approximated
 * by the full amount (the rep structures deals to qualify). maxPerPeriod is ignored; rate and goal
 * SPIFFs are not counted (their pay depends on the deal's size or on a goal).
 */
export function spiffPerDeal(plan: Plan): number {
  let sum = 0;
  for (const c of plan.components)
    if (
      c.kind === "spiff" &&
      c.event === "booking" &&
      (c.payout.basis === "event" || c.payout.basis === "unit")
    )
      sum += c.payout.amount;
  return sum;
}

/** Days per month for window conversion (365.25 / 12). */
const DAYS_PER_MONTH = 30.4375;

/**
 * The clawback a deal carries: from the given commission, else the first commission with one.
 * `prorated` recovery takes back share × days left / window; for churn spread evenly over the
 * window that is half the share on average, so the expected share lost is share / 2.
 */
export function clawbackOf(
  plan: Plan,
  lead: CommissionComponent | null,
): { readonly share: number; readonly windowMonths: number } {
  const c =
    lead?.clawback != null
      ? lead
      : plan.components.find((x): x is CommissionComponent => x.kind === "commission" && x.clawback !== null);
  const cb = c?.clawback ?? null;
  if (cb === null) return { share: 0, windowMonths: 0 };
  return {
    share: cb.recovery === "prorated" ? cb.share / 2 : cb.share,
    windowMonths: cb.windowDays / DAYS_PER_MONTH,
  };
}
