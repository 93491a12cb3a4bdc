/**
 * Columns of numbers and booleans in typed arrays: a Float64 per number (NaN marks a missing
 * value: typed cells are always finite) and an Int8 per boolean (-1 missing).
 */
import { grow } from "./textColumn.js";

export class NumberColumn {
  private values = new Float64Array(1 << 10);
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(value: number | null): void {
    if (this.count === this.values.length) this.values = grow(this.values, this.count + 1);
    this.values[this.count++] = value === null ? Number.NaN : value;
  }

  get(i: number): number | null {
    const v = this.values[i]!;
    return Number.isNaN(v) ? null : v;
  }

  trim(): void {
    this.values = this.values.slice(0, this.count);
  }
}

export class BooleanColumn {
  private values = new Int8Array(1 << 10);
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(value: boolean | null): void {
    if (this.count === this.values.length) this.values = grow(this.values, this.count + 1);
    this.values[this.count++] = value === null ? -1 : value ? 1 : 0;
  }

  get(i: number): boolean | null {
    const v = this.values[i]!;
    return v < 0 ? null : v === 1;
  }

  trim(): void {
    this.values = this.values.slice(0, this.count);
  }
}
