/**
 * One checkpointed block on disk, self-describing and checksummed:
 *   line 1   `PLANBENCH-BLOCK 1`
 *   line 2   JSON: run hash, block index, trial range, columns, payload bytes, SHA-256
 *   then     the block's float64 values (little-endian, column-major)
 * The checksum covers the identifying fields and the values, so a flipped byte anywhere is
 * reported as damage, and a block written by another run is told apart from a damaged one.
 */
import { InputError, problem } from "../errors.js";
import { sha256 } from "../io/checksum.js";
import type { BlockResult } from "./blockResult.js";
import type { Block } from "./blocks.js";

const MAGIC = "PLANBENCH-BLOCK 1\n";

interface BlockIdentity {
  readonly runHash: string;
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly columns: number;
}

interface BlockHeader extends BlockIdentity {
  readonly sha256: string;
}

function bytesOf(values: Float64Array): Uint8Array {
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}

function checksum(identity: BlockIdentity, payload: Uint8Array): string {
  const { runHash, index, start, end, columns } = identity;
  return sha256(JSON.stringify([runHash, index, start, end, columns]), payload);
}

export function encodeBlock(runHash: string, result: BlockResult): Buffer {
  const { index, start, end } = result.block;
  const identity = { runHash, index, start, end, columns: result.columns };
  const payload = bytesOf(result.values);
  const header: BlockHeader = { ...identity, sha256: checksum(identity, payload) };
  return Buffer.concat([Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`), payload]);
}

export interface BlockFileProblem {
  readonly kind: "damaged" | "foreign";
  readonly detail: string;
}

/**
 * The block's values, or what is wrong with the file: `damaged` (truncated, not a block file,
 * checksum mismatch, another block's file) or `foreign` (intact, but of another run).
 */
export function decodeBlock(
  bytes: Buffer,
  runHash: string,
  block: Block,
  columns: number,
): BlockResult | BlockFileProblem {
  if (!bytes.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC)))
    return { kind: "damaged", detail: "not a planbench checkpoint block" };
  const end = bytes.indexOf(0x0a, MAGIC.length);
  if (end < 0) return { kind: "damaged", detail: "its header is cut off" };
  let header: BlockHeader;
  try {
    header = JSON.parse(bytes.subarray(MAGIC.length, end).toString("utf8")) as BlockHeader;
  } catch {
    return { kind: "damaged", detail: "its header is not readable" };
  }
  const payload = bytes.subarray(end + 1);
  if (typeof header.sha256 !== "string" || checksum(header, payload) !== header.sha256)
    return { kind: "damaged", detail: "checksum mismatch" };
  if (header.runHash !== runHash)
    return {
      kind: "foreign",
      detail: `it was written by another run (run ${String(header.runHash).slice(0, 12)}…, this run ${runHash.slice(0, 12)}…)`,
    };
  const expected = columns * (block.end - block.start) * 8;
  if (
    header.index !== block.index ||
    header.start !== block.start ||
    header.end !== block.end ||
    header.columns !== columns ||
    payload.byteLength !== expected
  )
    return { kind: "damaged", detail: `it does not hold block ${block.index} of this run` };
  const values = new Float64Array(expected / 8);
  new Uint8Array(values.buffer).set(payload);
  return { block, columns, values };
}

export function isBlockProblem(x: BlockResult | BlockFileProblem): x is BlockFileProblem {
  return "kind" in x;
}

export function blockFileError(file: string, found: BlockFileProblem): InputError {
  const hint =
    found.kind === "foreign"
      ? "two runs wrote into this folder; rerun with --force to discard the checkpoint and start over"
      : "delete the file to compute the block again, or rerun with --force to start over";
  return new InputError([
    problem(file, `checkpoint block refused: ${found.kind === "foreign" ? "" : "damaged, "}${found.detail}`, {
      hint,
    }),
  ]);
}
