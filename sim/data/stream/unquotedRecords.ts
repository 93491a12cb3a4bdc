/**
 * Records of a quote-free CSV file arriving in byte chunks, split as ../csv.ts `splitUnquoted`
 * splits a whole text: a record is a line (LF or CRLF), its fields are comma-separated, blank
 * lines are skipped but counted, a UTF-8 byte-order mark is dropped. Each line is decoded on its
 * own (no byte of a multi-byte character is a line feed), so a field kept later holds on to its
 * line's text, never to a whole chunk's. A line cut by a chunk's end waits for the next chunk.
 */
import type { RawRecord } from "../csv.js";

const LF = 10;
const CR = 13;

export class UnquotedRecords {
  private rest: Buffer = Buffer.alloc(0);
  private line = 0;
  private first = true;

  constructor(
    private readonly onRecord: (record: RawRecord) => boolean | undefined,
    /** Lines not wanted are passed over without being decoded. */
    private readonly wanted?: (line: number) => boolean,
  ) {}

  /**
   * Splits the complete lines of the bytes so far; false once the caller asked to stop. Keeps no
   * part of `chunk` (the reader may reuse its buffer): a line it cuts is copied. Only a line that
   * began in an earlier chunk is joined, so a chunk is never copied whole.
   */
  push(chunk: Buffer): boolean {
    let bytes = chunk;
    let start = 0;
    if (this.rest.length > 0) {
      const end = bytes.indexOf(LF);
      if (end < 0) {
        this.rest = Buffer.concat([this.rest, bytes]);
        return true;
      }
      const line = this.bom(Buffer.concat([this.rest, bytes.subarray(0, end)]));
      this.rest = Buffer.alloc(0);
      start = end + 1;
      if (!this.emit(line, 0, line.length)) return false;
    } else bytes = this.bom(bytes);
    for (let end = bytes.indexOf(LF, start); end >= 0; end = bytes.indexOf(LF, start)) {
      const going = this.emit(bytes, start, end);
      start = end + 1;
      if (!going) return false;
    }
    this.rest = Buffer.from(bytes.subarray(start)); // a copy: the chunk's buffer is not kept
    return true;
  }

  /** The bytes without a UTF-8 byte-order mark when they are the file's first (and hold 3 bytes). */
  private bom(bytes: Buffer): Buffer {
    if (!this.first || bytes.length < 3) return bytes;
    this.first = false;
    return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  }

  /** The last line, when the file does not end with a line end. */
  end(): void {
    const bytes = this.rest;
    this.rest = Buffer.alloc(0);
    this.emit(bytes, 0, bytes.length);
  }

  /** Line `bytes[start, end)`, without its CR. */
  private emit(bytes: Buffer, start: number, end: number): boolean {
    this.line++;
    const stop = end > start && bytes[end - 1] === CR ? end - 1 : end;
    if (stop === start || (this.wanted && !this.wanted(this.line))) return true;
    return (
      this.onRecord({ line: this.line, fields: bytes.toString("utf8", start, stop).split(",") }) !== false
    );
  }
}
