/**
 * Arrow IPC (file format) reading and writing of canonical tables. Types: text → Utf8,
 * numbers → Float64, booleans → Bool, dates → Date32 (days since 1970-01-01, UTC; read back as
 * ISO `YYYY-MM-DD`). Months stay Utf8 `YYYY-MM`. Reading also accepts integer columns and dates
 * stored as ISO text, so files written by other tools load.
 */
import { createRequire } from "node:module";
import type * as ApacheArrow from "apache-arrow";
import type { DataType, Table, Type, Vector } from "apache-arrow";
import { didYouMean, InputError, problem } from "../errors.js";
import type { TableRead } from "./csv.js";
import { type ReadTextOptions, readBytesChecked } from "./encoding.js";
import type { Rows } from "./rows.js";
import type { Origin, Rejected } from "./staged.js";
import { type Cell, type ColumnType, type Row, TABLES, type TableName } from "./tables.js";
import { typeRow } from "./typedRow.js";
import { formatCell } from "./values.js";

const DAY_MS = 86_400_000;

let loaded: typeof ApacheArrow | null = null;

/**
 * apache-arrow, loaded on first use: it adds about 18 MB to a process's memory, which an import
 * or load of CSV files never needs. Loaded with require (import is asynchronous), so every Arrow
 * object of the data layer comes from this one instance: they never leave this file and
 * stream/tableSink.ts (bytes and cells do), so they never meet another copy's classes.
 */
export function apacheArrow(): typeof ApacheArrow {
  loaded ??= createRequire(import.meta.url)("apache-arrow") as typeof ApacheArrow;
  return loaded;
}

export function arrowType(type: ColumnType): DataType {
  switch (type) {
    case "string":
      return new (apacheArrow().Utf8)();
    case "number":
      return new (apacheArrow().Float64)();
    case "boolean":
      return new (apacheArrow().Bool)();
    case "date":
      return new (apacheArrow().DateDay)();
  }
}

export function toArrowValue(value: Cell, type: ColumnType): unknown {
  if (value === null) return null;
  if (type === "date") return new Date(`${value as string}T00:00:00Z`);
  return value;
}

export function tableToArrow(table: TableName, rows: Rows<Row>): Uint8Array {
  const columns: Record<string, Vector> = {};
  for (const spec of TABLES[table].columns) {
    const values = rows.map((r) => toArrowValue(r[spec.name] ?? null, spec.type));
    columns[spec.name] = apacheArrow().vectorFromArray(values, arrowType(spec.type));
  }
  const arrowTable = new (apacheArrow().Table)(columns);
  arrowTable.schema.metadata.set("planbench.table", table);
  return apacheArrow().tableToIPC(arrowTable, "file");
}

function fromArrowValue(value: unknown, typeId: Type): Cell {
  if (value === null || value === undefined) return null;
  if (typeId === apacheArrow().Type.Date && typeof value === "number")
    return new Date(Math.round(value / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/**
 * Calls `onRow` with each row's values, its 1-based row number and its cells as text (for
 * problems and quarantine); returns the number of rows. Checks the columns first.
 */
export function forEachArrowRow(
  table: TableName,
  bytes: Uint8Array,
  file: string,
  onRow: (values: Record<string, Cell>, line: number, header: readonly string[]) => void,
): number {
  let arrowTable: Table;
  try {
    arrowTable = apacheArrow().tableFromIPC(bytes);
  } catch (error) {
    throw new InputError([problem(file, `not a readable Arrow IPC file: ${(error as Error).message}`)]);
  }
  const names = arrowTable.schema.fields.map((f) => f.name);
  const known = TABLES[table].columns.map((c) => c.name);
  const problems = [];
  for (const n of names) {
    if (!known.includes(n))
      problems.push(
        problem(file, `unknown column '${n}' for table ${table}`, { path: n, hint: didYouMean(n, known) }),
      );
  }
  for (const spec of TABLES[table].columns) {
    if (spec.required && !names.includes(spec.name))
      problems.push(problem(file, `missing required column '${spec.name}'`, { path: spec.name }));
  }
  if (problems.length > 0) throw new InputError(problems);
  const vectors = names.map((n) => ({
    name: n,
    vector: arrowTable.getChild(n)!,
    typeId: arrowTable.schema.fields.find((f) => f.name === n)!.typeId,
  }));
  for (let i = 0; i < arrowTable.numRows; i++) {
    const values: Record<string, Cell> = {};
    for (const v of vectors) values[v.name] = fromArrowValue(v.vector.get(i), v.typeId);
    onRow(values, i + 1, names);
  }
  return arrowTable.numRows;
}

/** An Arrow row's cells as text, in the file's column order. */
export function arrowFields(values: Readonly<Record<string, Cell>>, header: readonly string[]): string[] {
  return header.map((n) => formatCell(values[n] ?? null));
}

/** Read a canonical table from Arrow IPC bytes. `line` in problems is the 1-based row number. */
export function arrowToTable(table: TableName, bytes: Uint8Array, file: string): TableRead {
  const rows: Row[] = [];
  const origins: Origin[] = [];
  const rejected: Rejected[] = [];
  const rowsRead = forEachArrowRow(table, bytes, file, (values, line, names) => {
    const typed = typeRow(table, values, { file, line, columnIndex: (c) => names.indexOf(c) + 1 });
    const fields = arrowFields(values, names);
    if (typed.issues.length > 0) rejected.push({ file, line, header: names, fields, issues: typed.issues });
    else {
      rows.push(typed.row);
      origins.push({ file, line, header: names, fields });
    }
  });
  return { rows, origins, rejected, rowsRead };
}

export function readTableArrow(table: TableName, path: string, options: ReadTextOptions = {}): TableRead {
  return arrowToTable(table, readBytesChecked(path, options), options.displayName ?? path);
}
