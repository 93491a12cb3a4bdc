/**
 * Feeds a block into the Monte Carlo accumulator (sim/metrics/montecarlo) skipping missing
 * values: a per-trial metric is NaN where it is undefined (no survey answered, no booking to
 * time, no honest pay to compare with), and the accumulator's moments only take finite values.
 * Same updates, in the same trial order, as pushBlock — just without the missing ones, which are
 * counted per column (and per pair: a pair is skipped when either side is missing).
 */

import { type AccumulatorState, countAbove, pushPaired, pushValue } from "../../metrics/montecarlo/index.js";
import { type BlockResult, columnOf } from "../blockResult.js";

export interface MissingCounts {
  readonly columns: number[];
  readonly pairs: number[];
}

export function emptyMissing(state: AccumulatorState): MissingCounts {
  return {
    columns: Array.from({ length: state.layout.columns }, () => 0),
    pairs: state.layout.pairs.map(() => 0),
  };
}

export function pushBlockSkippingMissing(
  state: AccumulatorState,
  missing: MissingCounts,
  result: BlockResult,
): void {
  const { layout } = state;
  if (result.columns !== layout.columns)
    throw new RangeError(
      `block ${result.block.index} has ${result.columns} columns, expected ${layout.columns}`,
    );
  if (state.firstBlock !== null && result.block.index !== state.nextBlock)
    throw new RangeError(
      `block ${result.block.index} reduced out of order; expected block ${state.nextBlock}`,
    );
  for (let c = 0; c < layout.columns; c++) {
    const xs = columnOf(result, c);
    const moments = state.moments[c]!;
    for (let i = 0; i < xs.length; i++) {
      if (Number.isFinite(xs[i]!)) pushValue(moments, xs[i]!);
      else missing.columns[c]!++;
    }
  }
  layout.pairs.forEach((pair, p) => {
    const base = columnOf(result, pair.base);
    const variant = columnOf(result, pair.variant);
    for (let i = 0; i < base.length; i++) {
      if (Number.isFinite(base[i]!) && Number.isFinite(variant[i]!))
        pushPaired(state.pairs[p]!, base[i]!, variant[i]!);
      else missing.pairs[p]!++;
    }
  });
  layout.exceedances.forEach((spec, e) => {
    state.exceedanceHits[e]! += countAbove(columnOf(result, spec.column), spec.threshold);
  });
  layout.tailColumns.forEach((column, t) => {
    const xs = columnOf(result, column);
    for (let i = 0; i < xs.length; i++) if (Number.isFinite(xs[i]!)) state.tails[t]!.push(xs[i]!);
  });
  if (state.firstBlock === null) state.firstBlock = result.block.index;
  state.nextBlock = result.block.index + 1;
  state.blocks++;
  state.trials += result.block.end - result.block.start;
}
