/**
 * SHA-256 checksums (node:crypto) of checkpoint blocks, shard files and output sets: a flipped
 * byte or a truncated file is detected instead of being merged or resumed into other numbers.
 */
import { createHash, type Hash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";

export function sha256(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const p of parts) hash.update(p);
  return hash.digest("hex");
}

const CHUNK = 1 << 20;

/** Feeds bytes [from, to) of a file to `hash`, one chunk in memory at a time. */
export function hashFileRange(hash: Hash, path: string, from: number, to: number): void {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(Math.min(CHUNK, Math.max(1, to - from)));
    let at = from;
    while (at < to) {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, to - at), at);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
      at += n;
    }
  } finally {
    closeSync(fd);
  }
}

/** The SHA-256 of a whole file, streamed. */
export function sha256File(path: string, size: number): string {
  const hash = createHash("sha256");
  hashFileRange(hash, path, 0, size);
  return hash.digest("hex");
}
