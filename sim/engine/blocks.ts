/**
 * Trials are cut into fixed-size blocks. The block size never depends on the number of workers,
 * so a trial always lands in the same block, and results can be placed and reduced by block
 * index — the basis of bit-identical output for any worker count (DESIGN §7).
 */
export interface Block {
  readonly index: number;
  /** First trial (inclusive). */
  readonly start: number;
  /** One past the last trial. */
  readonly end: number;
}

export const DEFAULT_BLOCK_SIZE = 50;

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
