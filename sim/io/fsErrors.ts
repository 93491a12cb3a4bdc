/**
 * Filesystem failures as one line a user can act on: which file, what planbench was doing, and
 * the cause in words (permission denied, read-only file system, disk full, …) instead of raw
 * errno text. An EnvironmentError exits 2 (DESIGN §12; input problems exit 1).
 */

import { escapeInline } from "../core/safeText.js";
import { displayPath } from "./shellQuote.js";

/** A problem of the machine, not of the input: a busy or unwritable folder, a full disk. */
export class EnvironmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvironmentError";
  }
}

const CAUSES: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOSPC: "disk full (no space left on device)",
  EDQUOT: "disk quota exceeded",
  EFBIG: "file too large for the file system",
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder, not a file",
  EEXIST: "it already exists",
  ENOTEMPTY: "the folder is not empty",
  EMFILE: "too many open files",
  ENFILE: "too many open files on the system",
  EBUSY: "the file is busy",
  EIO: "input/output error (a failing disk or network share?)",
  EXDEV: "it is on another file system",
  ENAMETOOLONG: "the path is too long",
  ELOOP: "too many symbolic links",
};

const ACTIONS: Readonly<Record<string, string>> = {
  mkdir: "create the folder",
  rename: "move into place",
  write: "write",
  read: "read",
  open: "open",
  unlink: "remove",
  rmdir: "remove",
  rm: "remove",
  scandir: "list",
  opendir: "list",
  stat: "read",
  lstat: "read",
  link: "create",
  copyfile: "copy",
  access: "access",
  fsync: "write",
  close: "write",
  statfs: "read the free space of",
};

export function isErrnoError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";
}

/**
 * `cannot write out/x/trials.arrow: disk full (no space left on device)`: `path` names the file
 * when the error itself does not (a write to an open file descriptor carries no path).
 */
export function describeFsError(
  error: NodeJS.ErrnoException,
  path?: string,
  action?: string,
  preferPath = false,
): string {
  // a temporary or staged file's name means nothing to the user: name the file it was to become
  const file = error.path && !(path && (preferPath || error.path.endsWith(".tmp"))) ? error.path : path;
  const verb = action ?? ACTIONS[error.syscall ?? ""] ?? "use";
  const cause = CAUSES[error.code ?? ""] ?? error.message.replace(/^[A-Z]+: /, "").split(",")[0]!;
  const target = file === undefined ? "" : ` ${escapeInline(displayPath(file))}`;
  return `cannot ${verb}${target}: ${cause} (${error.code})`;
}

/** An errno error becomes an EnvironmentError naming the file; anything else is returned as is. */
export function asEnvironmentError(
  error: unknown,
  path?: string,
  action?: string,
  preferPath = false,
): unknown {
  if (error instanceof EnvironmentError || !isErrnoError(error)) return error;
  return new EnvironmentError(describeFsError(error, path, action, preferPath));
}

/**
 * Runs a filesystem step, turning its errno failure into an EnvironmentError naming `path`
 * (`preferPath`: even when the error names another, e.g. the staged copy of `path`).
 */
export function onFile<T>(path: string, action: string | undefined, step: () => T, preferPath = false): T {
  try {
    return step();
  } catch (error) {
    throw asEnvironmentError(error, path, action, preferPath);
  }
}
