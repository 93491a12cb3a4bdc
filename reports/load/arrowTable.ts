/**
 * Reads an Arrow IPC file written by planbench into plain columns (text as strings, numbers as
 * Float64Array with NaN for nulls). A missing or unreadable file is an InputError naming it.
 */
import { existsSync, readFileSync } from "node:fs";
import { tableFromIPC } from "apache-arrow";
import { InputError, problem } from "../../sim/errors.js";

export interface Columns {
  readonly file: string;
  readonly rows: number;
  has(name: string): boolean;
  text(name: string): string[];
  numbers(name: string): Float64Array;
}

export function readArrowColumns(file: string): Columns {
  if (!existsSync(file)) throw new InputError([problem(file, "file not found")]);
  let table: ReturnType<typeof tableFromIPC>;
  try {
    table = tableFromIPC(readFileSync(file));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new InputError([problem(file, `not a readable Arrow IPC file (${why})`)]);
  }
  const names = new Set(table.schema.fields.map((f) => f.name));
  const column = (name: string) => {
    const c = table.getChild(name);
    if (!c) throw new InputError([problem(file, `column '${name}' is missing`)]);
    return c;
  };
  return {
    file,
    rows: table.numRows,
    has: (name) => names.has(name),
    text: (name) => Array.from(column(name).toArray() as ArrayLike<unknown>, (v) => String(v ?? "")),
    numbers: (name) => {
      const c = column(name);
      const out = new Float64Array(table.numRows);
      for (let i = 0; i < table.numRows; i++) {
        const v = c.get(i);
        out[i] = v === null || v === undefined ? Number.NaN : Number(v);
      }
      return out;
    },
  };
}
