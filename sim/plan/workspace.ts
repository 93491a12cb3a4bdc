/**
 * Typed buffers one evaluation at a time reuses (owned by a compiled plan: evaluate is
 * synchronous and never re-entered, so a plan's evaluations take turns): a rep's sorted rows
 * and gathered columns (days, type codes, ARR), its on-plan mask, account chains and credit
 * arrays. They grow to the largest ledger seen and are never shrunk, so evaluating many reps
 * allocates no typed array per rep.
 */
export class Workspace {
  private cap = 0;
  rows = new Int32Array(0);
  days = new Int32Array(0);
  type = new Uint8Array(0);
  arr = new Float64Array(0);
  prev = new Int32Array(0);
  next = new Int32Array(0);
  mask = new Uint8Array(0);
  credits: Float64Array[] = [];
  /** Open-addressing table account → last index seen (account chains), 2^k ≥ 2 × events. */
  slotKey = new Int32Array(0);
  slotLast = new Int32Array(0);

  constructor(private readonly creditCount: number) {
    this.credits = Array.from({ length: creditCount }, () => new Float64Array(0));
  }

  /** Makes room for `n` events. */
  ensure(n: number): void {
    if (n <= this.cap) return;
    const cap = Math.max(64, n, this.cap * 2);
    this.cap = cap;
    this.rows = new Int32Array(cap);
    this.days = new Int32Array(cap);
    this.type = new Uint8Array(cap);
    this.arr = new Float64Array(cap);
    this.prev = new Int32Array(cap);
    this.next = new Int32Array(cap);
    this.mask = new Uint8Array(cap);
    this.credits = Array.from({ length: this.creditCount }, () => new Float64Array(cap));
    let slots = 1;
    while (slots < 2 * cap) slots *= 2;
    this.slotKey = new Int32Array(slots);
    this.slotLast = new Int32Array(slots);
  }
}
