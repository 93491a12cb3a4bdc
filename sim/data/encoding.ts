/**
 * Input files are checked before parsing: too large, a UTF-16/UTF-32 byte-order mark, NUL bytes
 * or invalid UTF-8 each give one clear problem (with the line of the first bad byte) instead of
 * a garbled parse.
 */
import { readFileSync, statSync } from "node:fs";
import { InputError, problem } from "../errors.js";

/** Default size limit per input file; override with `maxBytes` (CLI: --max-file-mb). */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

export interface ReadTextOptions {
  readonly maxBytes?: number;
  /** Name to report instead of the path (e.g. relative to the mapping file). */
  readonly displayName?: string;
}

const BOMS: readonly [number[], string][] = [
  [[0x00, 0x00, 0xfe, 0xff], "UTF-32 BE"],
  [[0xff, 0xfe, 0x00, 0x00], "UTF-32 LE"],
  [[0xfe, 0xff], "UTF-16 BE"],
  [[0xff, 0xfe], "UTF-16 LE"],
];

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** First offset of an invalid UTF-8 sequence, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** Throws InputError when `bytes` (a file's first bytes) start with a UTF-16 or UTF-32 byte-order mark. */
export function checkByteOrderMark(bytes: Uint8Array, file: string): void {
  for (const [bom, name] of BOMS) {
    if (bom.every((b, k) => bytes[k] === b)) {
      throw new InputError([
        problem(file, `file is encoded as ${name} (byte-order mark found); save it as UTF-8 and retry`, {
          line: 1,
        }),
      ]);
    }
  }
}

export function nulByteProblem(file: string, line: number): InputError {
  return new InputError([
    problem(
      file,
      "file contains NUL bytes: it is binary or UTF-16 without a byte-order mark; save it as UTF-8 CSV",
      { line },
    ),
  ]);
}

/** The problem of the invalid byte `value` at `offset` in the file, on `line`. */
export function invalidUtf8Problem(file: string, offset: number, value: number, line: number): InputError {
  return new InputError([
    problem(
      file,
      `invalid UTF-8 at byte ${offset} (0x${value.toString(16)}); the file is probably Latin-1 or Windows-1252 — save it as UTF-8`,
      { line },
    ),
  ]);
}

/** Check raw bytes; returns the text without a UTF-8 BOM or throws InputError. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  checkByteOrderMark(bytes, file);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw nulByteProblem(file, lineAt(bytes, nul));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start));
  } catch {
    // fall through to locate the first bad byte for the message
  }
  const bad = Math.max(0, invalidUtf8Offset(bytes));
  throw invalidUtf8Problem(file, bad, bytes[bad] ?? 0, lineAt(bytes, bad));
}

/** Size-check a file before reading it into memory. */
export function checkSize(path: string, file: string, maxBytes = DEFAULT_MAX_BYTES): number {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new InputError([problem(file, "file not found or not readable")]);
  }
  if (size > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new InputError([
      problem(
        file,
        `file is ${mb(size)} MB, over the ${mb(maxBytes)} MB limit; split it or raise the limit with --max-file-mb`,
      ),
    ]);
  }
  return size;
}

export function readBytesChecked(path: string, options: ReadTextOptions = {}): Buffer {
  checkSize(path, options.displayName ?? path, options.maxBytes);
  return readFileSync(path);
}

export function readTextChecked(path: string, options: ReadTextOptions = {}): string {
  return decodeUtf8(readBytesChecked(path, options), options.displayName ?? path);
}
