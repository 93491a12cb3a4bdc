/**
 * Outputs are written atomically: to a temporary file beside the target, then renamed, so a
 * crash or Ctrl-C never leaves a half-written file behind.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { asEnvironmentError } from "./fsErrors.js";

let counter = 0;

/** A filesystem failure is an EnvironmentError naming `path` (sim/io/fsErrors.ts). */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  counter += 1;
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw asEnvironmentError(error, path, "write");
  }
}
