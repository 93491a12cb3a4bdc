/**
 * A history prepared as a world source (issue 17): the historical AEs' opportunities as plain
 * columns, laid out by the plan periods of the plan the company ran, ready for a trial to
 * resample (sim/world/historyLeads.ts). Plain JSON: it travels to workers inside ExperimentParams.
 *
 * Time is kept relative to each deal's own historical plan period, so a resampled block (one
 * period) lands on a simulated period with its month-of-period and day-of-month intact.
 */

/** The opportunities of the history's AEs, one entry per deal in every column. */
export interface HistoryDeals {
  /** Index of the owning rep in HistoryWorld.reps. */
  readonly rep: readonly number[];
  /** Index of the historical period (block) the deal closed in. */
  readonly block: readonly number[];
  /** Month of that period it closed in (0-based). */
  readonly closeMonth: readonly number[];
  /** Day of that month it closed on (0-based). */
  readonly closeDay: readonly number[];
  /** Whole months from creation (engagement) to close, at least 1. */
  readonly cycle: readonly number[];
  /** 1 won, 0 lost. */
  readonly won: readonly number[];
  /** First-year ARR actually signed (won), or the deal's value (lost: its amount or list value). */
  readonly amount: readonly number[];
  /** Discount off list, 0–1; null when the history does not say. */
  readonly discount: readonly (number | null)[];
  /** Contract term in months (12, 24, 36). */
  readonly term: readonly number[];
}

/**
 * How the pipeline is un-gamed (sim/history/ungaming.ts): a deal closing in bucket b of its period
 * (weeks, the last day apart) moves with probability moveProb[b] to a day drawn from the buckets
 * that history under-fills (weights deficit), so the un-gamed pipeline closes evenly over the
 * period's days, as deals do where no period-end pay moves them.
 */
export interface HistoryUngaming {
  /** Per bucket: weeks of the period (the last one to the day before its last day), then the last day. */
  readonly moveProb: readonly number[];
  readonly deficit: readonly number[];
}

export interface HistoryRep {
  readonly id: string;
  readonly segment: "SMB" | "MM" | "ENT";
}

export interface HistoryWorld {
  /** Where the history came from (data folder or mapping file, as the experiment names it). */
  readonly source: string;
  /** The history's range (ISO dates). */
  readonly range: { readonly start: string; readonly end: string };
  /** Months per resampled block: one period of the historical plan's calendar. */
  readonly blockMonths: number;
  /** Whole historical periods inside the range (the blocks a trial draws from). */
  readonly blocks: number;
  /** The historical AEs, in the simulated population's AE order (simulated AE k = reps[k]). */
  readonly reps: readonly HistoryRep[];
  readonly deals: HistoryDeals;
  readonly ungaming: HistoryUngaming;
  /**
   * The historical plan's effort, relative to normal (sim/history/effortScale.ts): the recorded
   * deals are what reps found at that effort, so a rep at effort e realises a share e / effortScale
   * of them (and shadow copies above it). 1 = the pipeline as recorded is normal effort's.
   */
  readonly effortScale: number;
}

/** A 95% interval around a mean. */
export interface HistoryInterval {
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

/**
 * What a run reports about its history world (summary.json `history`): the un-gaming fit and the
 * backtest the reference variant is checked against. Plain JSON, made when the history is resolved.
 */
export interface HistoryReport {
  readonly source: string;
  readonly range: { readonly start: string; readonly end: string };
  readonly blockMonths: number;
  readonly blocks: number;
  readonly aes: number;
  readonly deals: number;
  /** The reference variant (the historical plans). */
  readonly reference: string;
  readonly ungaming: {
    readonly gamingShare: number;
    readonly gamingPropensity: number;
    /** The historical plan's effort relative to normal (the pipeline is rescaled by it). */
    readonly historicalEffort: number;
    readonly trials: number;
    readonly distances: readonly {
      readonly profile: string;
      readonly kind: string;
      readonly fitted: number | null;
      readonly honest: number | null;
    }[];
    readonly rows: readonly {
      readonly quantity: string;
      readonly history: number | null;
      readonly fitted: number | null;
      readonly honest: number | null;
    }[];
    readonly unidentified: readonly { readonly parameter: string; readonly why: string }[];
  } | null;
  readonly backtest: {
    readonly plan: string;
    readonly from: string;
    readonly to: string;
    readonly periods: number;
    readonly cost: HistoryInterval;
    readonly lastMonthShare: HistoryInterval;
  } | null;
}
