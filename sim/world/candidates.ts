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
