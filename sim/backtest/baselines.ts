/**
 * Baselines for pilot designers: per team, region and segment, the attainment and pay
 * distributions under each variant and the customer outcomes of the accounts the group's reps
 * covered (NRR, GRR, logo churn, NPS, CSAT). A pilot group is compared against these.
 */

import { quantileSorted } from "simple-statistics";
import type { CanonicalTables } from "../data/rows.js";
import { type AttainmentBands, attainmentBandShares } from "../metrics/kernels/shares.js";
import type { EvaluationRange } from "../plan/evaluate.js";
import { type CustomerOutcomes, customerOutcomes, DEFAULT_OUTCOME_OPTIONS } from "./customerOutcomes.js";
import { groupAccounts } from "./groupAccounts.js";
import type { VariantDetail } from "./variantMetrics.js";

export const BASELINE_DIMENSIONS = ["team", "region", "segment"] as const;
export type BaselineDimension = (typeof BASELINE_DIMENSIONS)[number];

export interface PayBaseline {
  readonly reps: number;
  readonly payMean: number;
  readonly payP50: number;
  readonly attainmentP10: number;
  readonly attainmentP50: number;
  readonly attainmentP90: number;
  readonly bands: AttainmentBands;
}

export interface GroupBaseline {
  readonly dimension: BaselineDimension;
  readonly group: string;
  readonly reps: number;
  /** Pay and attainment per variant (by variant name). */
  readonly byVariant: Readonly<Record<string, PayBaseline>>;
  readonly outcomes: CustomerOutcomes;
}

function groupOf(rep: Readonly<Record<BaselineDimension, string>>, dimension: BaselineDimension): string {
  return rep[dimension] || "(none)";
}

function quantile(sorted: readonly number[], p: number): number {
  return sorted.length > 0 ? quantileSorted(sorted as number[], p) : Number.NaN;
}

export function payBaseline(figures: VariantDetail["perRep"]): PayBaseline {
  const pay = figures.map((f) => f.annualisedPay);
  const attainment = figures.flatMap((f) => f.attainment).sort((a, b) => a - b);
  return {
    reps: figures.length,
    payMean: pay.length > 0 ? pay.reduce((a, b) => a + b, 0) / pay.length : Number.NaN,
    payP50: quantile(
      [...pay].sort((a, b) => a - b),
      0.5,
    ),
    attainmentP10: quantile(attainment, 0.1),
    attainmentP50: quantile(attainment, 0.5),
    attainmentP90: quantile(attainment, 0.9),
    bands: attainmentBandShares(attainment),
  };
}

export function groupBaselines(
  tables: CanonicalTables,
  variants: readonly { readonly name: string; readonly detail: VariantDetail }[],
  range: EvaluationRange,
): GroupBaseline[] {
  const out: GroupBaseline[] = [];
  for (const dimension of BASELINE_DIMENSIONS) {
    const groups = [...new Set(tables.reps.map((r) => groupOf(r, dimension)))].sort();
    if (groups.length < 2) continue; // a single group is just the whole history
    for (const group of groups) {
      const reps = new Set(tables.reps.filter((r) => groupOf(r, dimension) === group).map((r) => r.rep_id));
      const accounts = groupAccounts(tables, reps, range);
      const byVariant: Record<string, PayBaseline> = {};
      for (const v of variants) {
        byVariant[v.name] = payBaseline(v.detail.perRep.filter((f) => reps.has(f.replay.rep.id)));
      }
      out.push({
        dimension,
        group,
        reps: reps.size,
        byVariant,
        outcomes: customerOutcomes(
          tables.arr_movements.filter((m) => accounts.has(m.account_id)),
          tables.usage.filter((u) => accounts.has(u.account_id)),
          tables.surveys.filter((s) => accounts.has(s.account_id)),
          { start: range.start, end: range.end, ...DEFAULT_OUTCOME_OPTIONS },
        ),
      });
    }
  }
  return out;
}
