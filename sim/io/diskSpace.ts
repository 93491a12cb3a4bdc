/** Free space where a folder is (or would be created), for the checks before a long write. */
import { statfsSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** Bytes available to this user on the file system of `path` (or its nearest existing parent). */
export function freeBytes(path: string): number | null {
  let at = resolve(path);
  for (;;) {
    try {
      const s = statfsSync(at);
      return Number(s.bavail) * Number(s.bsize);
    } catch {
      const up = dirname(at);
      if (up === at) return null;
      at = up;
    }
  }
}
