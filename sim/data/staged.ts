/**
 * In-flight import state: canonical rows with the source record each came from (for problems
 * and quarantine), rejected rows with their issues, and rows skipped by a mapping rule.
 */
import type { DataIssue } from "./issues.js";
import type { Row, TableName } from "./tables.js";

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
}

export interface Skipped {
  readonly origin: Origin;
  readonly reason: string;
}

export interface TableOutcome {
  readonly table: TableName;
  rows: Row[];
  origins: Origin[];
  /** Source rows behind each output row (1 unless aggregated). */
  members: number[];
  rejected: Rejected[];
  skipped: Skipped[];
  rowsRead: number;
  /** Counted facts worth reporting (e.g. "subscription flag disagrees with ARR change"). */
  notes: Record<string, number>;
  /** Rows made by a rule (synthetic reps, assignment rule) rather than read. */
  generated: number;
}

export function emptyOutcome(table: TableName): TableOutcome {
  return {
    table,
    rows: [],
    origins: [],
    members: [],
    rejected: [],
    skipped: [],
    rowsRead: 0,
    notes: {},
    generated: 0,
  };
}

export function addNote(outcome: TableOutcome, note: string, n = 1): void {
  outcome.notes[note] = (outcome.notes[note] ?? 0) + n;
}

export function rejectedFrom(origin: Origin, issues: Rejected["issues"]): Rejected {
  return { file: origin.file, line: origin.line, header: origin.header, fields: origin.fields, issues };
}
