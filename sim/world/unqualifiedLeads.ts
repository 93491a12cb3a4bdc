/**
 * Unqualified prospects (sim/core/assumptions.ts UNQUALIFIED_LEAD_RATIO): beside the qualified
 * lead flow, each month a Poisson number of candidates with fit uniform below QUALIFY_FIT arrive
 * at LEAD_RATE_MAX × leadsPerMonth × skill × UNQUALIFIED_LEAD_RATIO and are thinned like the
 * others. They come from their own keyed stream (purpose "unqualifiedLeads", entity = rep index)
 * and are appended after each month's qualified candidates with the following ordinals, so every
 * qualified candidate keeps its draws, index order within the month and account id: honest reps,
 * who decline every lead below QUALIFY_FIT, see exactly the world they saw without them.
 */
import { LEAD_RATE_MAX, QUALIFY_FIT, UNQUALIFIED_LEAD_RATIO } from "../core/assumptions.js";
import type { SegmentSales } from "../core/world.js";
import { drawPoisson, drawStandardNormal, keyedStream } from "../random/index.js";
import type { Candidates } from "./candidates.js";

const COLUMNS = ["accept", "fit", "list", "cycle", "win", "term", "day", "discount"] as const;

/** The candidates with each month's unqualified prospects appended after its qualified ones. */
export function withUnqualified(
  c: Candidates,
  sales: SegmentSales,
  skill: number,
  seed: string,
  trial: number,
  repIndex: number,
  fromMonth: number,
  toMonth: number,
): Candidates {
  if (!(UNQUALIFIED_LEAD_RATIO > 0)) return c;
  const rng = keyedStream(seed, trial, "unqualifiedLeads", repIndex);
  const lambda = LEAD_RATE_MAX * sales.leadsPerMonth * skill * UNQUALIFIED_LEAD_RATIO;
  const month: number[] = [];
  const ordinal: number[] = [];
  const cols: Record<(typeof COLUMNS)[number], number[]> = {
    accept: [],
    fit: [],
    list: [],
    cycle: [],
    win: [],
    term: [],
    day: [],
    discount: [],
  };
  let i = 0;
  for (let m = fromMonth; m < toMonth; m++) {
    let k = 0;
    for (; i < c.count && c.month[i] === m; i++, k++) {
      month.push(m);
      ordinal.push(c.ordinal[i]!);
      for (const col of COLUMNS) cols[col].push(c[col][i]!);
    }
    const n = drawPoisson(rng, lambda);
    for (let j = 0; j < n; j++, k++) {
      month.push(m);
      ordinal.push(k);
      cols.accept.push(rng.next());
      cols.fit.push(QUALIFY_FIT * rng.next());
      cols.list.push(sales.dealSizeMedian * Math.exp(sales.dealSizeSigma * drawStandardNormal(rng)));
      cols.cycle.push(rng.next());
      cols.win.push(rng.next());
      cols.term.push(rng.next());
      cols.day.push(rng.next());
      cols.discount.push(rng.next());
    }
  }
  return {
    count: month.length,
    month: Int32Array.from(month),
    ordinal: Int32Array.from(ordinal),
    accept: Float64Array.from(cols.accept),
    fit: Float64Array.from(cols.fit),
    list: Float64Array.from(cols.list),
    cycle: Float64Array.from(cols.cycle),
    win: Float64Array.from(cols.win),
    term: Float64Array.from(cols.term),
    day: Float64Array.from(cols.day),
    discount: Float64Array.from(cols.discount),
  };
}
