/**
 * The rows of one table that a mapping rule skipped (an open deal without an account, a churn
 * event for an account without ARR, …), kept as three numbers each — source file, line, reason —
 * not as their fields: a export can skip a sixth of its rows (maven-crm), and holding their text
 * cost more than every other part of the import. The fields are read again from the source file
 * only when the skipped files are written (skippedFiles.ts). A row whose source cannot be read
 * again (no path) keeps its fields.
 */
import type { RowSource } from "../staged.js";
import type { TableName } from "../tables.js";

/** Where skipped rows came from: the name problems use, the header, the path to read again. */
export interface SkippedSource {
  readonly file: string;
  readonly header: readonly string[];
  readonly path?: string;
}

/** One skipped row, as the skipped files list it. */
export interface SkippedRow {
  readonly source: SkippedSource;
  readonly line: number;
  readonly reason: string;
  /** Held only for a row whose source has no path. */
  readonly fields?: readonly string[];
}

export class SkippedRows {
  private readonly sources: SkippedSource[] = [];
  private readonly reasons: string[] = [];
  private readonly sourceOf: number[] = [];
  private readonly lines: number[] = [];
  private readonly reasonOf: number[] = [];
  private readonly held = new Map<number, readonly string[]>();

  constructor(readonly table: TableName) {}

  get length(): number {
    return this.lines.length;
  }

  add(origin: RowSource, reason: string): void {
    const i = this.lines.length;
    if (!origin.path && "fields" in origin) this.held.set(i, origin.fields);
    this.sourceOf.push(this.sourceNumber(origin));
    this.lines.push(origin.line);
    this.reasonOf.push(this.reasonNumber(reason));
  }

  /** Skipped rows per reason, reasons in the order first met (as the summary lists them). */
  byReason(): Record<string, number> {
    const counts = this.reasons.map(() => 0);
    for (const r of this.reasonOf) counts[r]!++;
    return Object.fromEntries(this.reasons.map((reason, r) => [reason, counts[r]!]));
  }

  at(i: number): SkippedRow {
    const fields = this.held.get(i);
    const row = {
      source: this.sources[this.sourceOf[i]!]!,
      line: this.lines[i]!,
      reason: this.reasons[this.reasonOf[i]!]!,
    };
    return fields ? { ...row, fields } : row;
  }

  private sourceNumber(origin: RowSource): number {
    const { file, header, path } = origin;
    const last = this.sources.length - 1;
    const same = (s: SkippedSource) =>
      s.file === file &&
      s.path === path &&
      (s.header === header ||
        (s.header.length === header.length && s.header.every((h, k) => h === header[k])));
    if (last >= 0 && same(this.sources[last]!)) return last;
    let n = this.sources.findIndex(same);
    if (n < 0) n = this.sources.push({ file, header, path }) - 1;
    return n;
  }

  private reasonNumber(reason: string): number {
    let r = this.reasons.indexOf(reason);
    if (r < 0) r = this.reasons.push(reason) - 1;
    return r;
  }
}
