/**
 * Checkpoints: each finished block is written to disk as raw float64 (native byte order: little-endian on every platform Node supports here) (atomically),
 * under a manifest naming the run it belongs to. An interrupted run resumes by reading the
 * blocks it already has; since blocks are deterministic, the resumed result equals an
 * uninterrupted one byte for byte.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../io/atomicWrite.js";
import type { BlockResult } from "./blockResult.js";
import type { Block } from "./blocks.js";

export interface CheckpointManifest {
  /** Hash of the canonical task (experiment, seed, block size …): a checkpoint only resumes its own run. */
  readonly runHash: string;
  readonly columns: number;
  readonly blockSize: number;
}

const MANIFEST = "manifest.json";

function blockFile(dir: string, index: number): string {
  return join(dir, `block-${String(index).padStart(6, "0")}.f64`);
}

export class Checkpoint {
  private constructor(
    readonly dir: string,
    readonly manifest: CheckpointManifest,
  ) {}

  /** Open (or start) a checkpoint; refuses a directory that belongs to a different run. */
  static open(dir: string, manifest: CheckpointManifest, resume: boolean): Checkpoint {
    const path = join(dir, MANIFEST);
    if (existsSync(path)) {
      const existing = JSON.parse(readFileSync(path, "utf8")) as CheckpointManifest;
      const same =
        existing.runHash === manifest.runHash &&
        existing.columns === manifest.columns &&
        existing.blockSize === manifest.blockSize;
      if (resume && !same) {
        throw new Error(
          `${dir} holds a checkpoint of a different run (inputs, seed or settings changed); remove it or drop --resume`,
        );
      }
      if (!resume) {
        for (const name of readdirSync(dir))
          if (name.startsWith("block-")) rmSync(join(dir, name), { force: true });
      }
    }
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(path, `${JSON.stringify(manifest, null, 2)}\n`);
    return new Checkpoint(dir, manifest);
  }

  /** A finished block, or null when it was not checkpointed (or the file is empty or truncated). */
  load(block: Block): BlockResult | null {
    const path = blockFile(this.dir, block.index);
    if (!existsSync(path)) return null;
    const bytes = readFileSync(path);
    const expected = this.manifest.columns * (block.end - block.start) * 8;
    if (bytes.byteLength !== expected) return null;
    const values = new Float64Array(expected / 8);
    new Uint8Array(values.buffer).set(bytes);
    return { block, columns: this.manifest.columns, values };
  }

  save(result: BlockResult): void {
    const v = result.values;
    writeFileAtomic(
      blockFile(this.dir, result.block.index),
      new Uint8Array(v.buffer, v.byteOffset, v.byteLength),
    );
  }
}
