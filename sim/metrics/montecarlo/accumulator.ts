/**
 * The Monte Carlo reducer: consumes blocks of trial columns (TrialColumns: column-major, `columns` metrics × trials) in
 * block-index order and keeps, per column, streaming moments; per configured pair of columns,
 * paired moments; per (column, threshold), an exceedance count; and, for the few tail columns,
 * every value (ValueStore, spilled to a temporary file past one chunk). Memory is flat in the trial count.
 *
 * Missing values: a per-trial metric is NaN where it is undefined (no survey answered, no
 * booking to time). Such values are skipped and counted per column (a pair is skipped, and
 * counted, when either side is missing), so every estimate says how many trials it rests on.
 *
 * Determinism: the state after blocks 0..k−1 depends only on their values in block order —
 * not on which worker computed them or how they were grouped into calls — because every value
 * is one Welford update in trial order. Shards (contiguous block ranges) are merged with
 * `mergeAccumulators` in shard order; the merge checks contiguity, so the order is fixed. A
 * merged state equals the single-pass one exactly in trial counts, exceedance counts and tail
 * values, and to ~1e-15 relative in means/variances (Chan merge; see moments.ts).
 */

import { type CoMomentState, mergeCoMoments } from "./comoments.js";
import { emptyMoments, type MomentState, mergeMoments, pushValue } from "./moments.js";
import { emptyPaired, pushPaired } from "./paired.js";
import { countAbove } from "./proportion.js";
import { columnOf, type TrialColumns } from "./trialColumns.js";
import { ValueStore } from "./valueStore.js";

/** Two columns of the same metric under two variants, paired by trial (CRN). */
export interface PairSpec {
  readonly base: number;
  readonly variant: number;
}

/** Count trials with column value > threshold (e.g. cost.total > budget). */
export interface ExceedanceSpec {
  readonly column: number;
  readonly threshold: number;
}

export interface AccumulatorLayout {
  readonly columns: number;
  /** Columns whose every value is kept (quantiles, CVaR). */
  readonly tailColumns: readonly number[];
  readonly pairs: readonly PairSpec[];
  readonly exceedances: readonly ExceedanceSpec[];
}

export interface AccumulatorState {
  readonly layout: AccumulatorLayout;
  /** Index of the first block consumed (null before any). */
  firstBlock: number | null;
  /** Index the next block must have. */
  nextBlock: number;
  blocks: number;
  trials: number;
  readonly moments: MomentState[];
  readonly pairs: CoMomentState[];
  readonly exceedanceHits: number[];
  /** Aligned with layout.tailColumns. */
  readonly tails: ValueStore[];
  /** Non-finite values skipped, per column and per pair. */
  readonly missingColumns: number[];
  readonly missingPairs: number[];
}

export function createAccumulator(layout: AccumulatorLayout): AccumulatorState {
  checkLayout(layout);
  return {
    layout,
    firstBlock: null,
    nextBlock: 0,
    blocks: 0,
    trials: 0,
    moments: Array.from({ length: layout.columns }, emptyMoments),
    pairs: layout.pairs.map(emptyPaired),
    exceedanceHits: layout.exceedances.map(() => 0),
    tails: layout.tailColumns.map(() => new ValueStore()),
    missingColumns: Array.from({ length: layout.columns }, () => 0),
    missingPairs: layout.pairs.map(() => 0),
  };
}

/** Consumes one block; blocks must arrive with consecutive indices (the executor's order). */
export function pushBlock(state: AccumulatorState, result: TrialColumns): void {
  const { layout } = state;
  if (result.columns !== layout.columns)
    throw new RangeError(
      `block ${result.block.index} has ${result.columns} columns, expected ${layout.columns}`,
    );
  if (state.firstBlock !== null && result.block.index !== state.nextBlock)
    throw new RangeError(
      `block ${result.block.index} reduced out of order; expected block ${state.nextBlock}`,
    );
  for (let c = 0; c < layout.columns; c++) {
    const xs = columnOf(result, c);
    const moments = state.moments[c]!;
    for (let i = 0; i < xs.length; i++) {
      if (Number.isFinite(xs[i]!)) pushValue(moments, xs[i]!);
      else state.missingColumns[c]!++;
    }
  }
  layout.pairs.forEach((pair, p) => {
    const base = columnOf(result, pair.base);
    const variant = columnOf(result, pair.variant);
    for (let i = 0; i < base.length; i++) {
      if (Number.isFinite(base[i]!) && Number.isFinite(variant[i]!))
        pushPaired(state.pairs[p]!, base[i]!, variant[i]!);
      else state.missingPairs[p]!++;
    }
  });
  layout.exceedances.forEach((spec, i) => {
    state.exceedanceHits[i]! += countAbove(columnOf(result, spec.column), spec.threshold);
  });
  layout.tailColumns.forEach((column, t) => {
    const xs = columnOf(result, column);
    for (let i = 0; i < xs.length; i++) if (Number.isFinite(xs[i]!)) state.tails[t]!.push(xs[i]!);
  });
  if (state.firstBlock === null) state.firstBlock = result.block.index;
  state.nextBlock = result.block.index + 1;
  state.blocks++;
  state.trials += result.block.end - result.block.start;
}

/**
 * The state of a's blocks followed by b's (shard i then shard i + 1). Throws unless b starts at
 * the block after a's last, so shards can only be combined in one order.
 */
export function mergeAccumulators(a: AccumulatorState, b: AccumulatorState): AccumulatorState {
  if (JSON.stringify(a.layout) !== JSON.stringify(b.layout))
    throw new RangeError("cannot merge accumulators with different layouts");
  if (a.firstBlock !== null && b.firstBlock !== null && b.firstBlock !== a.nextBlock)
    throw new RangeError(`shards are not contiguous: block ${a.nextBlock} expected, got ${b.firstBlock}`);
  const empty = a.firstBlock === null ? a : b.firstBlock === null ? b : null;
  const other = empty === a ? b : a;
  return {
    layout: a.layout,
    firstBlock: empty ? other.firstBlock : a.firstBlock,
    nextBlock: empty ? other.nextBlock : b.nextBlock,
    blocks: a.blocks + b.blocks,
    trials: a.trials + b.trials,
    moments: a.moments.map((m, i) => mergeMoments(m, b.moments[i]!)),
    pairs: a.pairs.map((p, i) => mergeCoMoments(p, b.pairs[i]!)),
    exceedanceHits: a.exceedanceHits.map((h, i) => h + b.exceedanceHits[i]!),
    tails: a.tails.map((t, i) => ValueStore.concat(t, b.tails[i]!)),
    missingColumns: a.missingColumns.map((m, i) => m + b.missingColumns[i]!),
    missingPairs: a.missingPairs.map((m, i) => m + b.missingPairs[i]!),
  };
}

function checkLayout(layout: AccumulatorLayout): void {
  const { columns } = layout;
  if (!Number.isInteger(columns) || columns < 1)
    throw new RangeError(`columns must be a whole number ≥ 1, got ${columns}`);
  const check = (c: number, what: string) => {
    if (!Number.isInteger(c) || c < 0 || c >= columns)
      throw new RangeError(`${what} column ${c} is outside 0..${columns - 1}`);
  };
  for (const c of layout.tailColumns) check(c, "tail");
  for (const p of layout.pairs) {
    check(p.base, "pair base");
    check(p.variant, "pair variant");
  }
  for (const e of layout.exceedances) {
    check(e.column, "exceedance");
    if (!Number.isFinite(e.threshold)) throw new RangeError(`exceedance threshold must be finite`);
  }
}
