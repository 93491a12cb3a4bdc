/**
 * Reads a run's trials.arrow (or reps.arrow) into plain row objects, for charts and ad-hoc
 * analysis: one object per row, keyed by column name (metric ids for metric columns), with
 * numbers for numeric columns and strings for text columns. NaN marks an undefined value.
 */
import { readFileSync } from "node:fs";
import { tableFromIPC } from "apache-arrow";
import { InputError, problem } from "../errors.js";

export type ArrowRow = Record<string, number | string>;

export function readArrowRows(file: string): ArrowRow[] {
  let table: ReturnType<typeof tableFromIPC>;
  try {
    table = tableFromIPC(readFileSync(file));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError([problem(file, `not a readable Arrow IPC file: ${reason}`)]);
  }
  const columns = table.schema.fields.map((f) => ({ name: f.name, vector: table.getChild(f.name)! }));
  const rows: ArrowRow[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: ArrowRow = {};
    for (const c of columns) {
      const value: unknown = c.vector.get(i);
      row[c.name] = typeof value === "bigint" ? Number(value) : (value as number | string);
    }
    rows[i] = row;
  }
  return rows;
}
