/**
 * One writer per output folder. `run`, `merge`, `backtest`, `report` (and `import`, `pilot`)
 * hold `<out>/.planbench.lock` while they write there; a second planbench writing into the same
 * folder is refused with the holder's pid, host, start time and command, instead of the two
 * silently mixing their outputs. A lock whose process is gone (killed, crashed, the machine
 * rebooted) is stale and taken over. The start time is wall-clock I/O, never simulation input.
 *
 * The lock file appears complete or not at all: it is written to a temporary file and hard-linked
 * into place, and a hard link fails if the name exists (atomic on local file systems and NFS).
 */

import { linkSync, readFileSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, join, resolve } from "node:path";
import { escapeInline } from "../core/safeText.js";
import { asEnvironmentError, EnvironmentError, isErrnoError } from "./fsErrors.js";
import { ensureOutputFolder } from "./outputFolder.js";
import { holderAlive } from "./processAlive.js";
import { displayPath } from "./shellQuote.js";
import { removeStaleTemporaries } from "./staleFiles.js";

export const LOCK_FILE = ".planbench.lock";

export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** ISO time the lock was taken. */
  readonly started: string;
  /** What holds it, e.g. `planbench run scenarios/experiments/quick.yaml`. */
  readonly command: string;
}

/** Locks this process holds, by absolute path: nested takers (run → report) share one. */
const held = new Map<string, { count: number }>();
let exitHook = false;

function releaseAllAtExit(): void {
  if (exitHook) return;
  exitHook = true;
  process.once("exit", () => {
    for (const path of held.keys()) rmSync(path, { force: true });
    held.clear();
  });
}

function readHolder(path: string): LockHolder | null {
  try {
    const json = JSON.parse(readFileSync(path, "utf8")) as Partial<LockHolder>;
    if (typeof json.pid !== "number" || typeof json.host !== "string") return null;
    return {
      pid: json.pid,
      host: json.host,
      started: String(json.started ?? ""),
      command: String(json.command ?? "planbench"),
    };
  } catch {
    return null; // gone, partial or not JSON
  }
}

function isStale(holder: LockHolder | null): boolean {
  if (holder === null) return true; // unreadable: not written by a planbench that still runs
  if (holder.host !== hostname()) return false; // cannot look at another machine's processes
  return !holderAlive(holder.pid, Date.parse(holder.started));
}

function busy(dir: string, path: string, holder: LockHolder | null): EnvironmentError {
  if (holder === null)
    return new EnvironmentError(
      escapeInline(
        `${displayPath(dir)} is locked (${displayPath(path)} exists but cannot be read); delete it if no planbench writes there`,
      ),
    );
  const where = holder.host === hostname() ? `pid ${holder.pid}` : `pid ${holder.pid} on ${holder.host}`;
  const remove =
    holder.host === hostname()
      ? "wait for it to finish or choose another --out"
      : `wait for it, choose another --out, or delete ${displayPath(path)} if nothing runs there`;
  return new EnvironmentError(
    escapeInline(
      `${displayPath(dir)} is in use by another planbench (${where}, since ${holder.started}: ${holder.command}); ${remove}`,
    ),
  );
}

/** Creates the lock file atomically, taking over a stale one; throws when another holds it. */
function takeLockFile(dir: string, path: string, holder: LockHolder): void {
  const text = `${JSON.stringify(holder, null, 2)}\n`;
  for (let attempt = 0; ; attempt++) {
    try {
      createExclusive(path, text);
      return;
    } catch (error) {
      if (!isErrnoError(error) || error.code !== "EEXIST")
        throw asEnvironmentError(error, path, "create the lock file");
      const other = readHolder(path);
      if (attempt > 0 || !isStale(other)) throw busy(dir, path, other);
      rmSync(path, { force: true }); // stale: its writer is gone
    }
  }
}

/**
 * Writes `text` to `path` only if no file has that name: a hard link of a complete temporary
 * file where the file system has them, else an exclusive create.
 */
function createExclusive(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  try {
    linkSync(tmp, path);
  } catch (error) {
    const noLinks = isErrnoError(error) && ["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"].includes(error.code!);
    if (!noLinks) throw error;
    writeFileSync(path, text, { flag: "wx" });
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Removes `dir` and its parents up to `top` while they are empty (a failed command wrote nothing). */
function removeEmptyFolders(dir: string, top: string): void {
  let at = resolve(dir);
  const stop = resolve(top);
  for (;;) {
    try {
      rmdirSync(at); // fails unless empty
    } catch {
      return;
    }
    if (at === stop) return;
    at = dirname(at);
  }
}

export class FolderLock {
  private released = false;

  private constructor(
    readonly dir: string,
    readonly path: string,
    /** The folder taking the lock created, removed on release if nothing was written in it. */
    private readonly created: string | null = null,
  ) {}

  /**
   * Takes the lock of `dir` (created if needed: an unwritable folder fails here, before any
   * work). `name` picks a lock of its own for writers that may share a folder (shards).
   * Stale temporary files of killed writers are removed once the lock is held.
   */
  static acquire(dir: string, command: string, name: string = LOCK_FILE): FolderLock {
    const path = resolve(join(dir, name));
    const mine = held.get(path);
    if (mine) {
      mine.count++;
      return new FolderLock(dir, path);
    }
    const created = ensureOutputFolder(dir);
    const holder: LockHolder = {
      pid: process.pid,
      host: hostname(),
      started: new Date().toISOString(),
      command,
    };
    takeLockFile(dir, path, holder);
    held.set(path, { count: 1 });
    releaseAllAtExit();
    removeStaleTemporaries(dir);
    return new FolderLock(dir, path, created);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    const mine = held.get(this.path);
    if (!mine) return;
    mine.count--;
    if (mine.count > 0) return;
    held.delete(this.path);
    try {
      unlinkSync(this.path);
    } catch {
      // already gone: nothing to release
    }
    if (this.created !== null) removeEmptyFolders(this.dir, this.created);
  }
}

/** Runs `work` holding the lock of `dir`. */
export async function withFolderLock<T>(
  dir: string,
  command: string,
  work: () => Promise<T> | T,
  name?: string,
): Promise<T> {
  const lock = FolderLock.acquire(dir, command, name);
  try {
    return await work();
  } finally {
    lock.release();
  }
}

/** Runs synchronous `work` holding the lock of `dir`. */
export function withFolderLockSync<T>(dir: string, command: string, work: () => T, name?: string): T {
  const lock = FolderLock.acquire(dir, command, name);
  try {
    return work();
  } finally {
    lock.release();
  }
}
