/**
 * A set of strings stored compactly: UTF-8 bytes in one growing arena, offsets in typed arrays
 * and an open-addressing hash table of Int32 slots, about 20 bytes per key instead of the ~100
 * a Map<string, number> takes in V8. Keys are numbered in the order they were added, and each
 * carries one number (e.g. where it was first seen). Keys are compared byte for byte, so hash
 * collisions never merge two keys.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class KeyIndex {
  private arena = new Uint8Array(1 << 16);
  private used = 0;
  private starts = new Int32Array(1 << 12);
  /** Each key's number: 32 bits while every one fits (a line), 64-bit floats once one does not. */
  private values: Uint32Array | Float64Array = new Uint32Array(1 << 12);
  private count = 0;
  private slots = new Int32Array(1 << 13).fill(-1);
  private scratch = new Uint8Array(256);

  get size(): number {
    return this.count;
  }

  /** The value stored with `key`, or undefined. */
  get(key: string): number | undefined {
    const at = this.slots[this.find(this.encode(key))]!;
    return at < 0 ? undefined : this.values[at]!;
  }

  has(key: string): boolean {
    return this.slots[this.find(this.encode(key))]! >= 0;
  }

  /** Stores `key` with `value` unless present; returns true when it was added. */
  add(key: string, value = 0): boolean {
    const before = this.count;
    this.number(key, value);
    return this.count > before;
  }

  /** The number of `key` (0, 1, 2, … in the order keys were added), adding it if new. */
  number(key: string, value = 0): number {
    const n = this.encode(key);
    const slot = this.find(n);
    const found = this.slots[slot]!;
    if (found >= 0) return found;
    if (this.used + n > this.arena.length) this.arena = grow(this.arena, this.used + n);
    this.arena.set(this.scratch.subarray(0, n), this.used);
    if (this.count + 1 >= this.starts.length) {
      this.starts = grow(this.starts, this.count + 2);
      this.values = grow(this.values, this.count + 2);
    }
    this.starts[this.count] = this.used;
    this.starts[this.count + 1] = this.used + n;
    if (this.values instanceof Uint32Array && !Object.is(value, value >>> 0))
      this.values = Float64Array.from(this.values);
    this.values[this.count] = value;
    this.slots[slot] = this.count;
    this.used += n;
    this.count++;
    if (this.count * 2 > this.slots.length) this.rehash();
    return this.count - 1;
  }

  /** Key number `i`. */
  keyAt(i: number): string {
    return decoder.decode(this.arena.subarray(this.starts[i]!, this.starts[i + 1]!));
  }

  /** Every key, in the order added. */
  *keys(): IterableIterator<string> {
    for (let i = 0; i < this.count; i++) yield this.keyAt(i);
  }

  private encode(key: string): number {
    if (key.length * 3 > this.scratch.length) this.scratch = new Uint8Array(key.length * 3);
    return encoder.encodeInto(key, this.scratch).written;
  }

  /** FNV-1a of the scratch bytes. */
  private hash(n: number, bytes: Uint8Array = this.scratch, from = 0): number {
    let h = 0x811c9dc5;
    for (let i = from; i < from + n; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
    return h >>> 0;
  }

  /** The slot holding the scratch key, or the empty slot where it would go. */
  private find(n: number): number {
    const mask = this.slots.length - 1;
    for (let slot = this.hash(n) & mask; ; slot = (slot + 1) & mask) {
      const at = this.slots[slot]!;
      if (at < 0 || this.equals(at, n)) return slot;
    }
  }

  private equals(at: number, n: number): boolean {
    const start = this.starts[at]!;
    if (this.starts[at + 1]! - start !== n) return false;
    for (let i = 0; i < n; i++) if (this.arena[start + i] !== this.scratch[i]) return false;
    return true;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let at = 0; at < this.count; at++) {
      const start = this.starts[at]!;
      let slot = this.hash(this.starts[at + 1]! - start, this.arena, start) & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = at;
    }
    this.slots = slots;
  }
}

function grow<T extends Uint8Array | Int32Array | Uint32Array | Float64Array>(array: T, needed: number): T {
  let size = array.length * 2;
  while (size < needed) size *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}
