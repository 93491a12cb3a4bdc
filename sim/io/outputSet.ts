/**
 * Output sets: the files one command writes into an output folder (summary.json, trials.arrow,
 * reps.arrow, report.md, the report …) are replaced together, so no reader ever takes a new
 * trials.arrow beside an old summary.json. Each file is written into a staging folder inside the
 * output folder; the commit then
 *   1. writes the manifest `.planbench-outputs.json` with state "writing" and the new file list,
 *   2. renames every staged file into place and removes the previous set's other files,
 *   3. rewrites the manifest with state "complete", each file's size and SHA-256.
 * A failure before 1 (the disk filling up while staging, a crash) leaves the previous set
 * untouched; a crash within 1–3 leaves a "writing" manifest that readers refuse. Readers check
 * every listed file against its size and checksum (`verifyOutputSet`).
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { InputError, problem } from "../errors.js";
import { writeFileAtomic } from "./atomicWrite.js";
import { sha256File } from "./checksum.js";
import { onFile } from "./fsErrors.js";
import { ensureOutputFolder } from "./outputFolder.js";
import { displayPath } from "./shellQuote.js";

export const SET_MANIFEST = ".planbench-outputs.json";

/**
 * What `planbench report` derives from a run or backtest folder: removed when a folder written
 * before output sets existed gets a new set, so no old report sits beside new numbers.
 */
export const REPORT_FILES: readonly string[] = [
  "report.html",
  "charts",
  "summary.csv",
  "variants.csv",
  "baselines.csv",
  "plans.csv",
];

export interface SetFile {
  readonly bytes: number;
  readonly sha256: string;
}

export interface SetManifest {
  readonly format: 1;
  readonly state: "writing" | "complete";
  /** What wrote the set: run, backtest, import, pilot … */
  readonly kind: string;
  /** Files by path relative to the output folder ("/"-separated). */
  readonly files: Readonly<Record<string, SetFile>>;
}

let counter = 0;
/** Staging folders of this process, removed if it exits before committing or discarding them. */
const active = new Set<string>();
let exitHook = false;

function removeAtExit(dir: string): void {
  active.add(dir);
  if (exitHook) return;
  exitHook = true;
  process.once("exit", () => {
    for (const d of active) rmSync(d, { recursive: true, force: true });
  });
}

function listFiles(dir: string, prefix = ""): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.endsWith(".tmp")) continue;
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) names.push(...listFiles(join(dir, entry.name), name));
    else names.push(name);
  }
  return names;
}

/** The manifest of `out`, or null when it has none (a folder written before output sets existed). */
export function readSetManifest(out: string): SetManifest | null {
  const path = join(out, SET_MANIFEST);
  if (!existsSync(path)) return null;
  const manifest = parseManifest(path);
  if (manifest) return manifest;
  throw new InputError([
    problem(displayPath(path), "the output set's manifest is damaged", {
      hint: "run the command that wrote the folder again",
    }),
  ]);
}

function parseManifest(path: string): SetManifest | null {
  try {
    const json = JSON.parse(readFileSync(path, "utf8")) as SetManifest;
    if (json.format === 1 && typeof json.files === "object" && json.files !== null) return json;
  } catch {
    // unreadable or not JSON
  }
  return null;
}

