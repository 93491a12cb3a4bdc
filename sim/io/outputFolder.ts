/**
 * Creating an output folder with an error a user can act on. A recursive mkdir under a
 * read-only or unwritable parent fails with confusing errno text (even ENOENT); the nearest
 * existing ancestor is checked first so the message names the folder that is in the way.
 */
import { accessSync, constants, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { escapeInline } from "../core/safeText.js";
import { EnvironmentError, isErrnoError, onFile } from "./fsErrors.js";
import { displayPath } from "./shellQuote.js";

function nearestExisting(path: string): string {
  let at = resolve(path);
  for (;;) {
    try {
      statSync(at);
      return at;
    } catch (error) {
      if (!isErrnoError(error) || (error.code !== "ENOENT" && error.code !== "ENOTDIR")) throw error;
    }
    const up = dirname(at);
    if (up === at) return at;
    at = up;
  }
}

/**
 * Makes `dir` (and its parents) exist as a writable folder, or throws an EnvironmentError.
 * Returns the topmost folder it created (null if `dir` existed), so a command that fails on its
 * input can leave no empty folder behind.
 */
export function ensureOutputFolder(dir: string): string | null {
  const show = escapeInline(displayPath(dir));
  const existing = onFile(dir, "read", () => nearestExisting(dir));
  const shown = escapeInline(displayPath(existing));
  if (!statSync(existing).isDirectory())
    throw new EnvironmentError(`cannot create the output folder ${show}: ${shown} is a file, not a folder`);
  try {
    accessSync(existing, constants.W_OK | constants.X_OK);
  } catch {
    const cause = "permission denied or read-only file system";
    if (existing === resolve(dir))
      throw new EnvironmentError(`the output folder ${show} is not writable (${cause})`);
    throw new EnvironmentError(
      `cannot create the output folder ${show}: ${shown} is not writable (${cause})`,
    );
  }
  const created = onFile(dir, "create the folder", () => mkdirSync(dir, { recursive: true }));
  return created ?? null;
}
