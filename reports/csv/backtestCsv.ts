/**
 * CSV tables of a backtest report: variants.csv (variant × metric, attainment bands split) and
 * baselines.csv (dimension × group × variant: pay and attainment, plus the group's customer
 * outcomes). Statements are already written as statements.csv by the backtest itself.
 */
import type { BacktestSummary } from "../load/backtestData.js";
import { type CsvValue, csvText } from "./csv.js";

export function backtestVariantsCsv(summary: BacktestSummary): string {
  const rows: CsvValue[][] = [];
  for (const v of summary.variants) {
    for (const [id, value] of Object.entries(v.metrics)) {
      if (typeof value === "object" && value !== null)
        for (const [band, share] of Object.entries(value))
          rows.push([v.name, `${id}.${band}`, share as number]);
      else rows.push([v.name, id, value as number]);
    }
    rows.push(
      [v.name, "creditedArr", v.creditedArr],
      [v.name, "repsPaid", v.repsPaid],
      [v.name, "repYears", v.repYears],
    );
  }
  return csvText(["variant", "metric", "value"], rows);
}

export function backtestBaselinesCsv(summary: BacktestSummary): string {
  const rows: CsvValue[][] = [];
  for (const b of summary.baselines)
    for (const [variant, p] of Object.entries(b.byVariant))
      rows.push([
        b.dimension,
        b.group,
        variant,
        p.reps,
        p.payMean,
        p.payP50,
        p.attainmentP10,
        p.attainmentP50,
        p.attainmentP90,
        b.outcomes.nrr,
        b.outcomes.grr,
        b.outcomes.logoChurn,
        b.outcomes.npsReported,
      ]);
  return csvText(
    [
      "dimension",
      "group",
      "variant",
      "reps",
      "pay_mean",
      "pay_p50",
      "attainment_p10",
      "attainment_p50",
      "attainment_p90",
      "customer_nrr",
      "customer_grr",
      "customer_logo_churn",
      "customer_nps_reported",
    ],
    rows,
  );
}

export function backtestPlansCsv(summary: BacktestSummary): string {
  return csvText(
    ["variant", "role", "plan_id", "plan_name"],
    summary.variants.flatMap((v) => v.plans.map((p) => [v.name, p.role, p.id, p.name])),
  );
}
