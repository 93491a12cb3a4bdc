/**
 * CSV reading and writing. Reading keeps the source line of every record (csv-parse `info`), so
 * problems point at `file:line`; writing guards against spreadsheet formula injection. The
 * importers read files as a stream (stream/readRecords.ts, the same two parsers chunk by chunk);
 * the whole-text readers here serve texts already in memory and the tests' oracles.
 */
import { type Options, parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { didYouMean, InputError, problem } from "../errors.js";
import { guardCell, unguard } from "../io/csvCell.js";
import { type ReadTextOptions, readTextChecked } from "./encoding.js";
import { issue } from "./issues.js";
import type { Rows } from "./rows.js";
import type { Origin, Rejected } from "./staged.js";
import { type Cell, type Row, TABLES, type TableName } from "./tables.js";
import { typeRow } from "./typedRow.js";
import { formatCell } from "./values.js";

export interface RawRecord {
  readonly line: number;
  readonly fields: string[];
}

export interface RawCsv {
  readonly file: string;
  readonly header: string[];
  readonly records: RawRecord[];
  /** Records with the wrong number of fields. */
  readonly rejected: Rejected[];
}

/**
 * Parse CSV text; `file` is the name used in problems. Each record keeps only its fields and the
 * line it ends on. Text without any double quote cannot contain quoted fields, so it is split
 * directly (exactly what RFC 4180 prescribes for it, and several times faster on large
 * exports); anything else goes through csv-parse.
 */
export function parseCsvText(text: string, file: string): RawCsv {
  let parsed: RawRecord[];
  try {
    parsed = text.includes('"') ? parseWithLibrary(text) : splitUnquoted(text);
  } catch (error) {
    const e = error as { message?: string; lines?: number; code?: string };
    const opened = e.code === "CSV_QUOTE_NOT_CLOSED" ? unclosedQuoteLine(text) : 0;
    if (opened > 0)
      throw new InputError([
        problem(file, "malformed CSV: a quoted field opens here and is never closed", {
          line: opened,
          hint: 'close the quote, or double a quote inside a quoted field ("")',
        }),
      ]);
    throw new InputError([
      problem(file, `malformed CSV: ${e.message ?? String(error)}`, { line: e.lines ?? 0 }),
    ]);
  }
  const first = parsed[0];
  if (!first) throw new InputError([problem(file, "file is empty: expected a header row", { line: 1 })]);
  const header = first.fields.map((h) => h.trim());
  const records: RawRecord[] = [];
  const rejected: Rejected[] = [];
  for (let i = 1; i < parsed.length; i++) {
    const record = parsed[i]!;
    if (record.fields.length !== header.length) {
      const rule = `has ${record.fields.length} fields, the header has ${header.length}`;
      rejected.push({
        file,
        line: record.line,
        header,
        fields: record.fields,
        issues: [issue(file, record.line, "", "", `row ${rule}`)],
      });
      continue;
    }
    records.push(record);
  }
  return { file, header, records, rejected };
}

/**
 * The line where the quoted field that never closes opens (csv-parse reports the end of the
 * file, where it gave up). A quote opens a field only at its start; `""` inside is a quote.
 */
export function unclosedQuoteLine(text: string): number {
  let line = 1;
  let opened = 0;
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34 /* " */) {
        if (text.charCodeAt(i + 1) === 34) i++;
        else quoted = false;
      } else if (c === 10) line++;
      continue;
    }
    if (c === 34 && fieldStart) {
      quoted = true;
      opened = line;
    }
    if (c === 10) line++;
    fieldStart = c === 44 /* , */ || c === 10 || c === 13;
  }
  return quoted ? opened : 0;
}

function parseWithLibrary(text: string): RawRecord[] {
  const options: Options<RawRecord, string[]> = {
    skip_empty_lines: true,
    relax_column_count: true,
    bom: true,
    on_record: (record, context) => ({ line: context.lines, fields: record }),
  };
  // the sync typings only type on_record when `columns` is set; the records are RawRecords
  return parse(text, options as unknown as Options) as unknown as RawRecord[];
}

/** Quote-free CSV: records are lines (LF or CRLF), fields are comma-separated; blank lines skipped. */
export function splitUnquoted(text: string): RawRecord[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: RawRecord[] = [];
  let line = 0;
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf("\n", start);
    if (end < 0) end = body.length;
    line++;
    const raw = body.charCodeAt(end - 1) === 13 ? body.slice(start, end - 1) : body.slice(start, end);
    if (raw.length > 0) records.push({ line, fields: raw.split(",") });
    start = end + 1;
  }
  return records;
}

