/**
 * Summary of a distribution of per-rep values (payouts, attainment): the payout.* metrics.
 * Quantiles use simple-statistics' `quantileSorted` (Hyndman–Fan type 7: linear interpolation
 * between order statistics); standard deviation is the sample standard deviation (n − 1).
 */
import { mean, quantileSorted, sampleStandardDeviation } from "simple-statistics";
import { gini } from "./gini.js";

export interface DistributionSummary {
  readonly n: number;
  readonly mean: number;
  readonly sd: number;
  readonly cv: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly gini: number;
}

export function summarizeDistribution(values: readonly number[]): DistributionSummary {
  const n = values.length;
  if (n === 0) return { n: 0, mean: 0, sd: 0, cv: 0, p10: 0, p50: 0, p90: 0, gini: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const m = mean(sorted);
  const sd = n > 1 ? sampleStandardDeviation(sorted) : 0;
  return {
    n,
    mean: m,
    sd,
    cv: m === 0 ? 0 : sd / m,
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    gini: gini(sorted),
  };
}

export interface AttainmentBands {
  readonly below80: number;
  readonly from80to120: number;
  readonly above120: number;
}

/** Shares of values < 0.8, in [0.8, 1.2], and > 1.2 (attainment as a fraction of quota). */
export function attainmentBands(attainments: readonly number[]): AttainmentBands {
  const n = attainments.length;
  if (n === 0) return { below80: 0, from80to120: 0, above120: 0 };
  let low = 0;
  let high = 0;
  for (const a of attainments) {
    if (a < 0.8) low++;
    else if (a > 1.2) high++;
  }
  return { below80: low / n, from80to120: (n - low - high) / n, above120: high / n };
}

/** Share of reps whose pay is below half their target variable (payout.zeroShare). */
export function belowHalfTargetShare(pay: readonly number[], target: readonly number[]): number {
  if (pay.length === 0) return 0;
  let count = 0;
  for (let i = 0; i < pay.length; i++) if (pay[i]! < 0.5 * target[i]!) count++;
  return count / pay.length;
}
