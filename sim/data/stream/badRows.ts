/**
 * The bad rows of one table as it is read: rejected rows (with their issues) and rows skipped by
 * a mapping rule (kept as numbers, skippedRows.ts). Rejections carry a rank, the check that made them (reading, mapping, typing,
 * keys, …): a table lists them rank by rank, as the whole-table importer did, whatever order
 * the checks meet them in. Under `--on-bad-rows fail` only the issues the error shows are kept,
 * and a count; under quarantine every row is kept for the quarantine files.
 */
import { type DataIssue, DEFAULT_PROBLEM_CAP } from "../issues.js";
import type { Rejected, RowSource } from "../staged.js";
import type { TableName } from "../tables.js";
import { fetchRecords } from "./lineFetch.js";
import { SkippedRows } from "./skippedRows.js";

/** Rank of the key checks: after every other check of a table. */
export const KEY_RANK = 99;

interface Bucket {
  readonly rows: Rejected[];
  /** Fail mode: the first issues only (enough for the error's list). */
  readonly issues: DataIssue[];
}

interface Pending {
  readonly path: string;
  readonly file: string;
  readonly line: number;
  readonly fill: (fields: readonly string[]) => void;
}

export class TableBadRows {
  private readonly buckets = new Map<number, Bucket>();
  readonly skipped: SkippedRows;
  private readonly pending: Pending[] = [];
  rejectedCount = 0;
  issueCount = 0;

  constructor(
    table: TableName,
    private readonly keepRows: boolean,
  ) {
    this.skipped = new SkippedRows(table);
  }

  reject(rank: number, origin: RowSource, issues: readonly DataIssue[]): void {
    this.rejectedCount++;
    this.issueCount += issues.length;
    let bucket = this.buckets.get(rank);
    if (!bucket) {
      bucket = { rows: [], issues: [] };
      this.buckets.set(rank, bucket);
    }
    if (!this.keepRows) {
      for (const i of issues) if (bucket.issues.length <= DEFAULT_PROBLEM_CAP) bucket.issues.push(i);
      return;
    }
    const { file, line, header } = origin;
    const rows = bucket.rows;
    const index = rows.length;
    rows.push({ file, line, header, fields: "fields" in origin ? origin.fields : [], issues });
    if (!("fields" in origin))
      this.pending.push({ ...origin, fill: (fields) => (rows[index] = { ...rows[index]!, fields }) });
  }

  /** A row a mapping rule set aside (its fields are read again only to write the skipped files). */
  skip(origin: RowSource, reason: string): void {
    this.skipped.add(origin, reason);
  }

  /** Reads the fields of rows judged after the pass over their file: one more pass per file. */
  resolve(maxBytes?: number): void {
    const byPath = new Map<string, Pending[]>();
    for (const p of this.pending) {
      const list = byPath.get(p.path);
      if (list) list.push(p);
      else byPath.set(p.path, [p]);
    }
    for (const [path, items] of byPath) {
      const found = fetchRecords(
        path,
        items[0]!.file,
        items.map((p) => p.line),
        maxBytes,
      );
      for (const p of items) p.fill(found.get(p.line) ?? []);
    }
    this.pending.length = 0;
  }

  /** Rejected rows in rank order (quarantine mode). */
  rejected(): Rejected[] {
    return this.ranked().flatMap((b) => b.rows);
  }

  /** Fail mode: the first issues in rank order (at least as many as an error lists). */
  firstIssues(): DataIssue[] {
    return this.ranked().flatMap((b) => (this.keepRows ? b.rows.flatMap((r) => r.issues) : b.issues));
  }

  private ranked(): Bucket[] {
    return [...this.buckets].sort(([a], [b]) => a - b).map(([, bucket]) => bucket);
  }
}
