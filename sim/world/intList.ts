/** A growable list of 32-bit integers in one typed array (doubling), for per-rep and per-month indices. */
export class IntList {
  length = 0;
  data: Int32Array;

  constructor(capacity = 16) {
    this.data = new Int32Array(Math.max(1, capacity));
  }

  push(x: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = x;
  }

  at(i: number): number {
    return this.data[i]!;
  }

  clear(): void {
    this.length = 0;
  }

  /** A copy of the items as a plain array. */
  toArray(): number[] {
    return Array.from(this.data.subarray(0, this.length));
  }
}
