/**
 * A column of strings (or nulls), dictionary-encoded: each distinct value is stored once and a
 * row holds an Int32 code, so repeated values (account ids, dates, stages) cost 4 bytes a row
 * and every row read back shares one string. A column whose values rarely repeat (ids) switches
 * to a TextColumn, where a dictionary would only add overhead.
 */
import { grow, TextColumn } from "./textColumn.js";

/** A dictionary this large, with fewer than two rows per entry, is not worth keeping. */
const DICTIONARY_LIMIT = 4096;

export class StringColumn {
  private codes = new Int32Array(1 << 10);
  private dictionary: string[] = [];
  private lookup: Map<string, number> | null = new Map();
  private text: TextColumn | null = null;
  private count = 0;

  /** `unique`: values are known not to repeat (a single-column key): stored as text at once. */
  constructor(unique = false) {
    if (unique) this.toText();
  }

  get length(): number {
    return this.text ? this.text.length : this.count;
  }

  push(value: string | null): void {
    if (this.text) {
      this.text.push(value);
      return;
    }
    let code = -1;
    if (value !== null) {
      code = this.lookup!.get(value) ?? -1;
      if (code < 0) {
        code = this.dictionary.length;
        this.dictionary.push(value);
        this.lookup!.set(value, code);
      }
    }
    if (this.count === this.codes.length) this.codes = grow(this.codes, this.count + 1);
    this.codes[this.count++] = code;
    if (this.dictionary.length > DICTIONARY_LIMIT && this.dictionary.length * 2 > this.count) this.toText();
  }

  get(i: number): string | null {
    if (this.text) return this.text.get(i);
    const code = this.codes[i]!;
    return code < 0 ? null : this.dictionary[code]!;
  }

  /** Drops what only building needed (the lookup map, spare capacity). */
  trim(): void {
    if (this.text) {
      this.text.trim();
      return;
    }
    this.lookup = null;
    this.codes = this.codes.slice(0, this.count);
  }

  private toText(): void {
    const text = new TextColumn();
    for (let i = 0; i < this.count; i++) text.push(this.get(i));
    this.text = text;
    this.codes = new Int32Array(0);
    this.dictionary = [];
    this.lookup = null;
  }
}
