/**
 * One table being read, whatever it is read from (a canonical CSV or Arrow file, a mapping
 * rule): its counts, its bad rows, its key checks, and where its good rows go — a RowSink that
 * writes them out (the importer) or keeps them in typed columns (loadDataset). Rows pass
 * through; the run keeps only keys and bad rows.
 */
import type { DataIssue } from "../issues.js";
import { AssignmentOverlaps } from "../planAssignments.js";
import { emptyCounts, type RowSource, type TableCounts } from "../staged.js";
import type { ImportSummary, TableSummary } from "../summary.js";
import { type Cell, type Row, TABLES, type TableName } from "../tables.js";
import { type RowOrigin, typeRow } from "../typedRow.js";
import { KEY_RANK, TableBadRows } from "./badRows.js";
import { type KeyValues, TableKeys } from "./keyCheck.js";

export interface RowSink {
  push(row: Row): void;
}

/** Called with every row kept (e.g. to remember won deals for a later table's rule). */
export type RowObserver = (row: Row, origin: RowSource) => void;

export class TableRun {
  readonly counts: TableCounts;
  readonly bad: TableBadRows;
  private readonly keys: TableKeys;
  private readonly observers: RowObserver[] = [];
  /** Cross-row rule of plan_assignments: a rep's assignments do not overlap. */
  private readonly overlaps: AssignmentOverlaps | null;
  /**
   * An optional table the dataset does not give (no file, no mapping rule): left out of the
   * summary (tables.ts `optional`).
   */
  absent = false;

  constructor(
    readonly table: TableName,
    keyValues: KeyValues,
    private readonly sink: RowSink,
    keepBadRows: boolean,
  ) {
    this.counts = emptyCounts(table);
    this.bad = new TableBadRows(table, keepBadRows);
    this.keys = new TableKeys(table, keyValues);
    this.overlaps = table === "plan_assignments" ? new AssignmentOverlaps() : null;
  }

  observe(observer: RowObserver): void {
    this.observers.push(observer);
  }

  /**
   * Types `values` as a row of the table and keeps it, or rejects it: with rank `rank` for a
   * broken type or row rule, after every other check for a key problem. Returns the typed
   * row, or null when it broke a type or row rule (a key problem still returns it).
   */
  add(
    values: Readonly<Record<string, Cell | undefined>>,
    origin: RowSource,
    rank: number,
    where: Partial<RowOrigin> = {},
  ): Row | null {
    const typed = typeRow(this.table, values, {
      file: origin.file,
      line: origin.line,
      columnIndex: where.columnIndex ?? (() => 0),
      sourceColumn: where.sourceColumn,
    });
    if (typed.issues.length > 0) {
      this.reject(rank, origin, typed.issues);
      return null;
    }
    this.keep(typed.row, origin);
    return typed.row;
  }

  /** A typed row that passed its row rules: key-checked, then kept (sink, observers). */
  keep(row: Row, origin: RowSource): boolean {
    const keyIssues = this.keys.check(row, origin);
    const issues = keyIssues.length === 0 && this.overlaps ? this.overlaps.check(row, origin) : keyIssues;
    if (issues.length > 0) {
      this.reject(KEY_RANK, origin, issues);
      return false;
    }
    this.counts.rows++;
    this.sink.push(row);
    for (const observe of this.observers) observe(row, origin);
    return true;
  }

  /** The table is read: what only its own checks needed is let go (memory for the next tables). */
  finish(): void {
    this.keys.release();
  }

  reject(rank: number, origin: RowSource, issues: readonly DataIssue[]): void {
    this.bad.reject(rank, origin, issues);
  }

  summary(): TableSummary {
    return {
      table: this.table,
      rowsRead: this.counts.rowsRead,
      generated: this.counts.generated,
      rows: this.counts.rows,
      quarantined: this.bad.rejectedCount,
      skipped: this.bad.skipped.byReason(),
      notes: { ...this.counts.notes },
    };
  }
}

export function summaryOf(source: string, runs: readonly TableRun[]): ImportSummary {
  return {
    source,
    tables: runs.filter((r) => !(r.absent && TABLES[r.table].optional)).map((r) => r.summary()),
  };
}
