/**
 * The metric registry: every metric a plan may reference, with its kind and unit.
 *
 * - `credited` metrics are sums of ledger events inside a period (new ARR, expansion ARR, …).
 *   They can carry a quota, and commissions pay on them.
 * - `measured` metrics are observations reported for a period (GRR, NPS, usage depth, …);
 *   bonuses, gates and modifiers read them.
 *
 * Ids are stable: they appear in plan files, ledgers and outputs.
 */
export type MetricKind = "credited" | "measured";
export type MetricUnit = "currency" | "count" | "ratio" | "score" | "days";

export interface MetricInfo {
  readonly id: string;
  readonly kind: MetricKind;
  readonly unit: MetricUnit;
  /** false when a smaller value is better (churned ARR, time to first value, CES effort). */
  readonly higherIsBetter: boolean;
  readonly description: string;
}

const metric = (
  id: string,
  kind: MetricKind,
  unit: MetricUnit,
  description: string,
  higherIsBetter = true,
): MetricInfo => ({ id, kind, unit, higherIsBetter, description });

export const METRICS: readonly MetricInfo[] = [
  // Credited: summed from ledger events (see LEDGER_EVENT_CREDITS in sim/core/ledger.ts).
  metric("newArr", "credited", "currency", "first-year ARR of new-logo bookings"),
  metric("expansionArr", "credited", "currency", "ARR added to existing accounts (upsell, cross-sell)"),
  metric("renewalArr", "credited", "currency", "ARR renewed at term end"),
  metric("contractionArr", "credited", "currency", "ARR lost to downgrades", false),
  metric("churnedArr", "credited", "currency", "ARR lost to cancelled accounts", false),
  metric("tcv", "credited", "currency", "total contract value of new bookings (all years)"),
  metric("netNewArr", "credited", "currency", "new + expansion − contraction − churned ARR"),
  metric("newLogos", "credited", "count", "number of new-logo bookings"),
  // Measured: per-period observations for a rep, team or company.
  metric("grr", "measured", "ratio", "gross revenue retention of the book (0–1)"),
  metric("nrr", "measured", "ratio", "net revenue retention of the book"),
  metric("logoRetention", "measured", "ratio", "share of accounts retained"),
  metric("healthScore", "measured", "score", "average customer health score (0–100)"),
  metric("usageDepth", "measured", "ratio", "average adoption / usage depth of the book (0–1)"),
  metric("onboardingCompletion", "measured", "ratio", "share of new accounts fully onboarded"),
  metric("timeToFirstValue", "measured", "days", "median days from close to first value", false),
  metric("activationRate", "measured", "ratio", "share of sold accounts activated within the window"),
  metric("nps", "measured", "score", "net promoter score (−100 to 100)"),
  metric("csat", "measured", "score", "customer satisfaction (1–5)"),
  metric("ces", "measured", "score", "customer effort score (1–7, lower is better)", false),
  metric("teamAttainment", "measured", "ratio", "team attainment of its quota"),
  metric("companyAttainment", "measured", "ratio", "company attainment of its plan"),
];

export const METRIC_BY_ID: ReadonlyMap<string, MetricInfo> = new Map(METRICS.map((m) => [m.id, m]));

export function isCreditedMetric(id: string): boolean {
  return METRIC_BY_ID.get(id)?.kind === "credited";
}

export function isMeasuredMetric(id: string): boolean {
  return METRIC_BY_ID.get(id)?.kind === "measured";
}
