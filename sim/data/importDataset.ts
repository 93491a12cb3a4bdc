/**
 * `import` as a library call: load (directory or mapping), apply the bad-row policy, write the
 * canonical tables plus quarantine/skipped files and import-summary.json into the output
 * directory, locked and committed as one output set (sim/io). The lock is taken before the
 * inputs are read, so a busy or unwritable folder is refused before the work.
 */
import { withFolderLockSync } from "../io/lock.js";
import { OutputStage } from "../io/outputSet.js";
import { commandPath, formatCommand } from "../io/shellQuote.js";
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
  const command = formatCommand(["planbench", "import", commandPath(pathOrMapping)]);
  return withFolderLockSync(options.out, command, () => {
    const loaded = loadDataset(pathOrMapping, options);
    const stage = OutputStage.begin(options.out);
    try {
      writeTables(stage.dir, loaded.tables, options.format ?? "csv");
      writeQuarantine(stage.dir, loaded);
      writeSkipped(stage.dir, loaded);
      stage.write("import-summary.json", `${JSON.stringify(loaded.summary, null, 2)}\n`);
      const written = stage.commit({ kind: "import", mode: "replace" });
      return { loaded, written };
    } finally {
      stage.discard();
    }
  });
}
