/**
 * A block of consecutive trials as columns: one Float64Array holding `columns` metric columns of
 * (end − start) values each, column-major (value of column c for the block's i-th trial at
 * c × (end − start) + i). What workers return (sim/engine/blockResult.ts) and the reducer reads.
 */
export interface TrialColumns {
  readonly block: { readonly index: number; readonly start: number; readonly end: number };
  readonly columns: number;
  readonly values: Float64Array;
}

export function columnOf(result: TrialColumns, column: number): Float64Array {
  const n = result.block.end - result.block.start;
  return result.values.subarray(column * n, (column + 1) * n);
}
