/**
 * Maps one source file onto one canonical table, row by row: skip rules (counted with their
 * reason), column rules, optional aggregation (usage per account × month), then the canonical
 * type and row checks. Every source row ends up mapped, rejected (with issues) or skipped.
 */
import type { Value } from "../../language/expression.js";
import { compileCondition } from "../../language/expression.js";
import type { RawCsv, RawRecord } from "../csv.js";
import { type DataIssue, issue } from "../issues.js";
import { emptyOutcome, type Origin, rejectedFrom, type TableOutcome } from "../staged.js";
import type { Cell, TableName } from "../tables.js";
import { typeRow } from "../typedRow.js";
import { aggregateRows, type MappedRow } from "./aggregate.js";
import { type CompiledColumn, compileColumn } from "./columns.js";
import type { RowTableMapping } from "./schema.js";
import type { SourceSet } from "./sources.js";

export function sourceFields(csv: RawCsv, record: RawRecord): Record<string, Value> {
  const fields: Record<string, Value> = {};
  csv.header.forEach((h, i) => {
    const v = record.fields[i]!;
    fields[h] = v.trim() === "" ? null : v;
  });
  return fields;
}

export function originOf(csv: RawCsv, record: RawRecord): Origin {
  return { file: csv.file, line: record.line, header: csv.header, fields: record.fields };
}

export function mapRowTable(table: TableName, spec: RowTableMapping, sources: SourceSet): TableOutcome {
  const csv = sources.get(spec.from);
  const out = emptyOutcome(table);
  out.rowsRead = csv.records.length + csv.rejected.length;
  out.rejected.push(...csv.rejected);
  const skips = (spec.skip ?? []).map((s) => ({ test: compileCondition(s.when), reason: s.reason }));
  const columns: CompiledColumn[] = Object.entries(spec.columns).map(([name, rule]) =>
    compileColumn(name, rule, spec.from, sources),
  );
  const sourceColumn = new Map(columns.map((c) => [c.name, c.sourceColumn || c.name]));
  const position = (column: string): number => csv.header.indexOf(sourceColumn.get(column) ?? column) + 1;
  const mapped: MappedRow[] = [];
  for (const record of csv.records) {
    const fields = sourceFields(csv, record);
    const origin = originOf(csv, record);
    const skip = skips.find((s) => s.test(fields));
    if (skip) {
      out.skipped.push({ origin, reason: skip.reason });
      continue;
    }
    const values: Record<string, Cell> = {};
    const issues: DataIssue[] = [];
    for (const c of columns) {
      const result = c.compute(fields);
      if (result.ok) {
        values[c.name] = result.value;
        fields[c.name] = result.value;
      } else {
        const column = csv.header.includes(result.column)
          ? result.column
          : (sourceColumn.get(result.column) ?? result.column);
        issues.push(
          issue(csv.file, record.line, column, result.value, result.rule, csv.header.indexOf(column) + 1),
        );
        values[c.name] = null;
      }
    }
    if (issues.length > 0) {
      out.rejected.push(rejectedFrom(origin, issues));
      continue;
    }
    mapped.push({ values, fields, origin });
  }
  const rowsIn = spec.aggregate
    ? aggregateRows(mapped, spec.aggregate, out)
    : mapped.map((m) => ({ ...m, members: 1 }));
  for (const m of rowsIn) {
    const typed = typeRow(table, m.values, {
      file: m.origin.file,
      line: m.origin.line,
      columnIndex: position,
      sourceColumn: (c) => sourceColumn.get(c) ?? c,
    });
    if (typed.issues.length > 0) {
      out.rejected.push(rejectedFrom(m.origin, typed.issues));
      continue;
    }
    out.rows.push(typed.row);
    out.origins.push(m.origin);
    out.members.push(m.members);
  }
  return out;
}
