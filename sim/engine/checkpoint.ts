/**
 * Checkpoints: each finished block is written to disk (atomically, checksummed: blockFile.ts)
 * under a manifest naming the run it belongs to. An interrupted run resumes by reading the
 * blocks it already has; since blocks are deterministic, the resumed result equals an
 * uninterrupted one byte for byte. The finished blocks of an interrupted run are never thrown
 * away silently: a run with the same inputs continues them, a run with other inputs is refused
 * unless it is forced. A damaged or foreign block file is refused, never used.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { InputError, problem } from "../errors.js";
import { writeFileAtomic } from "../io/atomicWrite.js";
import { onFile } from "../io/fsErrors.js";
import { displayPath } from "../io/shellQuote.js";
import { blockFileError, decodeBlock, encodeBlock, isBlockProblem } from "./blockFile.js";
import type { BlockResult } from "./blockResult.js";
import type { Block } from "./blocks.js";

export const CHECKPOINT_FORMAT = 2;

export interface CheckpointManifest {
  /** Hash of the canonical task (experiment, seed, block size …): a checkpoint only resumes its own run. */
  readonly runHash: string;
  readonly columns: number;
  readonly blockSize: number;
  /** The run's command, for the message that refuses to discard its blocks. */
  readonly command?: string;
}

export interface OpenOptions {
  /** --resume: the user expects to continue; a checkpoint of another run is an error. */
  readonly resume: boolean;
  /** --force: discard a checkpoint of another run (or a damaged one) and start over. */
  readonly force?: boolean;
}

const MANIFEST = "manifest.json";

function blockFile(dir: string, index: number): string {
  return join(dir, `block-${String(index).padStart(6, "0")}.pbblock`);
}

const isBlockName = (name: string) => name.startsWith("block-");

function blockNames(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter(isBlockName) : [];
}

function readManifest(path: string): (CheckpointManifest & { format?: number }) | null {
  try {
    const json = JSON.parse(readFileSync(path, "utf8"));
    return typeof json?.runHash === "string" ? json : null;
  } catch {
    return null;
  }
}

function sameRun(a: CheckpointManifest & { format?: number }, b: CheckpointManifest): boolean {
  return (
    a.format === CHECKPOINT_FORMAT &&
    a.runHash === b.runHash &&
    a.columns === b.columns &&
    a.blockSize === b.blockSize
  );
}

/** Why an existing checkpoint cannot be continued by this run, or null when it can. */
function conflict(dir: string, manifest: CheckpointManifest): string | null {
  const path = join(dir, MANIFEST);
  const blocks = blockNames(dir).length;
  if (!existsSync(path)) return blocks > 0 ? `holds ${blocks} block file(s) but no manifest` : null;
  const existing = readManifest(path);
  if (existing === null) return `${MANIFEST} is damaged`;
  if (sameRun(existing, manifest)) return null;
  if (existing.format !== CHECKPOINT_FORMAT) return "was written by an older planbench";
  const what = `holds ${blocks} finished block(s) of a different run (inputs, seed or settings changed)`;
  return existing.command ? `${what}: ${existing.command}` : what;
}

export class Checkpoint {
  private constructor(
    readonly dir: string,
    readonly manifest: CheckpointManifest,
    /** Blocks already on disk when the checkpoint was opened. */
    readonly savedBlocks: number,
  ) {}

  /**
   * Opens (or starts) the checkpoint of a run. An existing checkpoint of the same run is
   * continued; one of another run is refused, unless `force` discards it.
   */
  static open(dir: string, manifest: CheckpointManifest, options: OpenOptions): Checkpoint {
    const why = conflict(dir, manifest);
    if (why !== null && !options.force) {
      const hint = options.resume
        ? "resume it with its own command, or run without --resume and with --force to discard it"
        : "resume it with its own command, choose another --out, or add --force to discard it";
      throw new InputError([problem(displayPath(dir), `the checkpoint ${why}`, { hint })]);
    }
    if (why !== null) for (const name of blockNames(dir)) rmSync(join(dir, name), { force: true });
    onFile(dir, "create the folder", () => mkdirSync(dir, { recursive: true }));
    const record = { format: CHECKPOINT_FORMAT, ...manifest };
    writeFileAtomic(join(dir, MANIFEST), `${JSON.stringify(record, null, 2)}\n`);
    return new Checkpoint(dir, manifest, blockNames(dir).length);
  }

  /** A finished block, or null when it was not checkpointed; a damaged or foreign file throws. */
  load(block: Block): BlockResult | null {
    const path = blockFile(this.dir, block.index);
    if (!existsSync(path)) return null;
    const bytes = onFile(path, "read", () => readFileSync(path));
    const found = decodeBlock(bytes, this.manifest.runHash, block, this.manifest.columns);
    if (isBlockProblem(found)) throw blockFileError(displayPath(path), found);
    return found;
  }

  save(result: BlockResult): void {
    writeFileAtomic(blockFile(this.dir, result.block.index), encodeBlock(this.manifest.runHash, result));
  }

  /** Removes the checkpoint (its run's outputs are written). */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
