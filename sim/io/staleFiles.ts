/**
 * Temporary files and staging folders carry the pid of the process writing them
 * (`.trials.arrow.<pid>.tmp`, `.summary.json.<pid>.<n>.tmp`, `.staging-<pid>-<n>`). A process
 * killed before it could clean up leaves them behind; whoever next takes the folder's lock
 * removes those whose process is gone.
 */
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { holderAlive } from "./processAlive.js";

const TEMPORARY = /^\..+?\.(\d+)(?:\.\d+)?\.tmp$/;
const STAGING = /^\.staging-(\d+)-\d+$/;

/** The writer's pid of a temporary file or staging folder name, or null for any other name. */
export function temporaryOwner(name: string): number | null {
  const match = TEMPORARY.exec(name) ?? STAGING.exec(name);
  return match ? Number(match[1]) : null;
}

function removeIn(dir: string, depth: number): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const pid = temporaryOwner(name);
    if (pid !== null && pid !== process.pid) {
      let since: number;
      try {
        since = statSync(path).mtimeMs;
      } catch {
        continue;
      }
      if (holderAlive(pid, since)) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } else if (depth > 0 && name.startsWith(".checkpoint")) {
      removed.push(...removeIn(path, depth - 1));
    }
  }
  return removed;
}

/** Removes the stale temporaries of `dir` and of its checkpoint folders; returns their paths. */
export function removeStaleTemporaries(dir: string): string[] {
  return removeIn(dir, 1);
}
