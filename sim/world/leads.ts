/**
 * Candidate leads of one AE (DESIGN §5, thinning): every month a Poisson number of candidates
 * arrives at the fixed maximal rate λmax = LEAD_RATE_MAX × leadsPerMonth × skill, and every
 * candidate's attributes are drawn in a fixed order whether or not it is realised. A candidate
 * is realised when its acceptance uniform < effort × market lead flow / LEAD_RATE_MAX, so more
 * effort or a better market yields a superset of the same leads (monotone coupling), and the
 * draws never depend on behaviour, variant or population (stream: purpose "leads", entity =
 * rep index). Months before 0 seed the pipeline that is already open at the start.
 */

import { LEAD_RATE_MAX } from "../core/assumptions.js";
import type { SegmentSales } from "../core/world.js";
import { drawBeta, drawPoisson, drawStandardNormal, keyedStream } from "../random/index.js";

export interface Candidates {
  readonly count: number;
  /** Creation month (may be negative: pipeline open at the start). */
  readonly month: Int32Array;
  /** Index of the candidate inside its month (for ids). */
  readonly ordinal: Int32Array;
  readonly accept: Float64Array;
  readonly fit: Float64Array;
  /** List first-year ARR at baseline market (segment median × e^(σ z)). */
  readonly list: Float64Array;
  readonly cycle: Float64Array;
  readonly win: Float64Array;
  readonly term: Float64Array;
  readonly day: Float64Array;
  readonly discount: Float64Array;
}

/** Months of pipeline simulated before month 0 (longer than any baseline cycle). */
export function warmupMonths(sales: SegmentSales): number {
  return Math.ceil(sales.cycleMonths[1] * 1.5) + 1;
}

/**
 * Candidates are drawn once per (trial, rep) and shared by every cell of the trial (variants and
 * populations face the same leads; Candidates are read-only). Holds the latest trial only.
 */
const shared = { seed: "", trial: -1, bySales: new WeakMap<SegmentSales, Map<string, Candidates>>() };

export function drawCandidates(
  sales: SegmentSales,
  skill: number,
  seed: string,
  trial: number,
  repIndex: number,
  fromMonth: number,
  toMonth: number,
): Candidates {
  if (shared.seed !== seed || shared.trial !== trial) {
    shared.seed = seed;
    shared.trial = trial;
    shared.bySales = new WeakMap();
  }
  let memo = shared.bySales.get(sales);
  if (memo === undefined) {
    memo = new Map();
    shared.bySales.set(sales, memo);
  }
  const key = `${repIndex}/${skill}/${fromMonth}/${toMonth}`;
  let c = memo.get(key);
  if (c === undefined) {
    c = drawFresh(sales, skill, seed, trial, repIndex, fromMonth, toMonth);
    memo.set(key, c);
  }
  return c;
}

function drawFresh(
  sales: SegmentSales,
  skill: number,
  seed: string,
  trial: number,
  repIndex: number,
  fromMonth: number,
  toMonth: number,
): Candidates {
  const rng = keyedStream(seed, trial, "leads", repIndex);
  const lambdaMax = LEAD_RATE_MAX * sales.leadsPerMonth * skill;
  let total = 0;
  const month: number[] = [];
  const ordinal: number[] = [];
  const cols = { accept: [] as number[], fit: [] as number[], list: [] as number[], cycle: [] as number[] };
  const cols2 = { win: [] as number[], term: [] as number[], day: [] as number[], discount: [] as number[] };
  for (let m = fromMonth; m < toMonth; m++) {
    const n = drawPoisson(rng, lambdaMax);
    total += n;
    for (let k = 0; k < n; k++) {
      month.push(m);
      ordinal.push(k);
      cols.accept.push(rng.next());
      cols.fit.push(drawBeta(rng, sales.fitAlpha, sales.fitBeta));
      cols.list.push(sales.dealSizeMedian * Math.exp(sales.dealSizeSigma * drawStandardNormal(rng)));
      cols.cycle.push(rng.next());
      cols2.win.push(rng.next());
      cols2.term.push(rng.next());
      cols2.day.push(rng.next());
      cols2.discount.push(rng.next());
    }
  }
  return {
    count: total,
    month: Int32Array.from(month),
    ordinal: Int32Array.from(ordinal),
    accept: Float64Array.from(cols.accept),
    fit: Float64Array.from(cols.fit),
    list: Float64Array.from(cols.list),
    cycle: Float64Array.from(cols.cycle),
    win: Float64Array.from(cols2.win),
    term: Float64Array.from(cols2.term),
    day: Float64Array.from(cols2.day),
    discount: Float64Array.from(cols2.discount),
  };
}

/** Index of the first candidate of each month (length toMonth − fromMonth + 1). */
export function monthIndex(c: Candidates, fromMonth: number, toMonth: number): Int32Array {
  const idx = new Int32Array(toMonth - fromMonth + 1);
  let i = 0;
  for (let m = fromMonth; m <= toMonth; m++) {
    while (i < c.count && c.month[i]! < m) i++;
    idx[m - fromMonth] = i;
  }
  return idx;
}