function writeManifest(out: string, manifest: SetManifest): void {
  writeFileAtomic(join(out, SET_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

export interface CommitOptions {
  /** What wrote the set (kept in the manifest). */
  readonly kind: string;
  /**
   * `replace`: the staged files are the whole new set (the previous set's other files go);
   * `update`: they join the previous set, replacing files of the same name (a report added to
   * a run's outputs).
   */
  readonly mode: "replace" | "update";
  /** Commit only these staged files (relative names); default every staged file. */
  readonly only?: readonly string[];
  /** In a folder without a manifest: names of earlier planbench outputs to remove on replace. */
  readonly legacy?: readonly string[];
}

export class OutputStage {
  private done = false;

  private constructor(
    readonly out: string,
    readonly dir: string,
  ) {}

  /** Starts staging a set for `out` (created if needed). */
  static begin(out: string): OutputStage {
    ensureOutputFolder(out);
    counter += 1;
    const dir = join(out, `.staging-${process.pid}-${counter}`);
    onFile(dir, "create the folder", () => mkdirSync(dir, { recursive: true }));
    removeAtExit(dir);
    return new OutputStage(out, dir);
  }

  /** Where to write staged file `name` (its folder is created). */
  path(name: string): string {
    const path = join(this.dir, name);
    onFile(dirname(path), "create the folder", () => mkdirSync(dirname(path), { recursive: true }));
    return path;
  }

  write(name: string, data: string | Uint8Array): string {
    const path = this.path(name);
    onFile(join(this.out, name), "write", () => writeFileSync(path, data), true);
    return path;
  }

  /** Stages `name` as it is in the output folder (a hard link; a copy where links fail). */
  linkExisting(name: string): void {
    const from = join(this.out, name);
    const to = this.path(name);
    try {
      linkSync(from, to);
    } catch {
      onFile(from, "copy", () => copyFileSync(from, to));
    }
  }

  /** Moves the staged files into the output folder as one set; returns their final paths. */
  commit(options: CommitOptions): string[] {
    const names = options.only ? [...options.only] : listFiles(this.dir);
    const staged: Record<string, SetFile> = {};
    for (const name of names) {
      const path = join(this.dir, name);
      const bytes = onFile(path, "read", () => statSync(path).size);
      staged[name] = { bytes, sha256: onFile(path, "read", () => sha256File(path, bytes)) };
    }
    // a damaged manifest is replaced: the new set is written whole either way
    const manifestPath = join(this.out, SET_MANIFEST);
    const previous = existsSync(manifestPath) ? parseManifest(manifestPath) : null;
    const files = options.mode === "update" && previous ? { ...previous.files, ...staged } : { ...staged };
    writeManifest(this.out, { format: 1, state: "writing", kind: options.kind, files });
    for (const name of names) {
      const to = join(this.out, name);
      onFile(dirname(to), "create the folder", () => mkdirSync(dirname(to), { recursive: true }));
      onFile(join(this.dir, name), "move into place", () => renameSync(join(this.dir, name), to));
    }
    if (options.mode === "replace") {
      const old = previous ? Object.keys(previous.files) : (options.legacy ?? []);
      for (const name of old)
        if (!(name in files)) rmSync(join(this.out, name), { recursive: true, force: true });
    }
    writeManifest(this.out, { format: 1, state: "complete", kind: options.kind, files });
    this.discard();
    return names.map((n) => join(this.out, n));
  }

  /** Drops everything staged (an interrupted or failed command). */
  discard(): void {
    if (this.done) return;
    this.done = true;
    rmSync(this.dir, { recursive: true, force: true });
    active.delete(this.dir);
  }
}

/**
 * Refuses an output folder whose set is incomplete (a writer died while committing it) or whose
 * files changed since they were written. A folder without a manifest is accepted as it is.
 */
export function verifyOutputSet(out: string): SetManifest | null {
  const manifest = readSetManifest(out);
  if (manifest === null) return null;
  const shown = displayPath(out);
  if (manifest.state !== "complete")
    throw new InputError([
      problem(shown, "the outputs in this folder are incomplete: the planbench writing them was stopped", {
        hint: "run that command again",
      }),
    ]);
  for (const [name, expected] of Object.entries(manifest.files)) {
    const path = join(out, name);
    const size = existsSync(path) ? statSync(path).size : -1;
    const same = size === expected.bytes && sha256File(path, size) === expected.sha256;
    if (!same)
      throw new InputError([
        problem(
          displayPath(path),
          size < 0 ? "is missing from its output set" : "changed or was damaged after it was written",
          {
            hint: `the files of ${shown} do not belong together; run the command that wrote them again`,
          },
        ),
      ]);
  }
  return manifest;
}

/** `name` relative to the output folder, as the manifest lists it. */
export function setName(out: string, path: string): string {
  return relative(out, path).split("\\").join("/");
}
