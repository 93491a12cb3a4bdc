/**
 * `planbench import --dir`: a directory of canonical CSV tables imported as a stream. Rows are
 * read one at a time, typed, key-checked and written on (tableSink.ts); only the key values that
 * later checks need (each table's own keys, the columns other tables reference) and the bad
 * rows stay in memory, so a 1 M-row file imports in a fraction of its size (README, "Resource
 * limits"). Problems, quarantine files and the summary are those of the whole-table loader
 * (../load.ts); outputs are staged and committed as one set under the folder's lock.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { InputError, nearest, type Problem, problem } from "../../errors.js";
import { unguard } from "../../io/csvCell.js";
import { FolderLock } from "../../io/lock.js";
import { OutputStage } from "../../io/outputSet.js";
import { commandPath, formatCommand } from "../../io/shellQuote.js";
import { checkHeader } from "../csv.js";
import { capProblems, type DataIssue, DEFAULT_PROBLEM_CAP, issue, issueToProblem } from "../issues.js";
import type { BadRowPolicy, LoadedDataset } from "../load.js";
import type { Rejected } from "../staged.js";
import type { ImportSummary, TableSummary } from "../summary.js";
import { type Cell, TABLE_NAMES, TABLES, type TableName } from "../tables.js";
import { typeRow } from "../typedRow.js";
import { writeQuarantine } from "../write.js";
import { csvRecords } from "./csvRecords.js";
import { KeyIndex } from "./keyIndex.js";
import { TableSink } from "./tableSink.js";

export interface StreamImportOptions {
  readonly out: string;
  readonly format: "csv" | "arrow" | "both";
  readonly onBadRows: BadRowPolicy;
  readonly maxBytes?: number;
}

export interface StreamImportResult {
  readonly summary: ImportSummary;
  readonly quarantined: number;
  readonly written: readonly string[];
}

/** Hints ("did you mean") for this many dangling keys per table (as ../keys.ts). */
const HINT_LIMIT = 100;

/** True when every table of `dir` is CSV (or absent): the streaming importer can read it. */
export function streamable(dir: string): boolean {
  return TABLE_NAMES.every((t) => existsSync(join(dir, `${t}.csv`)) || !existsSync(join(dir, `${t}.arrow`)));
}

/** The columns some table references ("accounts.account_id" …): their values are kept. */
function referencedColumns(): Map<TableName, string[]> {
  const out = new Map<TableName, string[]>();
  for (const t of TABLE_NAMES)
    for (const c of TABLES[t].columns)
      if (c.references) {
        const [table, column] = c.references.split(".") as [TableName, string];
        out.set(table, [...new Set([...(out.get(table) ?? []), column])]);
      }
  return out;
}

interface Collected {
  readonly rejected: { table: TableName; row: Rejected }[];
  problems: Problem[];
  problemCount: number;
}

class BadRows implements Collected {
  readonly rejected: { table: TableName; row: Rejected }[] = [];
  problems: Problem[] = [];
  problemCount = 0;
  constructor(private readonly policy: BadRowPolicy) {}

  add(table: TableName, row: Rejected): void {
    if (this.policy === "quarantine") this.rejected.push({ table, row });
    for (const i of row.issues) {
      this.problemCount++;
      if (this.problems.length <= DEFAULT_PROBLEM_CAP) this.problems.push(issueToProblem(i));
    }
  }
}

