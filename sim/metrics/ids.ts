/**
 * Stable metric identifiers (DESIGN §8) with a one-line definition and a unit. These ids appear
 * in summary.json, Arrow outputs, reports and notebooks; reports/ documentation is generated
 * from this table, so a definition is written once.
 */
export type MetricUnitKind = "currency" | "share" | "ratio" | "count" | "score" | "correlation";

export interface MetricDefinition {
  readonly id: string;
  readonly unit: MetricUnitKind;
  readonly definition: string;
  /** Which kinds of run can produce it. */
  readonly sources: readonly ("backtest" | "simulation")[];
}

const both = ["backtest", "simulation"] as const;
const sim = ["simulation"] as const;

export const METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  {
    id: "cost.total",
    unit: "currency",
    sources: both,
    definition:
      "total variable comp paid by the company in the horizon (cash basis), including clawback recoveries",
  },
  {
    id: "cost.expense",
    unit: "currency",
    sources: both,
    definition:
      "the same on an ASC 340-40 expense basis: capitalised commissions amortised over the expected customer life (contracts ≤ 12 months expensed)",
  },
  {
    id: "cost.ratio",
    unit: "ratio",
    sources: both,
    definition: "cost.total / (new + expansion ARR credited)",
  },
  {
    id: "cost.p95",
    unit: "currency",
    sources: sim,
    definition: "95th percentile of cost.total across trials",
  },
  {
    id: "cost.cvar95",
    unit: "currency",
    sources: sim,
    definition: "expected cost.total in the worst 5% of trials (expected shortfall)",
  },
  {
    id: "cost.overBudgetProb",
    unit: "share",
    sources: sim,
    definition: "probability that cost.total exceeds the budget",
  },
  { id: "payout.mean", unit: "currency", sources: both, definition: "mean annualised variable pay per rep" },
  {
    id: "payout.sd",
    unit: "currency",
    sources: both,
    definition: "standard deviation of annualised variable pay per rep",
  },
  {
    id: "payout.cv",
    unit: "ratio",
    sources: both,
    definition: "coefficient of variation of annualised variable pay (sd / mean)",
  },
  {
    id: "payout.p10",
    unit: "currency",
    sources: both,
    definition: "10th percentile of annualised variable pay per rep",
  },
  { id: "payout.p50", unit: "currency", sources: both, definition: "median annualised variable pay per rep" },
  {
    id: "payout.p90",
    unit: "currency",
    sources: both,
    definition: "90th percentile of annualised variable pay per rep",
  },
  {
    id: "payout.gini",
    unit: "ratio",
    sources: both,
    definition: "Gini coefficient of annualised variable pay across reps (0 = equal, 1 = one rep earns all)",
  },
  {
    id: "payout.zeroShare",
    unit: "share",
    sources: both,
    definition: "share of reps earning less than 50% of their target variable pay",
  },
  {
    id: "attainment.bands",
    unit: "share",
    sources: both,
    definition: "share of rep-years below 80%, 80–120% and above 120% of quota",
  },
  {
    id: "payPerformance.rho",
    unit: "correlation",
    sources: both,
    definition: "Spearman correlation of a rep's pay with the customer value the rep created",
  },
  {
    id: "customer.nrr",
    unit: "ratio",
    sources: both,
    definition:
      "net revenue retention of the horizon: ARR of the starting customers at the end / at the start",
  },
  {
    id: "customer.grr",
    unit: "ratio",
    sources: both,
    definition: "gross revenue retention: as NRR but without expansion",
  },
  {
    id: "customer.logoChurn",
    unit: "share",
    sources: both,
    definition: "share of customer accounts that churned in the horizon",
  },
  {
    id: "customer.activation",
    unit: "share",
    sources: both,
    definition: "share of new customers that activated within the activation window",
  },
  {
    id: "customer.adoption",
    unit: "ratio",
    sources: both,
    definition: "mean usage depth (0–1) of active customers",
  },
  {
    id: "customer.npsTrue",
    unit: "score",
    sources: sim,
    definition: "net promoter score from true satisfaction",
  },
  {
    id: "customer.npsReported",
    unit: "score",
    sources: both,
    definition: "net promoter score as reported by surveys (the gap to npsTrue is survey gaming)",
  },
  {
    id: "gaming.windfall",
    unit: "share",
    sources: sim,
    definition:
      "extra payout of the configured population vs the same population made honest, as a share of honest payout",
  },
  {
    id: "gaming.valueLost",
    unit: "currency",
    sources: sim,
    definition: "company value lost to gaming (ARR, margin, churned ARR)",
  },
  {
    id: "gaming.byLever",
    unit: "share",
    sources: sim,
    definition: "gaming.windfall split by lever (one lever enabled at a time)",
  },
  {
    id: "gaming.maxDeviationGain",
    unit: "currency",
    sources: sim,
    definition: "best single-rep gain from gaming",
  },
  {
    id: "timing.lastMonthShare",
    unit: "share",
    sources: both,
    definition: "share of credited bookings in the last month of a plan period",
  },
  {
    id: "timing.lastWeekShare",
    unit: "share",
    sources: both,
    definition: "share of credited bookings in the last 7 days of a plan period",
  },
];

export const METRIC_DEFINITION_BY_ID: ReadonlyMap<string, MetricDefinition> = new Map(
  METRIC_DEFINITIONS.map((d) => [d.id, d]),
);
