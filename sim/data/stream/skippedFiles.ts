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
import { rawCsvLine } from "../csv.js";
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

/**
 * The skipped rows of one file: which table's SkippedRows and which row of it, as numbers — a
 * row is made only while it is written, so 100,000s of skipped rows are not held as objects.
 */
class Group {
  private readonly tableOf: number[] = [];
  private readonly rowOf: number[] = [];

  constructor(private readonly tables: readonly SkippedRows[]) {}

  get length(): number {
    return this.rowOf.length;
  }

  push(table: number, row: number): void {
    this.tableOf.push(table);
    this.rowOf.push(row);
  }

  at(k: number): SkippedRow {
    return this.tables[this.tableOf[k]!]!.at(this.rowOf[k]!);
  }
}

/** Writes the skipped rows of every table into `dir` (created when there are any); returns the paths. */
export function writeSkippedFiles(dir: string, tables: readonly SkippedRows[]): string[] {
  const groups = new Map<string, Group>();
  tables.forEach((rows, t) => {
    for (let i = 0; i < rows.length; i++) {
      const name = badRowsFile(rows.table, rows.at(i).source.file);
      let group = groups.get(name);
      if (!group) {
        group = new Group(tables);
        groups.set(name, group);
      }
      group.push(t, i);
    }
  });
  const written: string[] = [];
  for (const [name, rows] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, name);
    writeGroup(path, rows);
    written.push(path);
  }
  return written;
}

function writeGroup(path: string, rows: Group): void {
  const header = rows.at(0).source.header;
  let width = header.length;
  for (let k = 0; k < rows.length; k++) {
    const r = rows.at(k);
    width = Math.max(width, r.source.header.length, r.fields?.length ?? 0);
  }
  const extra = Array.from({ length: width - header.length }, (_, i) => `extra_${i + 1}`);
  let fd: number;
  try {
    fd = openSync(path, "w");
  } catch (error) {
    throw asEnvironmentError(error, path, "write");
  }
  try {
    // each row is made into its line at once: the chunk holds flat strings, not cells
    let chunk: string[] = [rawCsvLine(["source_file", "source_line", "reason", ...header, ...extra])];
    const emit = (row: SkippedRow, fields: readonly string[]) => {
      const cells = Array.from({ length: width }, (_, i) => fields[i] ?? "");
      chunk.push(rawCsvLine([row.source.file, String(row.line), row.reason, ...cells]));
      if (chunk.length >= CHUNK_ROWS) {
        writeAll(fd, Buffer.from(chunk.join("")), path);
        chunk = [];
      }
    };
    if (inFileOrder(rows)) streamRows(rows, emit);
    else fetchRows(rows, emit);
    if (chunk.length > 0) writeAll(fd, Buffer.from(chunk.join("")), path);
  } finally {
    closeSync(fd);
  }
}

/** One source file read again, its rows in line order, none held: written as the file goes by. */
function inFileOrder(rows: Group): boolean {
  const path = rows.at(0).source.path;
  if (path === undefined) return false;
  let previous = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows.at(k);
    if (r.fields || r.source.path !== path || (k > 0 && previous > r.line)) return false;
    previous = r.line;
  }
  return true;
}

function streamRows(rows: Group, emit: (row: SkippedRow, fields: readonly string[]) => void): void {
  const { path, file } = rows.at(0).source;
  let next = 0;
  let row: SkippedRow | null = rows.at(0);
  const advance = () => {
    next++;
    row = next < rows.length ? rows.at(next) : null;
  };
  readCsvRecords(
    path!,
    file,
    (record) => {
      while (row !== null && row.line === record.line) {
        emit(row, record.fields);
        advance();
      }
      return row !== null;
    },
    Number.POSITIVE_INFINITY, // checked when it was first read
    (line) => row !== null && row.line === line,
  );
  for (; row !== null; advance()) emit(row, []); // the file changed since
}

function fetchRows(rows: Group, emit: (row: SkippedRow, fields: readonly string[]) => void): void {
  const byPath = new Map<string, { file: string; lines: number[] }>();
  for (let k = 0; k < rows.length; k++) {
    const r = rows.at(k);
    if (r.fields || r.source.path === undefined) continue;
    const entry = byPath.get(r.source.path) ?? { file: r.source.file, lines: [] };
    entry.lines.push(r.line);
    byPath.set(r.source.path, entry);
  }
  const found = new Map<string, Map<number, readonly string[]>>();
  for (const [path, { file, lines }] of byPath)
    found.set(path, fetchRecords(path, file, lines, Number.POSITIVE_INFINITY));
  for (let k = 0; k < rows.length; k++) {
    const r = rows.at(k);
    emit(r, r.fields ?? found.get(r.source.path ?? "")?.get(r.line) ?? []);
  }
}
