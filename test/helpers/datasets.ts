/**
 * Where the external datasets live (../shared/datasets from the project root), and the CI rule:
 * in CI (`CI=true`) a missing folder FAILS the suite; elsewhere the tests skip with a visible
 * warning, so a developer without the folder still sees why those tests did not run.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DATASETS_DIR = resolve(
  process.env.PLANBENCH_DATASETS ?? join(PROJECT_ROOT, "..", "shared", "datasets"),
);

/**
 * True when `<datasets>/<name>` exists. In CI a missing folder throws (the suite fails); otherwise
 * it warns and returns false so the caller can `describe.skipIf(!available)`.
 */
export function datasetAvailable(name: string): boolean {
  const dir = join(DATASETS_DIR, name);
  if (existsSync(dir)) return true;
  const message = `external dataset '${name}' not found at ${dir}`;
  if (process.env.CI === "true") throw new Error(`${message}: required in CI (CI=true)`);
  console.warn(`⚠ ${message}: skipping its tests (they are required in CI)`);
  return false;
}

export function datasetFile(...parts: string[]): string {
  return join(DATASETS_DIR, ...parts);
}
