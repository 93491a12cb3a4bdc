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
import type { CandidateSource } from "./candidateSource.js";
import { CANDIDATE_FIELDS, type Candidates, candidatesOf } from "./candidates.js";
import { withUnqualified } from "./unqualifiedLeads.js";

export type { Candidates } from "./candidates.js";

/** Months of pipeline simulated before month 0 (longer than any baseline cycle). */
export function warmupMonths(sales: SegmentSales): number {
  return Math.ceil(sales.cycleMonths[1] * 1.5) + 1;
}

/**
 * Candidates drawn once per (trial, rep) and shared by every cell of a (trial, scenario): variants
 * and populations face the same leads (Candidates are read-only). The cache lives as long as its
 * (trial, scenario)'s cell simulator (sim/trial/simulateTrial.ts) and is dropped with it.
 */
export class LeadCache implements CandidateSource {
  private readonly bySales = new Map<SegmentSales, Map<string, Candidates>>();

  constructor(
    readonly seed: string,
    readonly trial: number,
  ) {}

  candidates(sales: SegmentSales, skill: number, repIndex: number, fromMonth: number, toMonth: number) {
    let memo = this.bySales.get(sales);
    if (memo === undefined) {
      memo = new Map();
      this.bySales.set(sales, memo);
    }
    const key = `${repIndex}/${skill}/${fromMonth}/${toMonth}`;
    let c = memo.get(key);
    if (c === undefined) {
      c = drawCandidates(sales, skill, this.seed, this.trial, repIndex, fromMonth, toMonth);
      memo.set(key, c);
    }
    return c;
  }
}

/** Growable candidate columns (doubling), trimmed into Candidates at the end. */
class CandidateColumns {
  n = 0;
  month: Int32Array;
  ordinal: Int32Array;
  readonly f: Float64Array[];

  constructor(capacity: number) {
    this.month = new Int32Array(capacity);
    this.ordinal = new Int32Array(capacity);
    this.f = Array.from({ length: CANDIDATE_FIELDS }, () => new Float64Array(capacity));
  }

  grow(): void {
    const cap = this.month.length * 2;
    const g32 = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.month = g32(this.month);
    this.ordinal = g32(this.ordinal);
    for (let j = 0; j < this.f.length; j++) {
      const b = new Float64Array(cap);
      b.set(this.f[j]!);
      this.f[j] = b;
    }
  }
}

/** The rep's candidates: the qualified-lead flow and the unqualified prospects (unqualifiedLeads.ts). */
export function drawCandidates(
  sales: SegmentSales,
  skill: number,
  seed: string,
  trial: number,
  repIndex: number,
  fromMonth: number,
  toMonth: number,
): Candidates {
  const qualified = drawQualified(sales, skill, seed, trial, repIndex, fromMonth, toMonth);
  return withUnqualified(qualified, sales, skill, seed, trial, repIndex, fromMonth, toMonth);
}

function drawQualified(
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
  const cols = new CandidateColumns(Math.max(16, Math.ceil(lambdaMax * (toMonth - fromMonth) * 1.25)));
  for (let m = fromMonth; m < toMonth; m++) {
    const n = drawPoisson(rng, lambdaMax);
    for (let k = 0; k < n; k++) {
      if (cols.n === cols.month.length) cols.grow();
      const i = cols.n++;
      const f = cols.f;
      cols.month[i] = m;
      cols.ordinal[i] = k;
      f[0]![i] = rng.next(); // accept
      f[1]![i] = drawBeta(rng, sales.fitAlpha, sales.fitBeta); // fit
      f[2]![i] = sales.dealSizeMedian * Math.exp(sales.dealSizeSigma * drawStandardNormal(rng)); // list
      f[3]![i] = rng.next(); // cycle
      f[4]![i] = rng.next(); // win
      f[5]![i] = rng.next(); // term
      f[6]![i] = rng.next(); // day
      f[7]![i] = rng.next(); // discount
    }
  }
  const n = cols.n;
  const f = cols.f.map((a) => a.subarray(0, n)); // views, not copies: candidates are read-only
  return candidatesOf(n, cols.month.subarray(0, n), cols.ordinal.subarray(0, n), f);
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
