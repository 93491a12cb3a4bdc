/**
 * Writing a dataset: each canonical table as CSV and/or Arrow, plus quarantined and skipped
 * rows (with `source_line` and `reason`) per table and source file.
 */
import { join } from "node:path";
import { writeFileAtomic } from "../io/atomicWrite.js";
import { tableToArrow } from "./arrow.js";
import { recordsToCsv, tableToCsv } from "./csv.js";
import { issueReason } from "./issues.js";
import type { DatasetRead } from "./readDataset.js";
import { asRowTables, type CanonicalTables } from "./rows.js";
import type { Rejected } from "./staged.js";
import { badRowsFile, writeSkippedFiles } from "./stream/skippedFiles.js";
import { TABLE_NAMES, TABLES } from "./tables.js";

export type TableFormat = "csv" | "arrow" | "both";

/** Writes `<table>.csv` / `<table>.arrow`; returns the paths written. */
export function writeTables(dir: string, tables: CanonicalTables, format: TableFormat = "csv"): string[] {
  const rows = asRowTables(tables);
  const written: string[] = [];
  for (const table of TABLE_NAMES) {
    // an optional table is written only when it has rows (tables.ts `optional`)
    if (TABLES[table].optional && rows[table].length === 0) continue;
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

/**
 * Quarantined rows grouped by (table, source file): one CSV each, original columns plus line and
 * reason. A row with more fields than its header keeps them, in columns extra_1, extra_2, …
 */
export function writeQuarantine(dir: string, loaded: Pick<DatasetRead, "rejected">): string[] {
  const groups = new Map<string, { header: readonly string[]; rows: Rejected[] }>();
  for (const { table, row } of loaded.rejected) {
    const name = badRowsFile(table, row.file);
    let g = groups.get(name);
    if (!g) {
      g = { header: row.header, rows: [] };
      groups.set(name, g);
    }
    g.rows.push(row);
  }
  const written: string[] = [];
  for (const [name, g] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let width = g.header.length; // a loop, not Math.max(...rows): 100,000s of rows overflow the stack
    for (const r of g.rows) width = Math.max(width, r.fields.length);
    const extra = Array.from({ length: width - g.header.length }, (_, i) => `extra_${i + 1}`);
    const records = g.rows.map((r) => [
      r.file,
      String(r.line),
      r.issues.map(issueReason).join("; "),
      ...Array.from({ length: width }, (_, i) => r.fields[i] ?? ""),
    ]);
    const path = join(dir, "quarantine", name);
    writeFileAtomic(
      path,
      recordsToCsv(["source_file", "source_line", "reason", ...g.header, ...extra], records),
    );
    written.push(path);
  }
  return written;
}

/** The rows a mapping rule skipped, in the same layout, their fields read again (stream/skippedFiles.ts). */
export function writeSkipped(dir: string, loaded: Pick<DatasetRead, "skipped">): string[] {
  return writeSkippedFiles(join(dir, "skipped"), loaded.skipped);
}
