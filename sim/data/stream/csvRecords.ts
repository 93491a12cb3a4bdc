/**
 * A CSV file read as a stream of records (csv-parse's streaming parser, the same options as the
 * whole-file reader in ../csv.ts), checked as it is read: size limit, UTF-16/32 byte-order marks,
 * NUL bytes and invalid UTF-8 are reported with their line like ../encoding.ts does for whole
 * files. Memory stays at one chunk plus one record, whatever the file's size.
 */
import { createReadStream } from "node:fs";
import { Transform, type TransformCallback } from "node:stream";
import { parse } from "csv-parse";
import { InputError, problem } from "../../errors.js";
import type { RawRecord } from "../csv.js";
import { unclosedQuoteLine } from "../csv.js";
import { checkSize, decodeUtf8 } from "../encoding.js";

/** Passes bytes through, failing at the first byte that ../encoding.ts would refuse. */
class EncodingCheck extends Transform {
  private line = 1;
  private first = true;
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });

  constructor(private readonly file: string) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      if (this.first) {
        this.first = false;
        decodeUtf8(chunk.subarray(0, 4), this.file); // byte-order marks of UTF-16/32
      }
      if (chunk.indexOf(0) >= 0 || !this.valid(chunk)) decodeUtf8(this.lineOfBadByte(chunk), this.file);
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) this.line++;
      done(null, chunk);
    } catch (error) {
      done(error as Error);
    }
  }

  private valid(chunk: Buffer): boolean {
    try {
      this.decoder.decode(chunk, { stream: true });
      return true;
    } catch {
      return false;
    }
  }

  /** The lines before this chunk as newlines, then the chunk: decodeUtf8 names the right line. */
  private lineOfBadByte(chunk: Buffer): Buffer {
    return Buffer.concat([Buffer.alloc(this.line - 1, 10), chunk]);
  }
}

/**
 * The records of a CSV file, header first, each with the line it ends on. Throws InputError for
 * malformed CSV (an unclosed quote at the line where it opens) and bad encodings.
 */
export async function* csvRecords(path: string, file: string, maxBytes?: number): AsyncGenerator<RawRecord> {
  checkSize(path, file, maxBytes);
  const parser = parse({ skip_empty_lines: true, relax_column_count: true, bom: true, info: true });
  const source = createReadStream(path).pipe(new EncodingCheck(file));
  source.on("error", (error) => parser.destroy(error));
  source.pipe(parser);
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)
      yield { line: item.info.lines, fields: item.record };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const e = error as { message?: string; lines?: number; code?: string };
    if (e.code === "CSV_QUOTE_NOT_CLOSED") {
      const { readFileSync } = await import("node:fs");
      const opened = unclosedQuoteLine(decodeUtf8(readFileSync(path), file));
      throw new InputError([
        problem(file, "malformed CSV: a quoted field opens here and is never closed", {
          line: opened || (e.lines ?? 0),
          hint: 'close the quote, or double a quote inside a quoted field ("")',
        }),
      ]);
    }
    throw new InputError([
      problem(file, `malformed CSV: ${e.message ?? String(error)}`, { line: e.lines ?? 0 }),
    ]);
  } finally {
    source.destroy();
  }
}
