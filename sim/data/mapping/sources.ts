/**
 * The source files of a mapping, confined to the datasets folder (confine.ts) and named in
 * problems by their path relative to it. A source is never held whole: its header is read once,
 * its records are streamed to whoever maps them (stream/readRecords.ts), and a lookup keeps only
 * the two columns it joins on.
 */
import { didYouMean, InputError, problem } from "../../errors.js";
import type { RawRecord } from "../csv.js";
import { readCsvRecords } from "../stream/readRecords.js";
import { confinedSource } from "./confine.js";
import { missingSource } from "./datasetsDir.js";
import type { LoadedMapping } from "./load.js";

export interface SourceFile {
  /** The path to read. */
  readonly path: string;
  /** The name problems use (`maven-crm/sales_pipeline.csv`). */
  readonly file: string;
  readonly header: readonly string[];
}

/** A join on another source: `match` column value → `value` column value (first match wins). */
export interface Lookup {
  readonly file: string;
  readonly values: ReadonlyMap<string, string>;
}

export class Sources {
  private readonly files = new Map<string, SourceFile>();
  private readonly lookups = new Map<string, Lookup>();

  constructor(
    private readonly loaded: LoadedMapping,
    private readonly maxBytes?: number,
  ) {
    // confinement first (a path leaving the folder is refused, not looked for), then every
    // missing source at once, with its resolved path and the fix
    for (const [name, relative] of Object.entries(loaded.mapping.sources))
      confinedSource(loaded, relative, `sources.${name}`);
    const datasets = { dir: loaded.datasetsDir, origin: loaded.datasetsOrigin };
    const missing = Object.values(loaded.mapping.sources).flatMap(
      (relative) => missingSource(datasets, loaded.file, loaded.mapping.datasets, relative) ?? [],
    );
    if (missing.length > 0) throw new InputError(missing);
  }

  /** Source `name` with its header (read on first use). */
  open(name: string): SourceFile {
    const hit = this.files.get(name);
    if (hit) return hit;
    const relative = this.loaded.mapping.sources[name]!;
    const path = confinedSource(this.loaded, relative, `sources.${name}`);
    const file = relative.replace(/^\.\//, "");
    let header: string[] | null = null;
    readCsvRecords(
      path,
      file,
      (record) => {
        header = record.fields.map((h) => h.trim());
        return false;
      },
      this.maxBytes,
    );
    if (header === null)
      throw new InputError([problem(file, "file is empty: expected a header row", { line: 1 })]);
    const source = { path, file, header };
    this.files.set(name, source);
    return source;
  }

  /** Column position (0-based) in a source, or a problem naming the nearest column. */
  columnIndex(name: string, column: string): number {
    const source = this.open(name);
    const i = source.header.indexOf(column);
    if (i < 0) {
      throw new InputError([
        problem(source.file, `column '${column}' named in ${this.loaded.file} is not in this file`, {
          line: 1,
          path: column,
          hint: didYouMean(column, source.header) || `columns: ${source.header.join(", ")}`,
        }),
      ]);
    }
    return i;
  }

  /** Every record of source `name` after the header, in file order. */
  records(name: string, onRecord: (record: RawRecord) => void): void {
    const source = this.open(name);
    let header = true;
    readCsvRecords(
      source.path,
      source.file,
      (record) => {
        if (header) header = false;
        else onRecord(record);
        return true;
      },
      this.maxBytes,
    );
  }

  /** The join of a lookup rule, built on first use from the records with a full row of fields. */
  lookup(name: string, match: string, value: string): Lookup {
    const key = `${name}\u0000${match}\u0000${value}`;
    const hit = this.lookups.get(key);
    if (hit) return hit;
    const m = this.columnIndex(name, match);
    const v = this.columnIndex(name, value);
    const width = this.open(name).header.length;
    const values = new Map<string, string>();
    this.records(name, (record) => {
      if (record.fields.length !== width) return;
      const k = record.fields[m]!.trim();
      if (!values.has(k)) values.set(k, record.fields[v]!.trim());
    });
    const lookup = { file: this.open(name).file, values };
    this.lookups.set(key, lookup);
    return lookup;
  }
}
