/**
 * A CSV file read record by record without holding it: 1 MB chunks are read synchronously and
 * checked (encodingCheck.ts). A file with a double quote anywhere goes to csv-parse's stream
 * parser, whose `on_record` hands each record to the caller as it is parsed (and returns null, so
 * nothing piles up in the stream); a file without one is split into lines and fields directly
 * (unquotedRecords.ts), exactly as ../csv.ts reads quote-free text and several times faster — a
 * first pass looks for a quote, stopping at the first. Synchronous because loadDataset is;
 * memory stays at one chunk plus one record.
 */
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { Parser } from "csv-parse";
import { InputError, problem } from "../../errors.js";
import { type RawRecord, unclosedQuoteLine } from "../csv.js";
import { checkSize, decodeUtf8 } from "../encoding.js";
import { EncodingCheck } from "./encodingCheck.js";
import { UnquotedRecords } from "./unquotedRecords.js";

const CHUNK_BYTES = 1 << 20;

/** Return false to stop reading (e.g. after the header). */
export type OnRecord = (record: RawRecord) => boolean | undefined;

/**
 * Calls `onRecord` for every record of the file at `path`, header first, with the line the
 * record ends on; `file` names it in problems. Throws InputError for a file over the size limit,
 * a bad encoding or malformed CSV (an unclosed quote at the line where it opens), and rethrows
 * whatever `onRecord` throws.
 */
export function readCsvRecords(
  path: string,
  file: string,
  onRecord: OnRecord,
  maxBytes?: number,
  /** When given, records ending on other lines may be passed over unread (a quote-free file's are). */
  wanted?: (line: number) => boolean,
): void {
  checkSize(path, file, maxBytes);
  const fd = open(path, file);
  try {
    if (hasQuote(fd)) parseQuoted(fd, path, file, onRecord);
    else splitUnquoted(fd, file, onRecord, wanted);
  } finally {
    closeSync(fd);
  }
}

/**
 * Calls `each` with the file's chunks from its start until it returns false or the file ends.
 * `reuse`: every chunk is read into one buffer (the caller keeps no part of a chunk), so reading
 * a file makes no garbage buffers; else each chunk is fresh (csv-parse may keep the tail of one).
 */
function chunks(fd: number, each: (chunk: Buffer) => boolean, reuse = false): void {
  const shared = reuse ? Buffer.allocUnsafe(CHUNK_BYTES) : null;
  for (let position = 0; ; ) {
    const chunk = shared ?? Buffer.allocUnsafe(CHUNK_BYTES);
    const n = readSync(fd, chunk, 0, CHUNK_BYTES, position);
    if (n === 0 || !each(chunk.subarray(0, n))) return;
    position += n;
  }
}

function hasQuote(fd: number): boolean {
  let found = false;
  chunks(
    fd,
    (chunk) => {
      found = chunk.indexOf(34) >= 0;
      return !found;
    },
    true,
  );
  return found;
}

function splitUnquoted(
  fd: number,
  file: string,
  onRecord: OnRecord,
  wanted?: (line: number) => boolean,
): void {
  const encoding = new EncodingCheck(file);
  const records = new UnquotedRecords(onRecord, wanted);
  let going = true;
  chunks(
    fd,
    (chunk) => {
      encoding.check(chunk);
      going = records.push(chunk);
      return going;
    },
    true,
  );
  if (!going) return;
  encoding.finish();
  records.end();
}

function parseQuoted(fd: number, path: string, file: string, onRecord: OnRecord): void {
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
  const encoding = new EncodingCheck(file);
  const settle = (): void => {
    if (failure) throw failure.error;
    if (parser.errored) throw csvProblem(parser.errored, path, file);
    // the parser handles a chunk within write(); anything left queued would be a missed record
    if (parser.writableLength !== 0) throw new Error("csv-parse did not take a chunk synchronously");
  };
  try {
    chunks(fd, (chunk) => {
      encoding.check(chunk);
      parser.write(chunk);
      settle();
      return !stopped;
    });
    if (stopped) return;
    encoding.finish();
    parser.end();
    settle();
  } finally {
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
