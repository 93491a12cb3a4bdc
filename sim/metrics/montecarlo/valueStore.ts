/**
 * Every per-trial value of one metric column, in trial order: what exact order statistics (P95),
 * CVaR and arbitrary exceedance probabilities need. Tail metrics cannot be computed exactly in
 * memory flat in n (any exact streaming quantile must keep Ω(n) values in the worst case), and
 * sketches (t-digest, KLL) depend on insertion/merge order, so the few tail columns keep their
 * values instead — in memory up to one chunk, full chunks appended to a temporary file
 * (sim/io/spillFile.ts), so a run's memory stays flat as trials grow (DESIGN §11).
 *
 * Memory: at most chunkValues × 8 bytes per store while pushing (32 KB by default), plus the
 * column being read (8 bytes a trial, one column at a time in the summaries). Merging is
 * concatenation in shard order, so a merged store is bit-identical to a single pass.
 */
import { SpillFile } from "../../io/spillFile.js";

export const DEFAULT_CHUNK_VALUES = 4096;

export class ValueStore {
  private buffer: Float64Array;
  private size = 0;
  private readonly spill = new SpillFile();

  constructor(
    initialCapacity = 1024,
    private readonly chunkValues = DEFAULT_CHUNK_VALUES,
  ) {
    this.buffer = new Float64Array(Math.max(1, Math.min(initialCapacity, chunkValues)));
  }

  get length(): number {
    return this.spill.count + this.size;
  }

  /** Bytes currently held in memory (the in-memory chunk's capacity × 8). */
  get allocatedBytes(): number {
    return this.buffer.byteLength;
  }

  push(x: number): void {
    if (this.size === this.chunkValues) this.flush();
    this.reserve(this.size + 1);
    this.buffer[this.size++] = x;
  }

  pushAll(xs: ArrayLike<number>): void {
    for (let i = 0; i < xs.length; i++) this.push(xs[i]!);
  }

  /** The values in insertion (trial) order: a copy, so the store cannot be altered through it. */
  values(): Float64Array {
    const out = new Float64Array(this.length);
    this.spill.readInto(out);
    out.set(this.buffer.subarray(0, this.size), this.spill.count);
    return out;
  }

  /** The values sorted ascending (a new array; Float64Array sort is numeric). */
  sorted(): Float64Array {
    return this.values().sort();
  }

  /** A new store holding a's values then b's (a = earlier trials). */
  static concat(a: ValueStore, b: ValueStore): ValueStore {
    const out = new ValueStore(1024, a.chunkValues);
    out.pushAll(a.values());
    out.pushAll(b.values());
    return out;
  }

  private flush(): void {
    this.spill.append(this.buffer.subarray(0, this.size));
    this.size = 0;
  }

  private reserve(capacity: number): void {
    if (capacity <= this.buffer.length) return;
    let next = this.buffer.length * 2;
    while (next < capacity) next *= 2;
    next = Math.min(next, this.chunkValues);
    const grown = new Float64Array(next);
    grown.set(this.buffer.subarray(0, this.size));
    this.buffer = grown;
  }
}
