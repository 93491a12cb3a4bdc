/**
 * Row-oriented output tables written as CSV (with the spreadsheet formula-injection guard) and
 * Arrow IPC (file format). Text columns become Utf8, numbers Float64.
 */
import { Float64, Table, tableToIPC, Utf8, type Vector, vectorFromArray } from "apache-arrow";
import { stringify } from "csv-stringify/sync";
import { guardCell } from "./csvCell.js";

export interface OutputColumn<Row> {
  readonly name: string;
  readonly type: "text" | "number";
  readonly value: (row: Row) => string | number;
}

export function toArrow<Row>(
  columns: readonly OutputColumn<Row>[],
  rows: readonly Row[],
  meta: Record<string, string> = {},
): Uint8Array {
  const vectors: Record<string, Vector> = {};
  for (const c of columns) {
    vectors[c.name] =
      c.type === "number"
        ? vectorFromArray(
            rows.map((r) => c.value(r) as number),
            new Float64(),
          )
        : vectorFromArray(
            rows.map((r) => String(c.value(r))),
            new Utf8(),
          );
  }
  const table = new Table(vectors);
  for (const [k, v] of Object.entries(meta)) table.schema.metadata.set(k, v);
  return tableToIPC(table, "file");
}

/**
 * Numbers are written in full precision (shortest round-trip form), NaN as an empty cell; text
 * cells go through the formula-injection guard (numbers are ours, never user text).
 */
export function toCsv<Row>(columns: readonly OutputColumn<Row>[], rows: readonly Row[]): string {
  const records = rows.map((r) =>
    columns.map((c) => {
      const v = c.value(r);
      if (c.type === "number") return typeof v === "number" && Number.isFinite(v) ? String(v) : "";
      return guardCell(String(v));
    }),
  );
  return stringify([columns.map((c) => c.name), ...records], { record_delimiter: "\n" });
}
