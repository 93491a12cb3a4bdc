/**
 * Trials are cut into fixed-size blocks. The block size never depends on the number of workers,
 * so a trial always lands in the same block, and results can be placed and reduced by block
 * index — the basis of bit-identical output for any worker count (DESIGN §7). Results do not
 * depend on the block size either (the reducer takes every trial in trial order), except where a
 * precision run checks its stop rule: after every PRECISION_BLOCK_SIZE trials, always.
 */
export interface Block {
  readonly index: number;
  /** First trial (inclusive). */
  readonly start: number;
  /** One past the last trial. */
  readonly end: number;
}

export const DEFAULT_BLOCK_SIZE = 50;

/** Blocks of a precision run: its stop rule is checked after each, so their size is fixed. */
export const PRECISION_BLOCK_SIZE = DEFAULT_BLOCK_SIZE;

/** A fixed-trial run is cut into about this many blocks (up to DEFAULT_BLOCK_SIZE trials each). */
const TARGET_BLOCKS = 64;

/**
 * The block size of a run: a precision run's PRECISION_BLOCK_SIZE; a fixed-trial run's trials /
 * 64 (at least 1, at most DEFAULT_BLOCK_SIZE), so a small run still spreads over every worker
 * and the last blocks leave little idle time, while a large one pays the per-block setup rarely.
 */
export function chooseBlockSize(trials: number, precision: boolean): number {
  if (precision) return PRECISION_BLOCK_SIZE;
  return Math.min(DEFAULT_BLOCK_SIZE, Math.max(1, Math.ceil(trials / TARGET_BLOCKS)));
}

export function planBlocks(trials: number, blockSize = DEFAULT_BLOCK_SIZE, firstTrial = 0): Block[] {
  if (!Number.isInteger(trials) || trials < 0)
    throw new RangeError(`trials must be a whole number ≥ 0, got ${trials}`);
  if (!Number.isInteger(blockSize) || blockSize < 1)
    throw new RangeError(`block size must be ≥ 1, got ${blockSize}`);
  const blocks: Block[] = [];
  for (let start = 0, index = 0; start < trials; start += blockSize, index++) {
    blocks.push({ index, start: firstTrial + start, end: firstTrial + Math.min(trials, start + blockSize) });
  }
  return blocks;
}

/**
 * The blocks of shard `shard` of `shards` (0-based): a contiguous range of block indices, so the
 * shards' outputs concatenate in block order into the unsharded result.
 */
export function shardBlocks(blocks: readonly Block[], shard: number, shards: number): Block[] {
  if (!Number.isInteger(shards) || shards < 1 || !Number.isInteger(shard) || shard < 0 || shard >= shards) {
    throw new RangeError(`shard must be i/n with 0 ≤ i < n, got ${shard}/${shards}`);
  }
  const from = Math.floor((blocks.length * shard) / shards);
  const to = Math.floor((blocks.length * (shard + 1)) / shards);
  return blocks.slice(from, to);
}
