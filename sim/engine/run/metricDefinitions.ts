/**
 * Definitions of every per-trial column of a run: DESIGN §8 ids from sim/metrics/ids.ts, and
 * the raw totals and bands the simulator reports besides (attainment bands split, arr.*,
 * value.*, deals.*, pay.total, gaming figures).
 */
import { METRIC_DEFINITION_BY_ID, type MetricUnitKind } from "../../metrics/ids.js";

const EXTRA: Readonly<Record<string, { unit: MetricUnitKind; definition: string }>> = {
  "attainment.below80": { unit: "share", definition: "share of rep-years below 80% of quota" },
  "attainment.from80to120": { unit: "share", definition: "share of rep-years from 80% to 120% of quota" },
  "attainment.above120": { unit: "share", definition: "share of rep-years above 120% of quota" },
  "arr.new": { unit: "currency", definition: "new-logo ARR booked in the horizon" },
  "arr.expansion": { unit: "currency", definition: "expansion ARR in the horizon" },
  "arr.churned": { unit: "currency", definition: "ARR lost to churn in the horizon" },
  "arr.contraction": { unit: "currency", definition: "ARR lost to downgrades in the horizon" },
  "arr.endOfHorizon": { unit: "currency", definition: "customer ARR at the end of the horizon" },
  "value.discountGiven": { unit: "currency", definition: "first-year ARR given away in discounts" },
  "deals.won": { unit: "count", definition: "deals won in the horizon" },
  "deals.poorFitWon": { unit: "count", definition: "deals won with poor-fit customers" },
  "cost.contractAsset": {
    unit: "currency",
    definition:
      "capitalised commissions (ASC 340-40 contract-cost asset) not yet amortised at the end of the horizon",
  },
  "cost.cumulative": {
    unit: "currency",
    definition:
      "variable comp paid from the horizon start through the end of a quarter (cash basis; configured population)",
  },
  "pay.total": { unit: "currency", definition: "Σ variable pay of the simulated reps over the horizon" },
  "gaming.windfall": {
    unit: "share",
    definition:
      "extra payout of the configured population vs the same population made honest, share of honest payout",
  },
};

export function metricDefinition(id: string): { unit: MetricUnitKind; definition: string } {
  const known = EXTRA[id] ?? METRIC_DEFINITION_BY_ID.get(id);
  if (known) return { unit: known.unit, definition: known.definition };
  if (id.startsWith("gaming.byLever."))
    return { unit: "share", definition: `gaming.windfall with only the '${id.slice(15)}' lever enabled` };
  return { unit: "ratio", definition: "" };
}
