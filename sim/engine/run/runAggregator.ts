/**
 * Streaming aggregation of a run: blocks arrive in block order (executor or shard merge) and go
 * into one Monte Carlo accumulator laid out by aggregationPlan(). Memory is flat in the trial
 * count (the tail columns keep every value, spilled to a temporary file: valueStore.ts). In precision
 * mode, `shouldStop` applies the stop rule after each block, so the stopping block — and the
 * result — do not depend on the worker count.
 */

import type { ExperimentParams } from "../../language/experiment/experimentParams.js";
import {
  type AccumulatorState,
  createAccumulator,
  pushBlock,
  type StopTarget,
  shouldStop,
  trialsNeeded,
} from "../../metrics/montecarlo/index.js";
import type { BlockResult } from "../blockResult.js";
import { type AggregationPlan, aggregationPlan } from "./aggregationPlan.js";
import { metricColumn, metricIndex, type RunLayout } from "./layout.js";

/** Trials below which a precision run never stops (so the variance estimate has settled). */
export const MIN_PRECISION_TRIALS = 200;

export class RunAggregator {
  readonly plan: AggregationPlan;
  readonly state: AccumulatorState;

  constructor(
    readonly experiment: ExperimentParams,
    readonly layout: RunLayout,
  ) {
    this.plan = aggregationPlan(experiment, layout);
    this.state = createAccumulator(this.plan.accumulator);
  }

  push(result: BlockResult): void {
    pushBlock(this.state, result);
  }

  get trials(): number {
    return this.state.trials;
  }
}

/**
 * The precision stop target: every variant's mean of the precision metric, configured
 * population, in every scenario, within the relative standard error.
 */
export function precisionTarget(
  experiment: ExperimentParams,
  layout: RunLayout,
  blockSize: number,
): StopTarget | null {
  const p = experiment.precision;
  if (!p) return null;
  const metric = metricIndex(layout, p.metric);
  const precision = [];
  for (let s = 0; s < layout.scenarios; s++)
    for (let v = 0; v < layout.variants; v++)
      precision.push({
        quantity: { kind: "mean" as const, column: metricColumn(layout, s, v, 0, metric) },
        criterion: "relativeSe" as const,
        threshold: p.relativeSe,
      });
  const maxBlocks = Math.max(1, Math.ceil(p.maxTrials / blockSize));
  const minBlocks = Math.min(maxBlocks, Math.max(2, Math.ceil(MIN_PRECISION_TRIALS / blockSize)));
  return { precision, minBlocks, maxBlocks };
}

/** Trials a precision run will likely need, from the variance so far (for the progress ETA). */
export function expectedTrials(aggregator: RunAggregator, target: StopTarget, blockSize: number): number {
  if (aggregator.trials < 2) return (target.maxBlocks ?? target.minBlocks) * blockSize;
  return Math.max(aggregator.trials, trialsNeeded(aggregator.state, target, blockSize));
}

export function precisionReached(aggregator: RunAggregator, target: StopTarget): boolean {
  return shouldStop(aggregator.state, target);
}
