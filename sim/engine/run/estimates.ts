/**
 * Reading estimates off the run's accumulator for summary.json: each figure is the Monte Carlo
 * library's estimate (sim/metrics/montecarlo) or null when it cannot be estimated (fewer than
 * 2 finite trials, no positive honest pay, too few trials for a CVaR).
 */
import {
  cvarOf,
  exceedanceOf,
  meanOf,
  pairedDifferenceOf,
  quantileOf,
  relativeDifferenceOf,
} from "../../metrics/montecarlo/index.js";
import type { RunAggregator } from "./runAggregator.js";

function attempt<T>(f: () => T): T | null {
  try {
    const value = f();
    return value;
  } catch {
    return null;
  }
}

export function meanEstimate(agg: RunAggregator, column: number) {
  const missing = agg.state.missingColumns[column] ?? 0;
  const estimate = attempt(() => meanOf(agg.state, column));
  return estimate
    ? { mean: estimate.mean, se: estimate.se, ci95: estimate.ci95, n: estimate.n, missing }
    : null;
}

export function pairedEstimate(agg: RunAggregator, pair: number) {
  const e = attempt(() => pairedDifferenceOf(agg.state, pair));
  if (!e) return null;
  return {
    difference: e.difference.mean,
    se: e.difference.se,
    ci95: e.difference.ci95,
    n: e.difference.n,
    unpairedSe: e.unpairedSe,
    varianceReduction: e.varianceReduction,
  };
}

export function ratioEstimate(agg: RunAggregator, pair: number) {
  const e = attempt(() => relativeDifferenceOf(agg.state, pair));
  return e ? { mean: e.mean, se: e.se, ci95: e.ci95, n: e.n } : null;
}

export function p95Estimate(agg: RunAggregator, column: number) {
  const e = attempt(() => quantileOf(agg.state, column, 0.95));
  return e ? { value: e.quantile, ci95: e.ci95, coverage: e.coverage, n: e.n } : null;
}

export function cvar95Estimate(agg: RunAggregator, column: number) {
  const e = attempt(() => cvarOf(agg.state, column, 0.95));
  return e ? { mean: e.mean, se: e.se, ci95: e.ci95, valueAtRisk: e.valueAtRisk, n: e.n } : null;
}

export function exceedanceEstimate(agg: RunAggregator, index: number | null) {
  if (index === null) return null;
  const e = attempt(() => exceedanceOf(agg.state, index));
  return e ? { p: e.p, se: e.se, ci95: e.ci95, n: e.n, hits: e.hits } : null;
}
