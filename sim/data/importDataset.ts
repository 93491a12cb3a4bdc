/**
 * `import` as a library call: load (directory or mapping), apply the bad-row policy, write the
 * canonical tables plus quarantine/skipped files and summary.json into the output directory.
 */
import { join } from "node:path";
import { writeFileAtomic } from "../io/atomicWrite.js";
import { type LoadedDataset, type LoadOptions, loadDataset } from "./load.js";
import { type TableFormat, writeQuarantine, writeSkipped, writeTables } from "./write.js";

export interface ImportOptions extends LoadOptions {
  readonly out: string;
  readonly format?: TableFormat;
}

export interface ImportResult {
  readonly loaded: LoadedDataset;
  readonly written: readonly string[];
}

export function importDataset(pathOrMapping: string, options: ImportOptions): ImportResult {
  const loaded = loadDataset(pathOrMapping, options);
  const written = [
    ...writeTables(options.out, loaded.tables, options.format ?? "csv"),
    ...writeQuarantine(options.out, loaded),
    ...writeSkipped(options.out, loaded),
  ];
  const summaryPath = join(options.out, "import-summary.json");
  writeFileAtomic(summaryPath, `${JSON.stringify(loaded.summary, null, 2)}\n`);
  written.push(summaryPath);
  return { loaded, written };
}
