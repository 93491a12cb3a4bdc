/**
 * The loader the backtest uses: `loadDataset(path)` reads a directory of canonical tables
 * (`<table>.csv` or `<table>.arrow`) or runs a mapping file (`*.yaml`), checks keys, applies the
 * bad-row policy and returns typed tables with the import summary and every problem found.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError, type Problem, problem } from "../errors.js";
import { readTableArrow } from "./arrow.js";
import { readTableCsv } from "./csv.js";
import { failOnIssues, issueToProblem } from "./issues.js";
import { checkKeys } from "./keys.js";
import { applyMapping, type Outcomes } from "./mapping/apply.js";
import { loadMapping } from "./mapping/load.js";
import { asCanonical, type CanonicalTables, type RowTables } from "./rows.js";
import { emptyOutcome, type Rejected, type Skipped, type TableOutcome } from "./staged.js";
import { type ImportSummary, summarize } from "./summary.js";
import { TABLE_NAMES, type TableName } from "./tables.js";

export type BadRowPolicy = "fail" | "quarantine";

export interface LoadOptions {
  /** `fail` (default): any bad row throws an InputError listing the problems. */
  readonly onBadRows?: BadRowPolicy;
  /** Overrides a mapping's datasets directory (else env PLANBENCH_DATASETS, else the mapping's). */
  readonly datasetsDir?: string;
  readonly maxBytes?: number;
  /** For a directory holding both: which format to read (default csv). */
  readonly prefer?: "csv" | "arrow";
}

export interface LoadedDataset {
  readonly tables: CanonicalTables;
  readonly summary: ImportSummary;
  /** One problem per bad row issue (quarantined rows), in table order. */
  readonly problems: readonly Problem[];
  readonly rejected: ReadonlyArray<{ readonly table: TableName; readonly row: Rejected }>;
  readonly skipped: ReadonlyArray<{ readonly table: TableName; readonly row: Skipped }>;
}

export function isMappingFile(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

export function loadDataset(pathOrMapping: string, options: LoadOptions = {}): LoadedDataset {
  let outcomes: Outcomes;
  if (isMappingFile(pathOrMapping)) {
    outcomes = applyMapping(
      loadMapping(pathOrMapping, { datasetsDir: options.datasetsDir }),
      options.maxBytes,
    );
  } else {
    if (!existsSync(pathOrMapping) || !statSync(pathOrMapping).isDirectory()) {
      throw new InputError([
        problem(pathOrMapping, "not a directory of canonical tables nor a mapping file (.yaml)"),
      ]);
    }
    outcomes = readDirectory(pathOrMapping, options);
  }
  const rejected = TABLE_NAMES.flatMap((table) => outcomes[table].rejected.map((row) => ({ table, row })));
  if ((options.onBadRows ?? "fail") === "fail" && rejected.length > 0) {
    failOnIssues(rejected.flatMap((r) => r.row.issues));
  }
  const rows = Object.fromEntries(TABLE_NAMES.map((t) => [t, outcomes[t].rows])) as RowTables;
  return {
    tables: asCanonical(rows),
    summary: summarize(pathOrMapping, outcomes),
    problems: rejected.flatMap((r) => r.row.issues.map(issueToProblem)),
    rejected,
    skipped: TABLE_NAMES.flatMap((table) => outcomes[table].skipped.map((row) => ({ table, row }))),
  };
}

function readDirectory(dir: string, options: LoadOptions): Outcomes {
  const done: Partial<Outcomes> = {};
  for (const table of TABLE_NAMES) {
    const outcome = readTableFile(dir, table, options);
    checkKeys(outcome, done);
    done[table] = outcome;
  }
  return done as Outcomes;
}

function readTableFile(dir: string, table: TableName, options: LoadOptions): TableOutcome {
  const csv = join(dir, `${table}.csv`);
  const arrow = join(dir, `${table}.arrow`);
  const useArrow = existsSync(arrow) && (options.prefer === "arrow" || !existsSync(csv));
  const out = emptyOutcome(table);
  if (!useArrow && !existsSync(csv)) {
    out.notes[`no ${table}.csv or ${table}.arrow: table is empty`] = 1;
    return out;
  }
  const path = useArrow ? arrow : csv;
  const read = useArrow
    ? readTableArrow(table, path, { maxBytes: options.maxBytes })
    : readTableCsv(table, path, { maxBytes: options.maxBytes });
  out.rows = read.rows;
  out.origins = read.origins;
  out.members = read.rows.map(() => 1);
  out.rejected = read.rejected;
  out.rowsRead = read.rowsRead;
  return out;
}
