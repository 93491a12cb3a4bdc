/**
 * Maps one source file onto one canonical table as it is read, record by record: skip rules
 * (counted with their reason), column rules, then the canonical type and row checks and the key
 * checks — or, with `aggregate`, into groups judged once the file is read (aggregate.ts). Every
 * source row ends up mapped, rejected (with issues) or skipped.
 */
import type { Value } from "../../language/expression.js";
import { compileCondition } from "../../language/expression.js";
import type { RawRecord } from "../csv.js";
import { type DataIssue, issue } from "../issues.js";
import type { Origin } from "../staged.js";
import type { TableRun } from "../stream/tableRun.js";
import type { Cell } from "../tables.js";
import { Aggregator } from "./aggregate.js";
import { type CompiledColumn, compileColumn } from "./columns.js";
import type { RowTableMapping } from "./schema.js";
import type { SourceFile, Sources } from "./sources.js";

/** Ranks of a row table's rejections (stream/badRows.ts): the order the whole-table importer listed them in. */
export const RANK = { fields: 0, mapping: 1, aggregate: 2, type: 3 } as const;

export function sourceFields(header: readonly string[], record: RawRecord): Record<string, Value> {
  const fields: Record<string, Value> = {};
  for (let i = 0; i < header.length; i++) {
    const v = record.fields[i]!;
    fields[header[i]!] = v.trim() === "" ? null : v;
  }
  return fields;
}

export function originOf(source: SourceFile, record: RawRecord): Origin {
  return {
    file: source.file,
    line: record.line,
    header: source.header,
    fields: record.fields,
    path: source.path,
  };
}

/** A record whose field count is not the header's, or null. */
export function fieldCountIssue(source: SourceFile, record: RawRecord): DataIssue | null {
  const n = record.fields.length;
  const width = source.header.length;
  return n === width
    ? null
    : issue(source.file, record.line, "", "", `row has ${n} fields, the header has ${width}`);
}

export function mapRowTable(run: TableRun, spec: RowTableMapping, sources: Sources): void {
  const source = sources.open(spec.from);
  const skips = (spec.skip ?? []).map((s) => ({ test: compileCondition(s.when), reason: s.reason }));
  const columns: CompiledColumn[] = Object.entries(spec.columns).map(([name, rule]) =>
    compileColumn(name, rule, spec.from, sources),
  );
  const sourceColumn = new Map(columns.map((c) => [c.name, c.sourceColumn || c.name]));
  const where = {
    columnIndex: (column: string) => source.header.indexOf(sourceColumn.get(column) ?? column) + 1,
    sourceColumn: (column: string) => sourceColumn.get(column) ?? column,
  };
  const aggregator = spec.aggregate ? new Aggregator(run, spec.aggregate, source, where) : null;
  sources.records(spec.from, (record) => {
    run.counts.rowsRead++;
    const origin = originOf(source, record);
    const bad = fieldCountIssue(source, record);
    if (bad) {
      run.reject(RANK.fields, origin, [bad]);
      return;
    }
    const fields = sourceFields(source.header, record);
    const skip = skips.find((s) => s.test(fields));
    if (skip) {
      run.bad.skip(origin, skip.reason);
      return;
    }
    const values: Record<string, Cell> = {};
    const issues: DataIssue[] = [];
    for (const c of columns) {
      const result = c.compute(fields);
      if (result.ok) {
        values[c.name] = result.value;
        fields[c.name] = result.value;
      } else {
        const column = source.header.includes(result.column)
          ? result.column
          : (sourceColumn.get(result.column) ?? result.column);
        issues.push(
          issue(
            source.file,
            record.line,
            column,
            result.value,
            result.rule,
            source.header.indexOf(column) + 1,
          ),
        );
        values[c.name] = null;
      }
    }
    if (issues.length > 0) run.reject(RANK.mapping, origin, issues);
    else if (aggregator) aggregator.add(values, fields, origin);
    else run.add(values, origin, RANK.type, where);
  });
  aggregator?.finish();
}
