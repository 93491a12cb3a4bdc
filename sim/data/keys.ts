/**
 * Key checks across tables: duplicate primary keys (the first row wins, later ones are rejected
 * naming where the first was) and dangling foreign keys (a row naming an account or rep that is
 * not in its table). Run in TABLE_NAMES order so referenced tables are final first.
 */
import { nearest } from "../errors.js";
import { type DataIssue, issue } from "./issues.js";
import { type Origin, rejectedFrom, type TableOutcome } from "./staged.js";
import { TABLES, type TableName } from "./tables.js";

/** Hints ("did you mean") are computed for this many dangling keys per table, then skipped for speed. */
const HINT_LIMIT = 100;

const position = (origin: Origin, column: string) => origin.header.indexOf(column) + 1;

export function checkKeys(
  outcome: TableOutcome,
  all: Readonly<Partial<Record<TableName, TableOutcome>>>,
): void {
  const spec = TABLES[outcome.table];
  const keyColumns = spec.columns.filter((c) => c.key).map((c) => c.name);
  const refs = spec.columns
    .filter((c) => c.references)
    .map((c) => {
      const [table, column] = c.references!.split(".") as [TableName, string];
      const target = all[table];
      return {
        column: c.name,
        table,
        values: target ? new Set(target.rows.map((r) => String(r[column]))) : null,
      };
    });
  const seen = new Map<string, Origin>();
  let hints = 0;
  const keep: number[] = [];
  outcome.rows.forEach((row, i) => {
    const origin = outcome.origins[i]!;
    const issues: DataIssue[] = [];
    const key = keyColumns.map((k) => String(row[k])).join(" | ");
    const first = seen.get(key);
    if (first) {
      issues.push(
        issue(
          origin.file,
          origin.line,
          keyColumns.join("+"),
          key,
          `duplicate key for ${outcome.table} (first at ${first.file}:${first.line})`,
          position(origin, keyColumns[0]!),
        ),
      );
    } else seen.set(key, origin);
    for (const ref of refs) {
      if (!ref.values) continue;
      const value = row[ref.column];
      if (value === null || ref.values.has(String(value))) continue;
      const near = hints++ < HINT_LIMIT ? nearest(String(value), ref.values) : null;
      issues.push(
        issue(
          origin.file,
          origin.line,
          ref.column,
          String(value),
          `is not in ${ref.table}${near ? ` (did you mean '${near}'?)` : ""}`,
          position(origin, ref.column),
        ),
      );
    }
    if (issues.length > 0) outcome.rejected.push(rejectedFrom(origin, issues));
    else keep.push(i);
  });
  if (keep.length === outcome.rows.length) return;
  outcome.rows = keep.map((i) => outcome.rows[i]!);
  outcome.origins = keep.map((i) => outcome.origins[i]!);
  outcome.members = keep.map((i) => outcome.members[i]!);
}
