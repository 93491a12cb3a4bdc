/**
 * Shard files (`--shard i/n`): the raw block results of one shard, so that `planbench merge`
 * can reduce all shards in block order exactly as an unsharded run would (identical outputs).
 * Format, version 2:
 *   line 1   `PLANBENCH-SHARD 2`
 *   line 2   the header as JSON (run hash, shard, blocks, columns, payload bytes, the normalized
 *            experiment …)
 *   then     each block's float64 values (little-endian, column-major), in block order,
 *            then each rep-detail block's values
 *   last     `PLANBENCH-SHA256 <hex>\n`: the SHA-256 of everything before it.
 * A shard whose checksum, size or header does not hold is refused (never merged into numbers).
 */
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputError, problem } from "../../errors.js";
import { hashFileRange } from "../../io/checksum.js";
import { asEnvironmentError } from "../../io/fsErrors.js";
import { displayPath } from "../../io/shellQuote.js";
import type { ExperimentParams } from "../../language/experiment/experimentParams.js";
import type { BlockResult } from "../blockResult.js";
import type { Block } from "../blocks.js";
import type { Reproducibility } from "./summary.js";

const MAGIC = "PLANBENCH-SHARD 2";
const OLD_MAGIC = "PLANBENCH-SHARD 1";
const TRAILER_TAG = "PLANBENCH-SHA256 ";
const TRAILER_BYTES = TRAILER_TAG.length + 64 + 1;

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

const trialsIn = (blocks: readonly Block[]) => blocks.reduce((n, b) => n + b.end - b.start, 0);

function payloadBytes(header: ShardHeader): number {
  return (trialsIn(header.blocks) * header.columns + trialsIn(header.repBlocks) * header.repColumns) * 8;
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
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const hash = createHash("sha256");
  let fd: number | null = null;
  const put = (bytes: Uint8Array) => {
    hash.update(bytes);
    for (let done = 0; done < bytes.length; ) done += writeSync(fd!, bytes, done, bytes.length - done);
  };
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(tmp, "w");
    put(Buffer.from(`${MAGIC}\n${JSON.stringify({ ...header, payloadBytes: payloadBytes(header) })}\n`));
    for (const b of blocks) put(bytesOf(b.values));
    for (const b of repBlocks) put(bytesOf(b.values));
    const trailer = Buffer.from(`${TRAILER_TAG}${hash.digest("hex")}\n`);
    for (let done = 0; done < trailer.length; ) done += writeSync(fd, trailer, done);
    closeSync(fd);
    fd = null;
    renameSync(tmp, path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    throw asEnvironmentError(error, path, "write");
  }
}

export interface OpenShard {
  readonly path: string;
  readonly header: ShardHeader;
  /** Byte offset of the first block. */
  readonly dataOffset: number;
}

function refused(path: string, message: string, hint = "run that shard again"): InputError {
  return new InputError([problem(displayPath(path), `shard file refused: ${message}`, { hint })]);
}

function readAt(fd: number, offset: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, offset + done);
    if (n === 0) break;
    done += n;
  }
  return buffer.subarray(0, done);
}

/** The header line's end (the second newline), reading more of the file as needed. */
function headerEnd(fd: number, size: number): { text: Buffer; end: number } {
  for (let length = 1 << 16; ; length *= 4) {
    const text = readAt(fd, 0, Math.min(length, size));
    const end = text.indexOf(0x0a, MAGIC.length + 1);
    if (end >= 0 || text.length >= size) return { text, end };
  }
}

function looksLikeHeader(
  h: Partial<ShardHeader> & { payloadBytes?: unknown },
): h is ShardHeader & { payloadBytes: number } {
  return (
    typeof h.runHash === "string" &&
    Array.isArray(h.blocks) &&
    Array.isArray(h.repBlocks) &&
    typeof h.columns === "number" &&
    typeof h.repColumns === "number" &&
    typeof h.totalBlocks === "number" &&
    typeof h.shard?.index === "number" &&
    typeof h.shard?.count === "number" &&
    typeof h.experiment === "object" &&
    typeof h.payloadBytes === "number"
  );
}

/** Opens a shard file and checks it whole (magic, header, size, checksum) before any use. */
export function openShard(path: string): OpenShard {
  let fd: number;
  let size: number;
  try {
    fd = openSync(path, "r");
    size = statSync(path).size;
  } catch (error) {
    throw asEnvironmentError(error, path, "read");
  }
  try {
    const { text, end } = headerEnd(fd, size);
    if (text.subarray(0, OLD_MAGIC.length + 1).toString("latin1") === `${OLD_MAGIC}\n`)
      throw refused(path, "written by an older planbench, without a checksum");
    if (text.subarray(0, MAGIC.length + 1).toString("latin1") !== `${MAGIC}\n`)
      throw refused(
        path,
        "not a planbench shard file",
        "give the .pbshard files written by planbench run --shard",
      );
    if (end < 0) throw refused(path, "damaged: its header is cut off");
    let header: unknown;
    try {
      header = JSON.parse(text.subarray(MAGIC.length + 1, end).toString("utf8"));
    } catch {
      header = null;
    }
    if (header === null || typeof header !== "object" || !looksLikeHeader(header))
      throw refused(path, "damaged: its header is not readable");
    const expected = end + 1 + payloadBytes(header) + TRAILER_BYTES;
    if (size !== expected || header.payloadBytes !== payloadBytes(header))
      throw refused(path, `damaged: ${size} bytes, expected ${expected} (truncated or padded)`);
    const trailer = readAt(fd, size - TRAILER_BYTES, TRAILER_BYTES).toString("latin1");
    const hash = createHash("sha256");
    hashFileRange(hash, path, 0, size - TRAILER_BYTES);
    if (trailer !== `${TRAILER_TAG}${hash.digest("hex")}\n`)
      throw refused(path, "damaged: checksum mismatch");
    return { path, header, dataOffset: end + 1 };
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
    let offset = shard.dataOffset + trialsIn(shard.header.blocks) * shard.header.columns * 8;
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
