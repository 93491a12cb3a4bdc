/**
 * Shard files (`--shard i/n`): the raw block results of one shard, so that `planbench merge`
 * can reduce all shards in block order exactly as an unsharded run would (identical outputs).
 * Format, version 1:
 *   line 1   `PLANBENCH-SHARD 1`
 *   line 2   the header as JSON (run hash, shard, blocks, columns, the normalized experiment …)
 *   then     each block's float64 values (little-endian, column-major), in block order,
 *            then each rep-detail block's values.
 */
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { ExperimentParams } from "../../language/experiment/experimentParams.js";
import type { BlockResult } from "../blockResult.js";
import type { Block } from "../blocks.js";
import type { Reproducibility } from "./summary.js";

const MAGIC = "PLANBENCH-SHARD 1";

export interface ShardHeader {
  readonly runHash: string;
  readonly shard: { readonly index: number; readonly count: number };
  /** Blocks of the whole run (every shard), and this shard's. */
  readonly totalBlocks: number;
  readonly blocks: readonly Block[];
  readonly columns: number;
  readonly repBlocks: readonly Block[];
  readonly repColumns: number;
  readonly experiment: ExperimentParams;
  readonly byLever: boolean;
  readonly reproducibility: Reproducibility;
}

function bytesOf(values: Float64Array): Uint8Array {
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}

/**
 * Writes a shard file from block results given in block order, one block in memory at a time,
 * to a temporary file renamed into place at the end (atomic).
 */
export function writeShardFile(
  path: string,
  header: ShardHeader,
  blocks: Iterable<BlockResult>,
  repBlocks: readonly BlockResult[],
): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(tmp, "w");
  try {
    writeSync(fd, `${MAGIC}\n${JSON.stringify(header)}\n`);
    for (const b of blocks) writeSync(fd, bytesOf(b.values));
    for (const b of repBlocks) writeSync(fd, bytesOf(b.values));
    closeSync(fd);
    renameSync(tmp, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(tmp, { force: true });
    throw error;
  }
}

export interface OpenShard {
  readonly path: string;
  readonly header: ShardHeader;
  /** Byte offset of the first block. */
  readonly dataOffset: number;
}

export function openShard(path: string): OpenShard {
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(1 << 20);
    let length = readSync(fd, head, 0, head.length, 0);
    let text = head.subarray(0, length).toString("latin1");
    let second = text.indexOf("\n", MAGIC.length + 1);
    let size = head.length;
    while (second < 0 && length === size) {
      size *= 4;
      const bigger = Buffer.alloc(size);
      length = readSync(fd, bigger, 0, size, 0);
      text = bigger.subarray(0, length).toString("latin1");
      second = text.indexOf("\n", MAGIC.length + 1);
    }
    if (!text.startsWith(`${MAGIC}\n`) || second < 0)
      throw new Error(`${path} is not a planbench shard file`);
    const headerBytes = Buffer.from(text.slice(MAGIC.length + 1, second), "latin1");
    const header = JSON.parse(headerBytes.toString("utf8")) as ShardHeader;
    return { path, header, dataOffset: second + 1 };
  } finally {
    closeSync(fd);
  }
}

function readValues(fd: number, offset: number, count: number): Float64Array {
  const values = new Float64Array(count);
  const bytes = new Uint8Array(values.buffer);
  let done = 0;
  while (done < bytes.length) {
    const n = readSync(fd, bytes, done, bytes.length - done, offset + done);
    if (n === 0) throw new Error("shard file is truncated");
    done += n;
  }
  return values;
}

/** The shard's metric blocks, one at a time (memory: one block). */
export function* shardBlocks(shard: OpenShard): Generator<BlockResult> {
  const fd = openSync(shard.path, "r");
  try {
    let offset = shard.dataOffset;
    for (const block of shard.header.blocks) {
      const count = shard.header.columns * (block.end - block.start);
      yield { block, columns: shard.header.columns, values: readValues(fd, offset, count) };
      offset += count * 8;
    }
  } finally {
    closeSync(fd);
  }
}

export function shardRepBlocks(shard: OpenShard): BlockResult[] {
  const fd = openSync(shard.path, "r");
  try {
    let offset = shard.dataOffset;
    for (const block of shard.header.blocks) offset += shard.header.columns * (block.end - block.start) * 8;
    return shard.header.repBlocks.map((block) => {
      const count = shard.header.repColumns * (block.end - block.start);
      const values = readValues(fd, offset, count);
      offset += count * 8;
      return { block, columns: shard.header.repColumns, values };
    });
  } finally {
    closeSync(fd);
  }
}
