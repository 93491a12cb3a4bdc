/**
 * Paths of the project and of the external datasets bundled in data/datasets/ (copies with
 * provenance and a checksum manifest). They ship with the repository, so the tests that read
 * them never skip; PLANBENCH_DATASETS, like in the CLI, points them at another copy.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BUNDLED_DATASETS_DIR = join(PROJECT_ROOT, "data", "datasets");
export const DATASETS_DIR = resolve(process.env.PLANBENCH_DATASETS ?? BUNDLED_DATASETS_DIR);

export function datasetFile(...parts: string[]): string {
  return join(DATASETS_DIR, ...parts);
}
