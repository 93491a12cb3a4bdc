/**
 * Writing a dataset: each canonical table as CSV and/or Arrow, plus quarantined and skipped
 * rows (with `source_line` and `reason`) per table and source file. All writes are atomic.
 */
import { basename, join } from "node:path";
import { writeFileAtomic } from "../io/atomicWrite.js";
import { tableToArrow } from "./arrow.js";
import { recordsToCsv, tableToCsv } from "./csv.js";
import { issueReason } from "./issues.js";
import type { DatasetRead } from "./readDataset.js";
import { asRowTables, type CanonicalTables } from "./rows.js";
import type { Origin, Rejected } from "./staged.js";
import { TABLE_NAMES, type TableName } from "./tables.js";

export type TableFormat = "csv" | "arrow" | "both";

/** Writes `<table>.csv` / `<table>.arrow`; returns the paths written. */
export function writeTables(dir: string, tables: CanonicalTables, format: TableFormat = "csv"): string[] {
  const rows = asRowTables(tables);
  const written: string[] = [];
  for (const table of TABLE_NAMES) {
    if (format !== "arrow") {
      const path = join(dir, `${table}.csv`);
      writeFileAtomic(path, tableToCsv(table, rows[table]));
      written.push(path);
    }
    if (format !== "csv") {
      const path = join(dir, `${table}.arrow`);
      writeFileAtomic(path, tableToArrow(table, rows[table]));
      written.push(path);
    }
  }
  return written;
}

interface Bad {
  readonly origin: Origin;
  readonly reason: string;
}

function fileFor(table: TableName, origin: Origin): string {
  return `${table}.${basename(origin.file).replace(/\.[^.]*$/, "")}.csv`;
}

/**
 * Groups rows by (table, source file): one CSV each, original columns plus line and reason. A
 * row with more fields than its header keeps them, in columns extra_1, extra_2, …
 */
function writeGrouped(dir: string, rows: ReadonlyArray<{ table: TableName; bad: Bad }>): string[] {
  const groups = new Map<string, { header: readonly string[]; rows: Bad[] }>();
  for (const { table, bad } of rows) {
    const name = fileFor(table, bad.origin);
    let g = groups.get(name);
    if (!g) {
      g = { header: bad.origin.header, rows: [] };
      groups.set(name, g);
    }
    g.rows.push(bad);
  }
  const written: string[] = [];
  for (const [name, g] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let width = g.header.length; // a loop, not Math.max(...rows): 100,000s of rows overflow the stack
    for (const b of g.rows) width = Math.max(width, b.origin.fields.length);
    const extra = Array.from({ length: width - g.header.length }, (_, i) => `extra_${i + 1}`);
    const records = g.rows.map((bad) => [
      bad.origin.file,
      String(bad.origin.line),
      bad.reason,
      ...Array.from({ length: width }, (_, i) => bad.origin.fields[i] ?? ""),
    ]);
    const path = join(dir, name);
    writeFileAtomic(
      path,
      recordsToCsv(["source_file", "source_line", "reason", ...g.header, ...extra], records),
    );
    written.push(path);
  }
  return written;
}

const rejectedBad = (r: Rejected): Bad => ({
  origin: { file: r.file, line: r.line, header: r.header, fields: r.fields },
  reason: r.issues.map(issueReason).join("; "),
});

export function writeQuarantine(dir: string, loaded: Pick<DatasetRead, "rejected">): string[] {
  return writeGrouped(
    join(dir, "quarantine"),
    loaded.rejected.map((r) => ({ table: r.table, bad: rejectedBad(r.row) })),
  );
}

export function writeSkipped(dir: string, loaded: Pick<DatasetRead, "skipped">): string[] {
  return writeGrouped(
    join(dir, "skipped"),
    loaded.skipped.map((s) => ({ table: s.table, bad: { origin: s.row.origin, reason: s.row.reason } })),
  );
}
