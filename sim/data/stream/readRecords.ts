/**
 * A CSV file read record by record without holding it: 1 MB chunks are read synchronously,
 * checked (encodingCheck.ts) and written to csv-parse's stream parser, whose `on_record` hands
 * each record to the caller as it is parsed (and returns null, so nothing piles up in the
 * stream). Synchronous because loadDataset is; memory stays at one chunk plus one record.
 */
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { Parser } from "csv-parse";
import { InputError, problem } from "../../errors.js";
import { type RawRecord, unclosedQuoteLine } from "../csv.js";
import { checkSize, decodeUtf8 } from "../encoding.js";
import { EncodingCheck } from "./encodingCheck.js";

const CHUNK_BYTES = 1 << 20;

/** Return false to stop reading (e.g. after the header). */
export type OnRecord = (record: RawRecord) => boolean | undefined;

/**
 * Calls `onRecord` for every record of the file at `path`, header first, with the line the
 * record ends on; `file` names it in problems. Throws InputError for a file over the size limit,
 * a bad encoding or malformed CSV (an unclosed quote at the line where it opens), and rethrows
 * whatever `onRecord` throws.
 */
export function readCsvRecords(path: string, file: string, onRecord: OnRecord, maxBytes?: number): void {
  checkSize(path, file, maxBytes);
  let stopped = false;
  let failure: { error: unknown } | null = null;
  const parser = new Parser({
    skip_empty_lines: true,
    relax_column_count: true,
    bom: true,
    on_record: (fields: string[], context: { lines: number }) => {
      if (stopped || failure) return null;
      try {
        if (onRecord({ line: context.lines, fields }) === false) stopped = true;
      } catch (error) {
        failure = { error };
      }
      return null;
    },
  });
  parser.on("error", () => undefined); // read from parser.errored below
  const fd = open(path, file);
  const encoding = new EncodingCheck(file);
  const settle = (): void => {
    if (failure) throw failure.error;
    if (parser.errored) throw csvProblem(parser.errored, path, file);
    // the parser handles a chunk within write(); anything left queued would be a missed record
    if (parser.writableLength !== 0) throw new Error("csv-parse did not take a chunk synchronously");
  };
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES); // csv-parse may keep the tail of a chunk
      const n = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (n === 0) break;
      encoding.check(chunk.subarray(0, n));
      parser.write(chunk.subarray(0, n));
      settle();
      if (stopped) return;
    }
    encoding.finish();
    parser.end();
    settle();
  } finally {
    closeSync(fd);
    parser.destroy();
  }
}

function open(path: string, file: string): number {
  try {
    return openSync(path, "r");
  } catch {
    throw new InputError([problem(file, "file not found or not readable")]);
  }
}

/** An InputError for csv-parse's error: an unclosed quote is named where it opens. */
export function csvProblem(error: unknown, path: string, file: string): InputError {
  const e = error as { message?: string; lines?: number; code?: string };
  if (e.code === "CSV_QUOTE_NOT_CLOSED") {
    const opened = unclosedQuoteLine(decodeUtf8(readFileSync(path), file));
    return new InputError([
      problem(file, "malformed CSV: a quoted field opens here and is never closed", {
        line: opened || (e.lines ?? 0),
        hint: 'close the quote, or double a quote inside a quoted field ("")',
      }),
    ]);
  }
  return new InputError([
    problem(file, `malformed CSV: ${e.message ?? String(error)}`, { line: e.lines ?? 0 }),
  ]);
}
