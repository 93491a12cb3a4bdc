/**
 * Key checks of a table as its rows go by: a duplicate primary key rejects the later row, naming
 * where the first was; a foreign key must name a row of its table, read before this one
 * (TABLE_NAMES puts referenced tables first; a table not given is empty, so every reference to it
 * dangles). Only keys are kept (KeyIndex), never rows.
 */
import { nearest } from "../../errors.js";
import { type DataIssue, issue } from "../issues.js";
import type { RowSource } from "../staged.js";
import { type Row, TABLE_NAMES, TABLES, type TableName } from "../tables.js";
import { KeyIndex } from "./keyIndex.js";

/** Hints ("did you mean") for this many dangling keys per table, then skipped for speed. */
const HINT_LIMIT = 100;

/** Lines of a file fit in 32 bits; the file's number goes above them. */
const FILE_UNIT = 2 ** 32;

/** The values of every referenced column ("accounts.account_id", …), filled table by table. */
export class KeyValues {
  private readonly sets = new Map<string, KeyIndex>();

  constructor() {
    for (const t of TABLE_NAMES)
      for (const c of TABLES[t].columns) if (c.references) this.sets.set(c.references, new KeyIndex());
  }

  /** The columns of `table` that other tables reference, with the set each one fills. */
  referencedBy(table: TableName): { column: string; values: KeyIndex }[] {
    return [...this.sets]
      .filter(([ref]) => ref.startsWith(`${table}.`))
      .map(([ref, values]) => ({ column: ref.slice(table.length + 1), values }));
  }

  get(reference: string): KeyIndex {
    return this.sets.get(reference)!;
  }
}

export class TableKeys {
  private readonly keyColumns: string[];
  private readonly refs: { column: string; table: string; values: KeyIndex }[];
  private readonly kept: { column: string; values: KeyIndex }[];
  private seen = new KeyIndex();
  private readonly files: string[] = [];
  private hints = 0;

  constructor(
    private readonly table: TableName,
    values: KeyValues,
  ) {
    const spec = TABLES[table];
    this.keyColumns = spec.columns.filter((c) => c.key).map((c) => c.name);
    this.refs = spec.columns
      .filter((c) => c.references)
      .map((c) => ({
        column: c.name,
        table: c.references!.split(".")[0]!,
        values: values.get(c.references!),
      }));
    this.kept = values.referencedBy(table);
  }

  /** The key issues of `row` (none: the row is kept, and its key and referenced values noted). */
  check(row: Row, origin: RowSource): DataIssue[] {
    const issues: DataIssue[] = [];
    const position = (column: string) => origin.header.indexOf(column) + 1;
    const key = this.keyColumns.map((k) => String(row[k])).join(" | ");
    const first = this.seen.get(key);
    if (first !== undefined) {
      const where = `${this.files[Math.floor(first / FILE_UNIT)]}:${first % FILE_UNIT}`;
      issues.push(
        issue(
          origin.file,
          origin.line,
          this.keyColumns.join("+"),
          key,
          `duplicate key for ${this.table} (first at ${where})`,
          position(this.keyColumns[0]!),
        ),
      );
    }
    for (const ref of this.refs) {
      const value = row[ref.column];
      if (value === null || value === undefined || ref.values.has(String(value))) continue;
      const near = this.hints++ < HINT_LIMIT ? nearest(String(value), ref.values.keys()) : null;
      issues.push(
        issue(
          origin.file,
          origin.line,
          ref.column,
          String(value),
          `is not in ${ref.table}${near ? ` (did you mean '${near}'?)` : ""}`,
          position(ref.column),
        ),
      );
    }
    if (issues.length > 0) {
      if (first === undefined) this.seen.add(key, this.where(origin));
      return issues;
    }
    this.seen.add(key, this.where(origin));
    for (const k of this.kept) k.values.add(String(row[k.column]));
    return issues;
  }

  /**
   * Once the table is read: drops the keys seen (a million keys hold tens of MB), which only
   * this table's own checks read; the referenced values stay in KeyValues for later tables.
   */
  release(): void {
    this.seen = new KeyIndex();
  }

  private where(origin: RowSource): number {
    let file = this.files.indexOf(origin.file);
    if (file < 0) file = this.files.push(origin.file) - 1;
    return file * FILE_UNIT + origin.line;
  }
}
