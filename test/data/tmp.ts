/** Temporary directories under test/.tmp (git-ignored), one per test name. */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { PROJECT_ROOT } from "../helpers/datasets.js";

export function tempDir(name: string): string {
  const dir = join(PROJECT_ROOT, "test", ".tmp", `data-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function writeText(path: string, text: string | Uint8Array): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}
