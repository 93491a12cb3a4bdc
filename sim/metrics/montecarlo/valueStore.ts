/**
 * Every per-trial value of one metric column, in trial order, in a growable Float64Array: what
 * exact order statistics (P95), CVaR and arbitrary exceedance probabilities need. Tail metrics
 * cannot be computed exactly in memory flat in n (any exact streaming quantile must keep Ω(n)
 * values in the worst case), and sketches (t-digest, KLL) depend on insertion/merge order, so
 * the few tail columns keep their values instead.
 *
 * Memory: 8 bytes per trial per stored column, plus up to 2× headroom from doubling and one
 * sorted copy when an estimate is read: 10⁵ trials × 4 columns = 3.2 MB (≤ 6.4 MB allocated).
 * Merging is concatenation in shard order, so a merged store is bit-identical to a single pass.
 */
export class ValueStore {
  private buffer: Float64Array;
  private size = 0;

  constructor(initialCapacity = 1024) {
    this.buffer = new Float64Array(Math.max(1, initialCapacity));
  }

  get length(): number {
    return this.size;
  }

  /** Bytes currently allocated (capacity × 8). */
  get allocatedBytes(): number {
    return this.buffer.byteLength;
  }

  push(x: number): void {
    this.reserve(this.size + 1);
    this.buffer[this.size++] = x;
  }

  pushAll(xs: ArrayLike<number>): void {
    this.reserve(this.size + xs.length);
    for (let i = 0; i < xs.length; i++) this.buffer[this.size + i] = xs[i]!;
    this.size += xs.length;
  }

  /** The values in insertion (trial) order: a copy, so the store cannot be altered through it. */
  values(): Float64Array {
    return this.buffer.slice(0, this.size);
  }

  /** The values sorted ascending (a new array; Float64Array sort is numeric). */
  sorted(): Float64Array {
    return this.values().sort();
  }

  /** A new store holding a's values then b's (a = earlier trials). */
  static concat(a: ValueStore, b: ValueStore): ValueStore {
    const out = new ValueStore(a.length + b.length);
    out.pushAll(a.buffer.subarray(0, a.size));
    out.pushAll(b.buffer.subarray(0, b.size));
    return out;
  }

  private reserve(capacity: number): void {
    if (capacity <= this.buffer.length) return;
    let next = this.buffer.length * 2;
    while (next < capacity) next *= 2;
    const grown = new Float64Array(next);
    grown.set(this.buffer.subarray(0, this.size));
    this.buffer = grown;
  }
}
