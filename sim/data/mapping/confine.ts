/**
 * A mapping's source paths stay inside its datasets folder (the mapping's `datasets`, or the
 * folder the user names with --datasets / PLANBENCH_DATASETS): a mapping file is input, and
 * must not make planbench read `../../../etc/passwd` or `/home/x/.ssh/…` into reps.csv and
 * quarantine files. Absolute paths and paths leaving the folder — also through a symbolic link
 * — are refused; to read files elsewhere, name their folder with --datasets.
 */
import { realpathSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { InputError, problem } from "../../errors.js";
import type { LoadedMapping } from "./load.js";

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path; // missing: reading it reports "file not found"
  }
}

/**
 * The path of source `relativePath` inside the mapping's datasets folder, or an InputError
 * naming the mapping key (`at`) and the folder it must stay in.
 */
export function confinedSource(loaded: LoadedMapping, relativePath: string, at: string): string {
  const folder = loaded.datasetsDir;
  const refuse = (why: string) =>
    new InputError([
      problem(loaded.file, `source '${relativePath}' ${why}`, {
        path: at,
        hint: `sources are read from inside ${folder}; give --datasets DIR to read from another folder`,
      }),
    ]);
  if (isAbsolute(relativePath) || /^[A-Za-z]:[\\/]/.test(relativePath))
    throw refuse("is an absolute path; a source is a path relative to the datasets folder");
  const path = resolve(join(folder, relativePath));
  if (!inside(resolve(folder), path)) throw refuse("leaves the datasets folder");
  if (!inside(realOrSelf(folder), realOrSelf(path)))
    throw refuse("leaves the datasets folder through a symbolic link");
  return path;
}
