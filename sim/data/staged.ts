/**
 * In-flight import state: where a row came from (for problems and quarantine), rejected rows
 * with their issues, rows skipped by a mapping rule, and the counts each table reports.
 */
import type { DataIssue } from "./issues.js";
import type { TableName } from "./tables.js";

/** A source record set aside, with what was wrong with it. */
export interface Rejected {
  readonly file: string;
  readonly line: number;
  readonly header: readonly string[];
  readonly fields: readonly string[];
  readonly issues: readonly DataIssue[];
}

export interface Origin {
  readonly file: string;
  readonly line: number;
  readonly header: readonly string[];
  readonly fields: readonly string[];
  /** The file to read again for rows derived from this one later (see SourceLine). */
  readonly path?: string;
}

/**
 * An origin whose fields are not held: a row judged after the pass over its file (aggregated,
 * sorted or derived) names its record by line, and the file at `path` is read again for the
 * fields only if the row is rejected or skipped (stream/lineFetch.ts).
 */
export interface SourceLine {
  readonly file: string;
  readonly line: number;
  readonly header: readonly string[];
  readonly path: string;
}

export type RowSource = Origin | SourceLine;

/** What one table reports in the import summary, besides its bad rows. */
export interface TableCounts {
  readonly table: TableName;
  /** Source rows read (0 for tables made by a rule). */
  rowsRead: number;
  /** Rows made by a rule (synthetic reps, assignment rule, movements) rather than read. */
  generated: number;
  /** Rows that passed every check (the output table). */
  rows: number;
  /** Counted facts worth reporting (e.g. "subscription flag disagrees with ARR change"). */
  notes: Record<string, number>;
}

export function emptyCounts(table: TableName): TableCounts {
  return { table, rowsRead: 0, generated: 0, rows: 0, notes: {} };
}

export function addNote(counts: TableCounts, note: string, n = 1): void {
  counts.notes[note] = (counts.notes[note] ?? 0) + n;
}
