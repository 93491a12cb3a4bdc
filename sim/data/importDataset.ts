/**
 * `import` as a library call: a directory of canonical tables or a mapping file read table by
 * table (readDataset.ts) with every good row written on as it is made — CSV and/or Arrow in
 * chunks (stream/tableSink.ts) — so memory holds keys and bad rows, not tables. Then the
 * quarantine and skipped files and import-summary.json; all staged and committed as one output
 * set under the folder's lock (sim/io). The lock is taken before the inputs are read, so a busy
 * or unwritable folder is refused before the work.
 */
import { join } from "node:path";
import { withFolderLockSync } from "../io/lock.js";
import { OutputStage } from "../io/outputSet.js";
import { commandPath, formatCommand } from "../io/shellQuote.js";
import { type DatasetRead, type LoadOptions, readDataset, type TableSinkOf } from "./readDataset.js";
import { TableSink } from "./stream/tableSink.js";
import { type Row, TABLES, type TableName } from "./tables.js";
import { type TableFormat, writeQuarantine, writeSkipped } from "./write.js";

export interface ImportOptions extends LoadOptions {
  readonly out: string;
  readonly format?: TableFormat;
}

export interface ImportResult {
  readonly loaded: DatasetRead;
  readonly written: readonly string[];
}

/** An optional table's sink: its files are made with the first row (none: nothing written). */
class LazySink implements TableSinkOf {
  private sink: TableSink | null = null;

  constructor(private readonly make: () => TableSink) {}

  push(row: Row): void {
    this.sink ??= this.make();
    this.sink.push(row);
  }

  close(complete: boolean): void {
    this.sink?.close(complete);
  }
}

export function importDataset(pathOrMapping: string, options: ImportOptions): ImportResult {
  const command = formatCommand(["planbench", "import", commandPath(pathOrMapping)]);
  const format = options.format ?? "csv";
  return withFolderLockSync(options.out, command, () => {
    const stage = OutputStage.begin(options.out);
    try {
      const sink = (table: TableName) =>
        new TableSink(
          table,
          {
            csv: format !== "arrow" ? stage.path(`${table}.csv`) : undefined,
            arrow: format !== "csv" ? stage.path(`${table}.arrow`) : undefined,
          },
          (file) => join(options.out, file),
        );
      const loaded = readDataset(pathOrMapping, options, (table) =>
        TABLES[table].optional ? new LazySink(() => sink(table)) : sink(table),
      );
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