async function importTable(
  dir: string,
  table: TableName,
  stage: OutputStage,
  options: StreamImportOptions,
  values: Map<string, Set<string>>,
  keep: readonly string[],
  bad: BadRows,
): Promise<TableSummary> {
  const path = join(dir, `${table}.csv`);
  const summary = {
    table,
    rowsRead: 0,
    generated: 0,
    rows: 0,
    quarantined: 0,
    skipped: {},
    notes: {} as Record<string, number>,
  };
  const shownAs = (f: string) => join(options.out, f);
  const sink = new TableSink(
    table,
    {
      csv: options.format !== "arrow" ? stage.path(`${table}.csv`) : undefined,
      arrow: options.format !== "csv" ? stage.path(`${table}.arrow`) : undefined,
    },
    shownAs,
  );
  try {
    if (!existsSync(path)) {
      summary.notes[`no ${table}.csv or ${table}.arrow: table is empty`] = 1;
      return summary;
    }
    const spec = TABLES[table];
    const keyColumns = spec.columns.filter((c) => c.key).map((c) => c.name);
    const refs = spec.columns
      .filter((c) => c.references)
      .map((c) => ({
        column: c.name,
        table: c.references!.split(".")[0]!,
        values: values.get(c.references!),
      }));
    for (const column of keep) values.set(`${table}.${column}`, new Set());
    const seen = new KeyIndex();
    let header: string[] | null = null;
    let index = new Map<string, number>();
    let hints = 0;
    const reject = (line: number, fields: string[], issues: DataIssue[]) => {
      summary.quarantined++;
      bad.add(table, { file: path, line, header: header!, fields, issues });
    };
    for await (const record of csvRecords(path, path, options.maxBytes)) {
      if (header === null) {
        header = record.fields.map((h) => h.trim());
        checkHeader(table, header, path);
        index = new Map(header.map((h, i) => [h, i]));
        continue;
      }
      summary.rowsRead++;
      if (record.fields.length !== header.length) {
        const rule = `row has ${record.fields.length} fields, the header has ${header.length}`;
        reject(record.line, record.fields, [issue(path, record.line, "", "", rule)]);
        continue;
      }
      const cells: Record<string, Cell> = {};
      for (const [name, i] of index) cells[name] = unguard(record.fields[i]!);
      const typed = typeRow(table, cells, {
        file: path,
        line: record.line,
        columnIndex: (c) => (index.get(c) ?? -1) + 1,
      });
      if (typed.issues.length > 0) {
        reject(record.line, record.fields, typed.issues);
        continue;
      }
      const row = typed.row;
      const issues: DataIssue[] = [];
      const key = keyColumns.map((k) => String(row[k])).join(" | ");
      const first = seen.get(key);
      if (first !== undefined)
        issues.push(
          issue(
            path,
            record.line,
            keyColumns.join("+"),
            key,
            `duplicate key for ${table} (first at ${path}:${first})`,
            header.indexOf(keyColumns[0]!) + 1,
          ),
        );
      else seen.add(key, record.line);
      for (const ref of refs) {
        const value = row[ref.column];
        if (!ref.values || value === null || ref.values.has(String(value))) continue;
        const near = hints++ < HINT_LIMIT ? nearest(String(value), ref.values) : null;
        issues.push(
          issue(
            path,
            record.line,
            ref.column,
            String(value),
            `is not in ${ref.table}${near ? ` (did you mean '${near}'?)` : ""}`,
            header.indexOf(ref.column) + 1,
          ),
        );
      }
      if (issues.length > 0) {
        reject(record.line, record.fields, issues);
        continue;
      }
      for (const column of keep) values.get(`${table}.${column}`)!.add(String(row[column]));
      summary.rows++;
      sink.push(row);
    }
    if (header === null)
      throw new InputError([problem(path, "file is empty: expected a header row", { line: 1 })]);
    return summary;
  } finally {
    await sink.close();
  }
}

/** Imports a canonical CSV directory into `options.out` (see the file comment). */
export async function importDirectoryStreaming(
  dir: string,
  options: StreamImportOptions,
): Promise<StreamImportResult> {
  if (!existsSync(dir))
    throw new InputError([problem(dir, "not a directory of canonical tables nor a mapping file (.yaml)")]);
  const lock = FolderLock.acquire(
    options.out,
    formatCommand(["planbench", "import", "--dir", commandPath(dir)]),
  );
  try {
    const stage = OutputStage.begin(options.out);
    try {
      const keep = referencedColumns();
      const values = new Map<string, Set<string>>();
      const bad = new BadRows(options.onBadRows);
      const tables: TableSummary[] = [];
      for (const table of TABLE_NAMES)
        tables.push(await importTable(dir, table, stage, options, values, keep.get(table) ?? [], bad));
      if (options.onBadRows === "fail" && bad.problemCount > 0) {
        // as failOnIssues: the first DEFAULT_PROBLEM_CAP problems, then how many more
        const shown = bad.problems.slice(0, DEFAULT_PROBLEM_CAP);
        const more = bad.problemCount - shown.length;
        const rest = more > 0 ? capProblems(bad.problems).slice(DEFAULT_PROBLEM_CAP) : [];
        const count = rest.map((p) => ({ ...p, message: p.message.replace(/\d+ more/, `${more} more`) }));
        throw new InputError([...shown, ...count]);
      }
      const summary: ImportSummary = { source: dir, tables };
      writeQuarantine(stage.dir, { rejected: bad.rejected } as unknown as LoadedDataset);
      stage.write("import-summary.json", `${JSON.stringify(summary, null, 2)}\n`);
      const written = stage.commit({ kind: "import", mode: "replace" });
      return { summary, quarantined: bad.rejected.length, written };
    } finally {
      stage.discard();
    }
  } finally {
    lock.release();
  }
}
