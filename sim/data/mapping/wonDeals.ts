/**
 * The won deals of the opportunities table, kept compactly as the table is read (account, close
 * date, id, owner, amount and the source line: about 30 bytes a deal), for the rules that need
 * them once it is done: ARR movements from won deals and the `first-owner` assignment rule.
 */
import { NumberColumn } from "../columns/numberColumn.js";
import { StringColumn } from "../columns/stringColumn.js";
import { grow, TextColumn } from "../columns/textColumn.js";
import type { RowSource, SourceLine } from "../staged.js";
import type { Row } from "../tables.js";

export interface WonDeal {
  readonly account: string;
  readonly closed: string;
  readonly id: string;
  readonly owner: string;
  readonly amount: number;
}

export class WonDeals {
  private readonly account = new StringColumn();
  private readonly closed = new StringColumn();
  private readonly id = new TextColumn();
  private readonly owner = new StringColumn();
  private readonly amount = new NumberColumn();
  /** Source line and source number of deal i (typed arrays: 8 bytes a deal, not 16 and more). */
  private line = new Int32Array(1 << 10);
  private sourceOf = new Int32Array(1 << 10);
  private count = 0;
  private readonly sources: Omit<SourceLine, "line">[] = [];

  get length(): number {
    return this.count;
  }

  /** An opportunity kept in its table (observer of its TableRun): remembered when won. */
  readonly observe = (row: Row, origin: RowSource): void => {
    if (row.stage !== "won") return;
    this.account.push(row.account_id as string);
    this.closed.push(row.closed_date as string);
    this.id.push(row.opportunity_id as string);
    this.owner.push(row.owner_rep_id as string);
    this.amount.push(row.amount as number);
    if (this.count === this.line.length) {
      this.line = grow(this.line, this.count + 1);
      this.sourceOf = grow(this.sourceOf, this.count + 1);
    }
    this.line[this.count] = origin.line;
    this.sourceOf[this.count++] = this.sourceNumber(origin);
  };

  get(i: number): WonDeal {
    return {
      account: this.account.get(i)!,
      closed: this.closed.get(i)!,
      id: this.id.get(i)!,
      owner: this.owner.get(i)!,
      amount: this.amount.get(i)!,
    };
  }

  /** Where deal i was read (its fields are read again only if a rule sets it aside). */
  origin(i: number): SourceLine {
    return { ...this.sources[this.sourceOf[i]!]!, line: this.line[i]! };
  }

  /**
   * Deal numbers sorted by the named fields (compared as strings, like the whole-table sorts
   * they replace); ids are compared in place, not decoded.
   */
  sortedBy(fields: readonly ("account" | "closed" | "id")[]): Int32Array {
    const compares = fields.map((f) => {
      if (f === "id") return (a: number, b: number) => this.id.compare(a, b);
      const column = this[f];
      return (a: number, b: number) => {
        const x = column.get(a)!;
        const y = column.get(b)!;
        return x === y ? 0 : x < y ? -1 : 1;
      };
    });
    const order = Int32Array.from({ length: this.length }, (_, i) => i);
    return order.sort((a, b) => {
      for (const compare of compares) {
        const c = compare(a, b);
        if (c !== 0) return c;
      }
      return a - b; // stable, as Array.prototype.sort
    });
  }

  private sourceNumber(origin: RowSource): number {
    const path = origin.path ?? "";
    let n = this.sources.findIndex((s) => s.path === path && s.file === origin.file);
    if (n < 0) n = this.sources.push({ file: origin.file, header: origin.header, path }) - 1;
    return n;
  }
}
