/**
 * The skipped files, `<dir>/<table>.<source>.csv` (source_file, source_line, reason, then the
 * source's own columns), written from SkippedRows (skippedRows.ts) by reading the source files
 * again: rows skipped in file order (skip rules) are written as the file goes by, a chunk at a
 * time; rows skipped in another order (derived tables, judged once sorted) are fetched by line
 * first (lineFetch.ts). The bytes are those the whole-table writer made (../write.ts).
 */
import { closeSync, mkdirSync, openSync } from "node:fs";
import { basename, join } from "node:path";
import { asEnvironmentError } from "../../io/fsErrors.js";
import { rawCsv } from "../csv.js";
import type { TableName } from "../tables.js";
import { writeAll } from "./fileOut.js";
import { fetchRecords } from "./lineFetch.js";
import { readCsvRecords } from "./readRecords.js";
import type { SkippedRow, SkippedRows } from "./skippedRows.js";

const CHUNK_ROWS = 2_000;

/** The quarantine or skipped file of a table's rows from source `file`. */
export function badRowsFile(table: TableName, file: string): string {
  return `${table}.${basename(file).replace(/\.[^.]*$/, "")}.csv`;
}

/** Writes the skipped rows of every table into `dir` (created when there are any); returns the paths. */
export function writeSkippedFiles(dir: string, tables: readonly SkippedRows[]): string[] {
  const groups = new Map<string, SkippedRow[]>();
  for (const rows of tables)
    for (let i = 0; i < rows.length; i++) {
      const row = rows.at(i);
      const name = badRowsFile(rows.table, row.source.file);
      const group = groups.get(name);
      if (group) group.push(row);
      else groups.set(name, [row]);
    }
  const written: string[] = [];
  for (const [name, rows] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, name);
    writeGroup(path, rows);
    written.push(path);
  }
  return written;
}

function writeGroup(path: string, rows: readonly SkippedRow[]): void {
  const header = rows[0]!.source.header;
  let width = header.length;
  for (const r of rows) width = Math.max(width, r.source.header.length, r.fields?.length ?? 0);
  const extra = Array.from({ length: width - header.length }, (_, i) => `extra_${i + 1}`);
  let fd: number;
  try {
    fd = openSync(path, "w");
  } catch (error) {
    throw asEnvironmentError(error, path, "write");
  }
  try {
    let chunk: string[][] = [["source_file", "source_line", "reason", ...header, ...extra]];
    const emit = (row: SkippedRow, fields: readonly string[]) => {
      const cells = Array.from({ length: width }, (_, i) => fields[i] ?? "");
      chunk.push([row.source.file, String(row.line), row.reason, ...cells]);
      if (chunk.length >= CHUNK_ROWS) {
        writeAll(fd, Buffer.from(rawCsv(chunk)), path);
        chunk = [];
      }
    };
    if (inFileOrder(rows)) streamRows(rows, emit);
    else fetchRows(rows, emit);
    if (chunk.length > 0) writeAll(fd, Buffer.from(rawCsv(chunk)), path);
  } finally {
    closeSync(fd);
  }
}

/** One source file read again, its rows in line order, none held: written as the file goes by. */
function inFileOrder(rows: readonly SkippedRow[]): boolean {
  const path = rows[0]!.source.path;
  return (
    path !== undefined &&
    rows.every((r, i) => !r.fields && r.source.path === path && (i === 0 || rows[i - 1]!.line <= r.line))
  );
}

function streamRows(
  rows: readonly SkippedRow[],
  emit: (row: SkippedRow, fields: readonly string[]) => void,
): void {
  const { path, file } = rows[0]!.source;
  let next = 0;
  readCsvRecords(
    path!,
    file,
    (record) => {
      while (next < rows.length && rows[next]!.line === record.line) emit(rows[next++]!, record.fields);
      return next < rows.length;
    },
    Number.POSITIVE_INFINITY, // checked when it was first read
    (line) => next < rows.length && rows[next]!.line === line,
  );
  for (; next < rows.length; next++) emit(rows[next]!, []); // the file changed since
}

function fetchRows(
  rows: readonly SkippedRow[],
  emit: (row: SkippedRow, fields: readonly string[]) => void,
): void {
  const byPath = new Map<string, { file: string; lines: number[] }>();
  for (const r of rows) {
    if (r.fields || r.source.path === undefined) continue;
    const entry = byPath.get(r.source.path) ?? { file: r.source.file, lines: [] };
    entry.lines.push(r.line);
    byPath.set(r.source.path, entry);
  }
  const found = new Map<string, Map<number, readonly string[]>>();
  for (const [path, { file, lines }] of byPath)
    found.set(path, fetchRecords(path, file, lines, Number.POSITIVE_INFINITY));
  for (const r of rows) emit(r, r.fields ?? found.get(r.source.path ?? "")?.get(r.line) ?? []);
}
