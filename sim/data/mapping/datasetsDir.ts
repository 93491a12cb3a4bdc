/**
 * Where a mapping's source files are read from, and the problem shown when one is missing.
 * The mapping's own `datasets:` is relative to the mapping file (so the bundled mappings find
 * data/datasets/ from any working directory, and from node_modules/planbench); --datasets or
 * $PLANBENCH_DATASETS override it for a user's own exports with the same layout.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { type Problem, problem } from "../../errors.js";

export interface DatasetsDir {
  /** Absolute directory the source paths resolve against. */
  readonly dir: string;
  /** Where `dir` came from, in words for messages. */
  readonly origin: "--datasets" | "PLANBENCH_DATASETS" | "mapping";
}

export function resolveDatasetsDir(mappingFile: string, datasets: string, override?: string): DatasetsDir {
  if (override) return { dir: resolve(override), origin: "--datasets" };
  const env = process.env.PLANBENCH_DATASETS;
  if (env) return { dir: resolve(env), origin: "PLANBENCH_DATASETS" };
  return { dir: resolve(dirname(mappingFile), datasets), origin: "mapping" };
}

/** null when the source file exists; else a problem naming the resolved path and the fix. */
export function missingSource(
  datasets: DatasetsDir,
  mappingFile: string,
  declared: string,
  relative: string,
): Problem | null {
  const path = join(datasets.dir, relative);
  if (existsSync(path)) return null;
  const from =
    datasets.origin === "mapping"
      ? `'datasets: ${declared}' in ${mappingFile}`
      : datasets.origin === "--datasets"
        ? "--datasets"
        : "the environment variable PLANBENCH_DATASETS";
  const fix =
    datasets.origin === "mapping"
      ? `pass --datasets DIR or set PLANBENCH_DATASETS=DIR, where DIR holds ${relative}`
      : `point ${datasets.origin} at the folder that holds ${relative}` +
        (datasets.origin === "PLANBENCH_DATASETS"
          ? `, or unset it to read ${declared} beside the mapping`
          : "");
  return problem(relative, `file not found at ${path} (datasets folder from ${from})`, { hint: fix });
}
