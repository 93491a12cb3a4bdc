/**
 * CSV for spreadsheets: text cells go through the formula-injection guard (a cell starting with
 * = + - @ tab or CR gets a leading apostrophe, sim/data/csv.ts guardCell), numbers are written in
 * full precision and NaN/null as empty cells.
 */
import { stringify } from "csv-stringify/sync";
import { guardCell } from "../../sim/io/csvCell.js";

export type CsvValue = string | number | null | undefined;

export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const cell = (v: CsvValue) => {
    if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
    if (v === null || v === undefined) return "";
    return guardCell(v);
  };
  return stringify([header.map(cell), ...rows.map((r) => r.map(cell))], { record_delimiter: "\n" });
}
