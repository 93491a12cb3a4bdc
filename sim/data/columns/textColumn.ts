/**
 * A column of strings (or nulls) stored as UTF-8 bytes in one growing arena with Int32 offsets:
 * about the string's length + 4 bytes per value, where a JS string in an array costs 32 or more
 * (a V8 string header and an 8-byte slot). Used for values that rarely repeat (ids).
 */

const encoder = new TextEncoder();

export class TextColumn {
  private arena: Buffer = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  /** End offset of value i; a null is stored as the previous end with the sign bit set. */
  private ends = new Int32Array(1 << 10);
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(value: string | null): void {
    if (this.count === this.ends.length) this.ends = grow(this.ends, this.count + 1);
    if (value === null) {
      this.ends[this.count++] = ~this.used;
      return;
    }
    const room = value.length * 3;
    if (this.used + room > this.arena.length) this.arena = growBuffer(this.arena, this.used + room);
    this.used += encoder.encodeInto(value, this.arena.subarray(this.used)).written;
    this.ends[this.count++] = this.used;
  }

  get(i: number): string | null {
    const end = this.ends[i]!;
    if (end < 0) return null;
    const previous = i === 0 ? 0 : this.ends[i - 1]!;
    const start = previous < 0 ? ~previous : previous;
    return this.arena.toString("utf8", start, end);
  }

  /**
   * Values i and j compared as JS strings compare (UTF-16 code units), without decoding them:
   * byte by byte, which is the same order unless the first differing bytes start a character at
   * or above U+E000 (UTF-8 orders U+10000 and up after it, UTF-16 before), then decoded. A null
   * is compared as `<` compares it (decoded).
   */
  compare(i: number, j: number): number {
    const a = this.ends[i]!;
    const b = this.ends[j]!;
    if (a < 0 || b < 0) return order(this.get(i), this.get(j));
    const pa = i === 0 ? 0 : this.ends[i - 1]!;
    const pb = j === 0 ? 0 : this.ends[j - 1]!;
    const sa = pa < 0 ? ~pa : pa;
    const sb = pb < 0 ? ~pb : pb;
    const n = Math.min(a - sa, b - sb);
    const arena = this.arena;
    for (let k = 0; k < n; k++) {
      const x = arena[sa + k]!;
      const y = arena[sb + k]!;
      if (x === y) continue;
      if (x >= 0xee || y >= 0xee) return order(this.get(i)!, this.get(j)!);
      return x < y ? -1 : 1;
    }
    return a - sa - (b - sb) < 0 ? -1 : a - sa === b - sb ? 0 : 1;
  }

  /** Drops the spare capacity once the column is complete. */
  trim(): void {
    this.arena = Buffer.from(this.arena.subarray(0, this.used));
    this.ends = this.ends.slice(0, this.count);
  }
}

function order(x: string | null, y: string | null): number {
  return x === y ? 0 : (x as string) < (y as string) ? -1 : 1;
}

export function grow<T extends Int32Array | Float64Array | Int8Array>(array: T, needed: number): T {
  let size = Math.max(16, array.length * 2);
  while (size < needed) size *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

function growBuffer(buffer: Buffer, needed: number): Buffer {
  let size = buffer.length * 2;
  while (size < needed) size *= 2;
  const bigger = Buffer.allocUnsafe(size);
  buffer.copy(bigger, 0, 0);
  return bigger;
}
