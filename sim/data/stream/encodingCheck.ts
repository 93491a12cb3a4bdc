/**
 * The checks of ../encoding.ts (UTF-16/32 byte-order marks, NUL bytes, invalid UTF-8) applied to
 * a file read chunk by chunk: each chunk is checked as it arrives, and a bad byte is reported
 * with its line as if the whole file had been checked at once.
 */
import { decodeUtf8 } from "../encoding.js";

export class EncodingCheck {
  private line = 1;
  private first = true;
  /** The last chunk and the line it starts on, for a sequence cut short at the end. */
  private last: { chunk: Buffer; line: number } | null = null;
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });

  constructor(private readonly file: string) {}

  /** Throws InputError at the first bad byte of `chunk`. */
  check(chunk: Buffer): void {
    if (this.first) {
      this.first = false;
      decodeUtf8(chunk.subarray(0, 4), this.file); // byte-order marks of UTF-16/32
    }
    if (chunk.indexOf(0) >= 0 || !this.valid(chunk))
      decodeUtf8(this.lineOfBadByte(chunk, this.line), this.file);
    this.last = { chunk, line: this.line };
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) this.line++;
  }

  /** At the end of the file: a multi-byte sequence cut short is invalid too. */
  finish(): void {
    try {
      this.decoder.decode();
    } catch {
      if (this.last) decodeUtf8(this.lineOfBadByte(this.last.chunk, this.last.line), this.file);
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
  private lineOfBadByte(chunk: Buffer, line: number): Buffer {
    return Buffer.concat([Buffer.alloc(line - 1, 10), chunk]);
  }
}
