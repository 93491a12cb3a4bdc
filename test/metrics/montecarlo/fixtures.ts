/** Synthetic block results for accumulator and stop-rule tests: value of (trial, column) is keyed. */
import type { BlockResult } from "../../../sim/engine/blockResult.js";
import type { Block } from "../../../sim/engine/blocks.js";
import { drawStandardNormal } from "../../../sim/random/distributions/normal.js";
import { keyedStream } from "../../../sim/random/stream.js";

export const COLUMNS = 3;

/**
 * Column 0: cost of variant A ~ 1000 + 100·Z; column 1: variant B = A + 20 + 10·Z' (CRN-paired);
 * column 2: an independent share-like metric. Each trial's values depend only on the trial.
 */
export function trialValues(trial: number): [number, number, number] {
  const s = keyedStream("acc-test", trial, "metric", 0);
  const a = 1000 + 100 * drawStandardNormal(s);
  const b = a + 20 + 10 * drawStandardNormal(s);
  return [a, b, s.next()];
}

export function blockResult(block: Block): BlockResult {
  const n = block.end - block.start;
  const values = new Float64Array(COLUMNS * n);
  for (let i = 0; i < n; i++) {
    const v = trialValues(block.start + i);
    for (let c = 0; c < COLUMNS; c++) values[c * n + i] = v[c]!;
  }
  return { block, columns: COLUMNS, values };
}

export function column(trials: number, c: number): Float64Array {
  return Float64Array.from({ length: trials }, (_, t) => trialValues(t)[c]!);
}
