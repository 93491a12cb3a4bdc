/**
 * An append-only temporary file of float64 values, read back whole: lets a store of per-trial
 * values (sim/metrics/montecarlo/valueStore.ts) keep memory flat in the trial count. Files live
 * in one per-process directory under the OS temp dir, removed at exit; a file whose owner is
 * garbage-collected is closed and deleted then.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let directory: string | null = null;
let counter = 0;

function spillDirectory(): string {
  if (directory === null) {
    const dir = mkdtempSync(join(tmpdir(), "planbench-spill-"));
    directory = dir;
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  }
  return directory;
}

interface Handle {
  readonly path: string;
  readonly fd: number;
}

const release = new FinalizationRegistry<Handle>((h) => {
  try {
    closeSync(h.fd);
    unlinkSync(h.path);
  } catch {
    // already gone (process exit removed the directory)
  }
});

export class SpillFile {
  private handle: Handle | null = null;
  private values = 0;

  /** Values written so far. */
  get count(): number {
    return this.values;
  }

  append(xs: Float64Array): void {
    if (xs.length === 0) return;
    if (this.handle === null) {
      counter += 1;
      const path = join(spillDirectory(), `${process.pid}.${counter}.f64`);
      this.handle = { path, fd: openSync(path, "w+") };
      release.register(this, this.handle);
    }
    const bytes = new Uint8Array(xs.buffer, xs.byteOffset, xs.byteLength);
    let done = 0;
    while (done < bytes.length)
      done += writeSync(this.handle.fd, bytes, done, bytes.length - done, this.values * 8 + done);
    this.values += xs.length;
  }

  /** Copies every value written, in order, into `target` from index 0. */
  readInto(target: Float64Array): void {
    if (this.handle === null) return;
    const bytes = new Uint8Array(target.buffer, target.byteOffset, this.values * 8);
    let done = 0;
    while (done < bytes.length) {
      const n = readSync(this.handle.fd, bytes, done, bytes.length - done, done);
      if (n === 0) throw new Error(`spill file ${this.handle.path} is shorter than written`);
      done += n;
    }
  }
}
