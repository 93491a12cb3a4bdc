/** Candidate leads of one AE as typed columns (leads.ts draws them; unqualifiedLeads.ts adds prospects that do not fit). */
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

/** The eight uniform/value columns of Candidates, in this order (accept … discount). */
export const CANDIDATE_FIELDS = 8;

/** Candidates over `count` rows from month and ordinal columns and the eight value columns in CANDIDATE_FIELDS order. */
export function candidatesOf(
  count: number,
  month: Int32Array,
  ordinal: Int32Array,
  f: readonly Float64Array[],
): Candidates {
  return {
    count,
    month,
    ordinal,
    accept: f[0]!,
    fit: f[1]!,
    list: f[2]!,
    cycle: f[3]!,
    win: f[4]!,
    term: f[5]!,
    day: f[6]!,
    discount: f[7]!,
  };
}
