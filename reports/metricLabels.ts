/**
 * Plain-language names of metric ids for readers who are not engineers ("Total cost" for
 * cost.total), the group each belongs to in side-by-side tables, and each metric's definition
 * and unit (sim/metrics/ids.ts, then the run's own summary.json). Unknown ids fall back to the id
 * itself, so metrics added later still appear.
 */
import { METRIC_DEFINITION_BY_ID, type MetricUnitKind } from "../sim/metrics/ids.js";

const LABELS: Readonly<Record<string, string>> = {
  "cost.total": "Total cost",
  "cost.expense": "Cost, expense basis",
  "cost.contractAsset": "Contract-cost asset at the end",
  "cost.ratio": "Cost per $ of ARR credited",
  "cost.p95": "Cost, bad case (95th percentile)",
  "cost.cvar95": "Cost, worst 5% average",
  "cost.overBudgetProb": "Chance of exceeding budget",
  "payout.mean": "Mean pay per rep per year",
  "payout.sd": "Spread of pay (standard deviation)",
  "payout.cv": "Spread of pay relative to mean",
  "payout.p10": "Pay, 10th percentile rep",
  "payout.p50": "Pay, median rep",
  "payout.p90": "Pay, 90th percentile rep",
  "payout.gini": "Pay concentration (Gini)",
  "payout.zeroShare": "Reps under half their target pay",
  "attainment.bands": "Attainment below / 80–120% / above",
  "attainment.below80": "Rep-years below 80% of quota",
  "attainment.from80to120": "Rep-years at 80–120% of quota",
  "attainment.above120": "Rep-years above 120% of quota",
  "payPerformance.rho": "Pay–value correlation",
  "customer.nrr": "Net revenue retention",
  "customer.grr": "Gross revenue retention",
  "customer.logoChurn": "Customer churn",
  "customer.activation": "New customers activated",
  "customer.adoption": "Product adoption (0–1)",
  "customer.npsTrue": "NPS, true",
  "customer.npsReported": "NPS, reported",
  "gaming.windfall": "Gaming windfall",
  "gaming.valueLost": "Company value lost to gaming",
  "gaming.maxDeviationGain": "Best single-rep gain from gaming",
  "gaming.byLever": "Gaming windfall by lever",
  "timing.lastMonthShare": "Bookings in a period's last month",
  "timing.lastWeekShare": "Bookings in a period's last week",
  "arr.new": "New-logo ARR booked",
  "arr.expansion": "Expansion ARR",
  "arr.churned": "ARR lost to churn",
  "arr.contraction": "ARR lost to downgrades",
  "arr.endOfHorizon": "Customer ARR at the end",
  "value.discountGiven": "ARR given away in discounts",
  "deals.won": "Deals won",
  "deals.poorFitWon": "Poor-fit deals won",
  "pay.total": "Total rep pay",
};

export const METRIC_GROUPS: readonly (readonly [string, string])[] = [
  ["cost", "Cost"],
  ["payout", "Pay"],
  ["pay", "Pay"],
  ["attainment", "Attainment"],
  ["payPerformance", "Pay for performance"],
  ["gaming", "Gaming"],
  ["customer", "Customers"],
  ["timing", "Deal timing"],
  ["arr", "Volume"],
  ["value", "Volume"],
  ["deals", "Volume"],
];

export function metricLabel(id: string): string {
  if (LABELS[id]) return LABELS[id]!;
  if (id.startsWith("gaming.byLever.")) return `Gaming windfall, ${id.slice(15)} lever only`;
  return id;
}

/** A label inside a sentence: "Customer ARR at the end" → "customer ARR at the end". */
export function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

export function metricGroup(id: string): string {
  const prefix = id.split(".")[0]!;
  return METRIC_GROUPS.find(([p]) => p === prefix)?.[1] ?? "Other";
}

export interface MetricInfo {
  readonly id: string;
  readonly unit: MetricUnitKind;
  readonly definition: string;
}

/** Definitions: those the output carries (summary.json of a run), then the shared table. */
export function metricInfo(id: string, own: readonly MetricInfo[] = []): MetricInfo {
  const o = own.find((m) => m.id === id);
  if (o?.definition) return o;
  const d = METRIC_DEFINITION_BY_ID.get(id);
  if (d) return { id, unit: d.unit, definition: d.definition };
  if (id.startsWith("gaming.byLever."))
    return { id, unit: "share", definition: `gaming.windfall with only the '${id.slice(15)}' lever enabled` };
  return o ?? { id, unit: "ratio", definition: "" };
}
