/**
 * Turns a row of loose values (raw CSV text, Arrow values or mapping results) into a canonical
 * row of the table, collecting every broken rule as a DataIssue. Used by every reader so that a
 * rule is enforced the same way whatever the source format.
 */
import { type DataIssue, issue } from "./issues.js";
import { checkRow } from "./rowRules.js";
import { type Cell, type Row, TABLES, type TableName } from "./tables.js";
import { checkCell, coerceCell } from "./values.js";

export interface RowOrigin {
  readonly file: string;
  readonly line: number;
  /** 1-based source position of a canonical column, 0 when derived or unknown. */
  readonly columnIndex: (column: string) => number;
  /** Source column name to report for a canonical column (defaults to the canonical name). */
  readonly sourceColumn?: (column: string) => string;
}

export interface TypedRow {
  readonly row: Row;
  readonly issues: DataIssue[];
}

const show = (v: Cell | undefined): string => (v === null || v === undefined ? "" : String(v));

export function typeRow(
  table: TableName,
  values: Readonly<Record<string, Cell | undefined>>,
  origin: RowOrigin,
  dateFormats: Readonly<Record<string, string>> = {},
): TypedRow {
  const row: Row = {};
  const issues: DataIssue[] = [];
  const name = (c: string) => origin.sourceColumn?.(c) ?? c;
  for (const spec of TABLES[table].columns) {
    const raw = values[spec.name];
    const parsed = coerceCell(raw, spec, dateFormats[spec.name]);
    if (!parsed.ok) {
      issues.push(
        issue(
          origin.file,
          origin.line,
          name(spec.name),
          show(raw),
          parsed.rule,
          origin.columnIndex(spec.name),
        ),
      );
      row[spec.name] = null;
      continue;
    }
    const broken = checkCell(parsed.value, spec);
    if (broken) {
      issues.push(
        issue(origin.file, origin.line, name(spec.name), show(raw), broken, origin.columnIndex(spec.name)),
      );
    }
    row[spec.name] = parsed.value;
  }
  if (issues.length === 0) {
    for (const r of checkRow(table, row)) {
      issues.push(
        issue(
          origin.file,
          origin.line,
          name(r.column),
          show(row[r.column]),
          r.rule,
          origin.columnIndex(r.column),
        ),
      );
    }
  }
  return { row, issues };
}
