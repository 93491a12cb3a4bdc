/**
 * What a worker returns for a block: one Float64Array holding `columns` metric columns of
 * `trials` values each, column-major (value of column c for the block's i-th trial at
 * c × trials + i). One buffer, so it is transferred to the main thread, not copied.
 */
import type { Block } from "./blocks.js";

export interface BlockResult {
  readonly block: Block;
  readonly columns: number;
  readonly values: Float64Array;
}

export function checkBlockResult(block: Block, columns: number, values: unknown): Float64Array {
  if (!(values instanceof Float64Array))
    throw new TypeError(`block ${block.index}: worker returned no Float64Array`);
  const expected = columns * (block.end - block.start);
  if (values.length !== expected) {
    throw new RangeError(
      `block ${block.index}: worker returned ${values.length} values, expected ${expected}`,
    );
  }
  return values;
}