export function readCsvFile(path: string, options: ReadTextOptions = {}): RawCsv {
  const file = options.displayName ?? path;
  return parseCsvText(readTextChecked(path, options), file);
}

export interface TableRead {
  readonly rows: Row[];
  /** Where each row came from (file, line, header, raw fields), for problems and quarantine. */
  readonly origins: Origin[];
  readonly rejected: Rejected[];
  readonly rowsRead: number;
}

/** Check a canonical table's header: every required column present, no unknown columns. */
export function checkHeader(table: TableName, header: readonly string[], file: string): void {
  const known = TABLES[table].columns.map((c) => c.name);
  const problems = [];
  for (const h of header) {
    if (!known.includes(h)) {
      problems.push(
        problem(file, `unknown column '${h}' for table ${table}`, {
          line: 1,
          column: header.indexOf(h) + 1,
          path: h,
          hint: didYouMean(h, known),
        }),
      );
    }
  }
  for (const spec of TABLES[table].columns) {
    if (spec.required && !header.includes(spec.name)) {
      problems.push(
        problem(file, `missing required column '${spec.name}' (${spec.meaning})`, {
          line: 1,
          path: spec.name,
        }),
      );
    }
  }
  if (problems.length > 0) throw new InputError(problems);
}

/** Read a canonical table from parsed CSV: typed rows plus rejected records with their issues. */
export function typeCsvTable(table: TableName, csv: RawCsv): TableRead {
  checkHeader(table, csv.header, csv.file);
  const index = new Map(csv.header.map((h, i) => [h, i]));
  const rows: Row[] = [];
  const origins: Origin[] = [];
  const rejected: Rejected[] = [...csv.rejected];
  for (const record of csv.records) {
    const values: Record<string, Cell> = {};
    for (const [name, i] of index) values[name] = unguard(record.fields[i]!);
    const typed = typeRow(table, values, {
      file: csv.file,
      line: record.line,
      columnIndex: (c) => (index.get(c) ?? -1) + 1,
    });
    if (typed.issues.length > 0) {
      rejected.push({
        file: csv.file,
        line: record.line,
        header: csv.header,
        fields: record.fields,
        issues: typed.issues,
      });
    } else {
      rows.push(typed.row);
      origins.push({ file: csv.file, line: record.line, header: csv.header, fields: record.fields });
    }
  }
  return { rows, origins, rejected, rowsRead: csv.records.length + csv.rejected.length };
}

export function readTableCsv(table: TableName, path: string, options: ReadTextOptions = {}): TableRead {
  return typeCsvTable(table, readCsvFile(path, options));
}

/** Canonical CSV of a table: header in spec order, ISO dates, guarded text cells, LF line ends. */
export function tableToCsv(table: TableName, rows: Rows<Row>): string {
  const specs = TABLES[table].columns;
  const records = rows.map((row) =>
    specs.map((s) => {
      const text = formatCell(row[s.name] ?? null);
      return s.type === "string" ? guardCell(text) : text;
    }),
  );
  return stringify([specs.map((s) => s.name), ...records], { record_delimiter: "\n" });
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Any CSV of raw text (quarantine files): every cell guarded except plain numbers such as -5. */
export function recordsToCsv(header: readonly string[], records: readonly (readonly string[])[]): string {
  return rawCsv([header, ...records]);
}

/** A cell csv-stringify would quote (it then escapes quotes too). */
const NEEDS_QUOTES = /[,"\n\r]/;

/**
 * One record as the line csv-stringify writes for it (LF-terminated, as in a chunk of
 * `stringify(records, { record_delimiter: "\n" })`): the cells joined by commas when none needs
 * quotes — the common case, and exactly its output then — else csv-stringify's own line.
 */
export function csvLine(cells: readonly string[]): string {
  for (const cell of cells)
    if (NEEDS_QUOTES.test(cell)) return stringify([cells], { record_delimiter: "\n" });
  return `${cells.join(",")}\n`;
}

/** One record of raw text as rawCsv writes it, made as it comes (a flat string, not held cells). */
export function rawCsvLine(record: readonly string[]): string {
  return csvLine(record.map(safeCell));
}

const safeCell = (t: string) => (PLAIN_NUMBER.test(t) ? t : guardCell(t));

/** Records of raw text as CSV lines, guarded as recordsToCsv does (each line ends in LF, so chunks concatenate). */
export function rawCsv(records: readonly (readonly string[])[]): string {
  const safe = (t: string) => (PLAIN_NUMBER.test(t) ? t : guardCell(t));
  return stringify(
    records.map((r) => r.map(safe)),
    { record_delimiter: "\n" },
  );
}
