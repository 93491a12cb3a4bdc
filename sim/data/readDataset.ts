/**
 * Reading a dataset — a directory of canonical tables or a mapping file — table by table, in
 * TABLE_NAMES order, each streamed into a TableRun whose good rows go to the sink the caller
 * gives: loadDataset keeps them in typed columns, the importer writes them out. Only keys, bad
 * rows and what later mapping rules need are held. Applies the bad-row policy at the end, as
 * the whole-table reader did: `fail` throws the problems (the first 50, then how many more).
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError, type Problem, problem } from "../errors.js";
import { type DataIssue, failOnCountedIssues, issueToProblem } from "./issues.js";
import { MappingRun } from "./mapping/apply.js";
import { loadMapping } from "./mapping/load.js";
import type { Rejected } from "./staged.js";
import { readCanonicalArrow, readCanonicalCsv } from "./stream/canonicalTable.js";
import { KeyValues } from "./stream/keyCheck.js";
import type { SkippedRows } from "./stream/skippedRows.js";
import { type RowObserver, type RowSink, summaryOf, TableRun } from "./stream/tableRun.js";
import type { ImportSummary } from "./summary.js";
import { TABLE_NAMES, TABLES, type TableName } from "./tables.js";

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

/** What reading a dataset reports besides its rows. */
export interface DatasetRead {
  readonly summary: ImportSummary;
  /** One problem per bad row issue (quarantined rows), in table order. */
  readonly problems: readonly Problem[];
  readonly rejected: ReadonlyArray<{ readonly table: TableName; readonly row: Rejected }>;
  /** Rows a mapping rule skipped, per table in table order. */
  readonly skipped: readonly SkippedRows[];
}

/** A table's sink; `close` is called once the table is read (`complete` false: reading failed). */
export interface TableSinkOf extends RowSink {
  close?(complete: boolean): void;
}

export function isMappingFile(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

export function readDataset(
  pathOrMapping: string,
  options: LoadOptions,
  sinkFor: (table: TableName) => TableSinkOf,
  /** Called with every row kept of the tables named, and where it came from. */
  observers: Partial<Record<TableName, RowObserver>> = {},
): DatasetRead {
  const read = readerFor(pathOrMapping, options);
  const policy = options.onBadRows ?? "fail";
  const keyValues = new KeyValues();
  const runs: TableRun[] = [];
  for (const table of TABLE_NAMES) {
    const sink = sinkFor(table);
    let complete = false;
    try {
      const run = new TableRun(table, keyValues, sink, policy === "quarantine");
      const observer = observers[table];
      if (observer) run.observe(observer);
      read(run);
      run.bad.resolve(options.maxBytes);
      run.finish();
      runs.push(run);
      complete = true;
    } finally {
      sink.close?.(complete);
    }
  }
  const issues = runs.reduce((n, r) => n + r.bad.issueCount, 0);
  if (policy === "fail" && issues > 0) {
    const first: DataIssue[] = [];
    for (const r of runs) first.push(...r.bad.firstIssues());
    failOnCountedIssues(first, issues);
  }
  const rejected = runs.flatMap((r) => r.bad.rejected().map((row) => ({ table: r.table, row })));
  return {
    summary: summaryOf(pathOrMapping, runs),
    problems: rejected.flatMap((r) => r.row.issues.map(issueToProblem)),
    rejected,
    skipped: runs.map((r) => r.bad.skipped),
  };
}

function readerFor(pathOrMapping: string, options: LoadOptions): (run: TableRun) => void {
  if (isMappingFile(pathOrMapping)) {
    const mapping = new MappingRun(
      loadMapping(pathOrMapping, { datasetsDir: options.datasetsDir }),
      options.maxBytes,
    );
    return (run) => mapping.read(run);
  }
  if (!existsSync(pathOrMapping) || !statSync(pathOrMapping).isDirectory())
    throw new InputError([
      problem(pathOrMapping, "not a directory of canonical tables nor a mapping file (.yaml)"),
    ]);
  return (run) => readTableFile(pathOrMapping, run, options);
}

function readTableFile(dir: string, run: TableRun, options: LoadOptions): void {
  const csv = join(dir, `${run.table}.csv`);
  const arrow = join(dir, `${run.table}.arrow`);
  const useArrow = existsSync(arrow) && (options.prefer === "arrow" || !existsSync(csv));
  if (useArrow) readCanonicalArrow(run, arrow, arrow, options.maxBytes);
  else if (existsSync(csv)) readCanonicalCsv(run, csv, csv, options.maxBytes);
  else if (TABLES[run.table].optional) run.absent = true;
  else run.counts.notes[`no ${run.table}.csv or ${run.table}.arrow: table is empty`] = 1;
}
