/**
 * The checks of ../encoding.ts (UTF-16/32 byte-order marks, NUL bytes, invalid UTF-8) applied to
 * a file read chunk by chunk: each chunk is checked as it arrives, and a bad byte is reported
 * with its line and byte offset in the file, as if the whole file had been checked at once (a
 * character cut by a chunk's end is judged with the next chunk). Validation only (buffer.isUtf8):
 * no text is made here.
 */
import { isUtf8 } from "node:buffer";
import { checkByteOrderMark, invalidUtf8Offset, invalidUtf8Problem, nulByteProblem } from "../encoding.js";

/** The bytes of a multi-byte character left incomplete at the end of `chunk` (none: empty). */
function cutCharacter(chunk: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const b = chunk[chunk.length - back]!;
    if (b < 0x80) return chunk.subarray(0, 0);
    if (b >= 0xc0) {
      const needs = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return needs > back ? chunk.subarray(chunk.length - back) : chunk.subarray(0, 0);
    }
  }
  return chunk.subarray(0, 0);
}

function newlines(bytes: Uint8Array, end = bytes.length): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i >= 0 && i < end; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

export class EncodingCheck {
  /** Line and byte offset where the next chunk starts. */
  private line = 1;
  private offset = 0;
  /** The incomplete character the last chunk ended with. */
  private cut: Uint8Array = new Uint8Array(0);

  constructor(private readonly file: string) {}

  /** Throws InputError at the first bad byte of `chunk` (a character cut at its end is judged with the next). */
  check(chunk: Uint8Array): void {
    if (this.offset === 0) checkByteOrderMark(chunk, this.file);
    const nul = chunk.indexOf(0);
    if (nul >= 0) throw nulByteProblem(this.file, this.line + newlines(chunk, nul));
    const cut = cutCharacter(chunk);
    const body = chunk.subarray(0, chunk.length - cut.length);
    if (!isUtf8(this.cut.length > 0 ? Buffer.concat([this.cut, body]) : body)) this.fail(chunk);
    this.line += newlines(chunk);
    this.offset += chunk.length;
    this.cut = Uint8Array.from(cut); // a copy: chunks may be reused
  }

  /** At the end of the file: a multi-byte sequence cut short is invalid too. */
  finish(): void {
    if (this.cut.length > 0) this.fail(new Uint8Array(0));
  }

  /** Locates the first bad byte in the cut character and `chunk`. */
  private fail(chunk: Uint8Array): never {
    const bytes = Buffer.concat([this.cut, chunk]);
    const bad = Math.max(0, invalidUtf8Offset(bytes));
    const start = this.offset - this.cut.length; // the cut character holds no newline
    throw invalidUtf8Problem(this.file, start + bad, bytes[bad] ?? 0, this.line + newlines(bytes, bad));
  }
}
