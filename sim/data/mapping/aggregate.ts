/**
 * Aggregation of mapped rows into one row per key (e.g. feature-usage events → usage per
 * account × month). Groups come out sorted by key, so the result does not depend on the order
 * of the source file.
 */
import type { Value } from "../../language/expression.js";
import { issue } from "../issues.js";
import { addNote, type Origin, rejectedFrom, type TableOutcome } from "../staged.js";
import type { Cell } from "../tables.js";
import type { AggregateColumn, RowTableMapping } from "./schema.js";

/** A source record mapped onto a canonical row, before aggregation. */
export interface MappedRow {
  readonly values: Record<string, Cell>;
  readonly fields: Record<string, Value>;
  readonly origin: Origin;
}

export interface AggregatedRow {
  readonly values: Record<string, Cell>;
  readonly origin: Origin;
  readonly members: number;
}

type Aggregate = NonNullable<RowTableMapping["aggregate"]>;

const keyOf = (values: Record<string, Cell>, by: readonly string[]): string =>
  JSON.stringify(by.map((b) => values[b] ?? null));

function numeric(v: Value | undefined): number | null {
  if (v === null || v === undefined || v === "") return null;
  const n = typeof v === "number" ? v : Number(v);
  return Number.isFinite(n) ? n : Number.NaN;
}

function reduce(op: NonNullable<AggregateColumn>, rows: readonly MappedRow[]): number | null {
  if (op.op === "count") return rows.length;
  const of = op.of ?? "";
  if (op.op === "countDistinct") return new Set(rows.map((r) => String(r.fields[of] ?? ""))).size;
  const xs = rows.map((r) => numeric(r.fields[of])).filter((x): x is number => x !== null);
  if (xs.length === 0) return null;
  switch (op.op) {
    case "sum":
      return xs.reduce((a, b) => a + b, 0);
    case "mean":
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    case "min":
      return Math.min(...xs);
    case "max":
      return Math.max(...xs);
  }
}

function finish(op: NonNullable<AggregateColumn>, x: number | null): number | null {
  if (x === null) return null;
  let v = op.divide ? x / op.divide : x;
  if (op.cap !== undefined) v = Math.min(v, op.cap);
  if (op.round !== undefined) v = Math.round(v * 10 ** op.round) / 10 ** op.round;
  return v;
}

/** Group rows; rows whose aggregated inputs are not numbers are rejected, not dropped. */
export function aggregateRows(
  rows: readonly MappedRow[],
  spec: Aggregate,
  out: TableOutcome,
): AggregatedRow[] {
  const groups = new Map<string, MappedRow[]>();
  for (const row of rows) {
    const bad = Object.values(spec.columns).find(
      (op) =>
        op &&
        op.op !== "count" &&
        op.op !== "countDistinct" &&
        Number.isNaN(numeric(row.fields[op.of ?? ""])),
    );
    if (bad) {
      const of = bad.of ?? "";
      const index = row.origin.header.indexOf(of) + 1;
      out.rejected.push(
        rejectedFrom(row.origin, [
          issue(row.origin.file, row.origin.line, of, String(row.fields[of]), "must be a number", index),
        ]),
      );
      continue;
    }
    const key = keyOf(row.values, spec.by);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const keys = [...groups.keys()].sort();
  addNote(out, `source rows aggregated into ${keys.length} ${spec.by.join(" × ")} rows`, rows.length);
  return keys.map((key) => {
    const members = groups.get(key)!;
    const values: Record<string, Cell> = { ...members[0]!.values };
    for (const [name, op] of Object.entries(spec.columns))
      values[name] = op ? finish(op, reduce(op, members)) : null;
    return { values, origin: members[0]!.origin, members: members.length };
  });
}
