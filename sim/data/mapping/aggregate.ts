/**
 * Aggregation of mapped rows into one row per key (e.g. feature-usage events → usage per
 * account × month), as the rows stream by: per group only its first row's values and line and a
 * running figure per aggregated column are kept, never the rows. Groups come out sorted by key,
 * so the result does not depend on the order of the source file; they are typed and key-checked
 * once the file is read, so a rejected group names its first row's line (fields read again).
 */
import type { Value } from "../../language/expression.js";
import { TextColumn } from "../columns/textColumn.js";
import { type DataIssue, issue } from "../issues.js";
import { addNote, type Origin } from "../staged.js";
import { KeyIndex } from "../stream/keyIndex.js";
import type { TableRun } from "../stream/tableRun.js";
import type { Cell } from "../tables.js";
import type { RowOrigin } from "../typedRow.js";
import type { AggregateColumn, RowTableMapping } from "./schema.js";
import type { SourceFile } from "./sources.js";

type Aggregate = NonNullable<RowTableMapping["aggregate"]>;
type Op = NonNullable<AggregateColumn>;

/** Ranks of the rejections made here (after mapping's, before the key checks). */
const RANK_NOT_NUMBER = 2;
const RANK_TYPE = 3;

function numeric(v: Value | undefined): number | null {
  if (v === null || v === undefined || v === "") return null;
  const n = typeof v === "number" ? v : Number(v);
  return Number.isFinite(n) ? n : Number.NaN;
}

function finish(op: Op, x: number | null): number | null {
  if (x === null) return null;
  let v = op.divide ? x / op.divide : x;
  if (op.cap !== undefined) v = Math.min(v, op.cap);
  if (op.round !== undefined) v = Math.round(v * 10 ** op.round) / 10 ** op.round;
  return v;
}

/** JSON keeps every cell but -0, which it writes as 0. */
const NEGATIVE_ZERO = "\u0000-0";
const encodeCells = (values: Record<string, Cell>): string =>
  JSON.stringify(values, (_k, v) => (Object.is(v, -0) ? NEGATIVE_ZERO : v));
const decodeCells = (text: string): Record<string, Cell> =>
  JSON.parse(text, (_k, v) => (v === NEGATIVE_ZERO ? -0 : v)) as Record<string, Cell>;

/** One aggregated column's running figure per group. */
class Running {
  readonly value: number[] = [];
  /** Numeric inputs seen (sum, mean, min, max) or distinct values (countDistinct). */
  readonly n: number[] = [];
  private readonly distinct: KeyIndex | null;

  constructor(readonly op: Op) {
    this.distinct = op.op === "countDistinct" ? new KeyIndex() : null;
  }

  open(): void {
    this.value.push(0);
    this.n.push(0);
  }

  add(group: number, fields: Record<string, Value>): void {
    const input = fields[this.op.of ?? ""];
    if (this.distinct) {
      if (this.distinct.add(`${group}\u0000${String(input ?? "")}`)) this.n[group]!++;
      return;
    }
    const x = numeric(input);
    if (x === null) return;
    const n = this.n[group]!;
    const v = this.value[group]!;
    if (this.op.op === "min") this.value[group] = n === 0 ? x : Math.min(v, x);
    else if (this.op.op === "max") this.value[group] = n === 0 ? x : Math.max(v, x);
    else this.value[group] = v + x; // sum and mean, in row order as the whole-table sum was
    this.n[group] = n + 1;
  }

  result(group: number, members: number): number | null {
    if (this.op.op === "count") return finish(this.op, members);
    if (this.op.op === "countDistinct") return finish(this.op, this.n[group]!);
    const n = this.n[group]!;
    if (n === 0) return null;
    const v = this.value[group]!;
    return finish(this.op, this.op.op === "mean" ? v / n : v);
  }
}

export class Aggregator {
  private readonly groups = new KeyIndex();
  private readonly first = new TextColumn();
  private readonly firstLine: number[] = [];
  private readonly members: number[] = [];
  private readonly columns: { name: string; running: Running | null }[];
  private mapped = 0;

  constructor(
    private readonly run: TableRun,
    private readonly spec: Aggregate,
    private readonly source: SourceFile,
    private readonly where: Partial<RowOrigin>,
  ) {
    this.columns = Object.entries(spec.columns).map(([name, op]) => ({
      name,
      running: op ? new Running(op) : null,
    }));
  }

  /** A mapped row: into its group, or rejected when an aggregated input is not a number. */
  add(values: Record<string, Cell>, fields: Record<string, Value>, origin: Origin): void {
    this.mapped++;
    const bad = this.notNumber(fields, origin);
    if (bad) {
      this.run.reject(RANK_NOT_NUMBER, origin, [bad]);
      return;
    }
    const key = JSON.stringify(this.spec.by.map((b) => values[b] ?? null));
    const group = this.groups.number(key);
    if (group === this.members.length) {
      this.first.push(encodeCells(values));
      this.firstLine.push(origin.line);
      this.members.push(0);
      for (const c of this.columns) c.running?.open();
    }
    this.members[group]!++;
    for (const c of this.columns) c.running?.add(group, fields);
  }

  /** Once the file is read: one row per group, in key order. */
  finish(): void {
    const keys = Array.from(this.groups.keys());
    addNote(
      this.run.counts,
      `source rows aggregated into ${keys.length} ${this.spec.by.join(" × ")} rows`,
      this.mapped,
    );
    const order = keys
      .map((_, i) => i)
      .sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
    keys.length = 0;
    for (const group of order) {
      const values = decodeCells(this.first.get(group)!);
      for (const c of this.columns)
        values[c.name] = c.running ? c.running.result(group, this.members[group]!) : null;
      const { file, header, path } = this.source;
      this.run.add(values, { file, header, path, line: this.firstLine[group]! }, RANK_TYPE, this.where);
    }
  }

  private notNumber(fields: Record<string, Value>, origin: Origin): DataIssue | null {
    for (const c of this.columns) {
      const op = c.running?.op;
      if (!op || op.op === "count" || op.op === "countDistinct") continue;
      const of = op.of ?? "";
      if (!Number.isNaN(numeric(fields[of]))) continue;
      return issue(
        origin.file,
        origin.line,
        of,
        String(fields[of]),
        "must be a number",
        origin.header.indexOf(of) + 1,
      );
    }
    return null;
  }
}
