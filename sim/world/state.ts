/**
 * The mutable state of one simulated world run (one trial of one scenario × variant ×
 * population). Built by simulateWorld and read by the monthly steps; never shared across runs.
 */
import type { MonthDecision, PlanResponse } from "../behavior/types.js";
import type { GamingLever, Segment } from "../core/vocabulary.js";
import type { WorldParams } from "../core/world.js";
import type { Plan } from "../language/canonical.js";
import type { RepQuotas } from "../plan/quotaRule.js";
import type { AccountDraws } from "./accountDraws.js";
import type { PathMarket } from "./accountPaths.js";
import type { AccountSchedule } from "./accountSchedule.js";
import type { AccountTable } from "./accounts.js";
import type { BookTracker } from "./books.js";
import type { BookTotals } from "./bookTotals.js";
import type { PlanClock, SimCalendar } from "./clock.js";
import type { Candidates } from "./leads.js";
import type { LedgerBook } from "./ledgers.js";
import type { MarketPath } from "./market.js";
import type { SimRep } from "./population.js";
import type { SurveyCalendar } from "./surveyCalendar.js";

export const SEGMENT_INDEX: Readonly<Record<Segment, number>> = { SMB: 0, MM: 1, ENT: 2 };
export const SEGMENT_OF: readonly Segment[] = ["SMB", "MM", "ENT"];

/** Totals the trial metrics are computed from (horizon deals; see metrics for the tail rule). */
export interface WorldTallies {
  arrNew: number;
  /** List value (before discount) of the deals won in the horizon. */
  arrNewAtList: number;
  arrExpansion: number;
  arrChurned: number;
  arrContraction: number;
  discountGiven: number;
  dealsWon: number;
  poorFitWon: number;
  oppsClosed: number;
  cycleMonthsWon: number;
  soldInHorizon: number;
  activatedInWindow: number;
  /** Per segment (SMB, MM, ENT): opportunities closed, won, and Σ months from lead to win. */
  readonly closedBySegment: Float64Array;
  readonly wonBySegment: Float64Array;
  readonly cycleBySegment: Float64Array;
  /** Booking events in the horizon (split deals count once per booking event). */
  readonly bookingDay: number[];
  readonly bookingArr: number[];
  /** Discount off list of each booking event (same order). */
  readonly bookingDiscount: number[];
}

export function emptyTallies(): WorldTallies {
  return {
    arrNew: 0,
    arrNewAtList: 0,
    arrExpansion: 0,
    arrChurned: 0,
    arrContraction: 0,
    discountGiven: 0,
    dealsWon: 0,
    poorFitWon: 0,
    oppsClosed: 0,
    cycleMonthsWon: 0,
    soldInHorizon: 0,
    activatedInWindow: 0,
    closedBySegment: new Float64Array(3),
    wonBySegment: new Float64Array(3),
    cycleBySegment: new Float64Array(3),
    bookingDay: [],
    bookingArr: [],
    bookingDiscount: [],
  };
}

/** Per-AE pipeline: candidates, month index, the open list and each candidate's state. */
export interface Pipeline {
  readonly cands: Candidates;
  readonly from: number;
  readonly monthStartIdx: Int32Array;
  /** Month a realised candidate is due to close; −1 while not realised. */
  readonly closeMonth: Int32Array;
  readonly createdMonth: Int32Array;
  /** 1 = pushed back at least once. */
  readonly pushed: Uint8Array;
  /** Deadline state (sales.ts): 0 none, HELD to its period's last day, SLIPPED past it. */
  readonly deadline: Uint8Array;
  /** Extra discount a slipped deal keeps from the deadline (buyer's concession). */
  readonly concession: Float64Array;
  open: number[];
}

export interface WorldState {
  readonly world: WorldParams;
  readonly seed: string;
  readonly trial: number;
  readonly horizon: number;
  readonly months: number;
  readonly cal: SimCalendar;
  readonly market: MarketPath;
  readonly reps: readonly SimRep[];
  readonly plans: readonly (Plan | null)[];
  readonly clocks: readonly (PlanClock | null)[];
  readonly responses: readonly (PlanResponse | null)[];
  readonly levers: ReadonlySet<GamingLever>;
  readonly decisions: MonthDecision[];
  /** Pipelines of AEs (null for other roles). */
  readonly pipelines: readonly (Pipeline | null)[];
  readonly csmsBySegment: readonly (readonly number[])[];
  readonly amsBySegment: readonly (readonly number[])[];
  readonly book: LedgerBook;
  readonly accounts: AccountTable;
  /** The accounts' own draws, shared by the world runs of a (trial, scenario) (accountDraws.ts). */
  readonly draws: AccountDraws;
  /** Closed-form path constants of the run's market (accountPaths.ts). */
  readonly paths: PathMarket;
  /** Which accounts are visited in which month (accountSchedule.ts). */
  readonly schedule: AccountSchedule;
  /** Running book totals recorded into the tracker each month (bookTotals.ts). */
  readonly totals: BookTotals;
  readonly surveys: SurveyCalendar;
  readonly tracker: BookTracker;
  readonly tallies: WorldTallies;
  /** ARR of every account (0 if churned) at the end of the horizon; set when the horizon ends. */
  horizonArr: Float64Array | null;
  /** Share of each segment's leads (SEGMENT_INDEX order) with fit ≥ QUALIFY_FIT (views.ts). */
  readonly qualifiedShare: Float64Array;
  /** EWMA of monthly primary credit (expectations of non-AE reps). */
  readonly creditRate: Float64Array;
  /** Each rep's cost of effort, currency per month (effortCosts.ts; 0 = no effort choice). */
  readonly effortCost: Float64Array;
  /** Per-rep quotas of the current fiscal year, only when a plan has a quota ratchet (quotaRule.ts). */
  readonly repQuotas?: RepQuotas;
  /** Records what a written history needs (historyRecorder.ts); absent in ordinary trials. */
  readonly recorder?: HistoryRecorder;
}

/**
 * What a written history needs that a world run does not keep (historyRecorder.ts HistoryLog),
 * called at three places: sales.ts closeDeal, surveys.ts surveyAccount and simulateWorld's month
 * loop. A recorder only reads: it draws nothing and changes no state.
 */
export interface HistoryRecorder {
  /**
   * AE r closed candidate i in month m on `day` at `discount`: won (account row ≥ 0) or lost
   * (row −1). Called in the order deals close, so a won deal's booking event follows its call.
   */
  closed(r: number, i: number, m: number, day: number, discount: number, row: number): void;
  /** Account row i answered the survey in month m. */
  survey(i: number, m: number, trueScore: number, reported: number): void;
  /** Month m is over (customers included): usage depth is final for the month. */
  monthEnd(s: WorldState, m: number): void;
}

/** Tracker group of the segment team and of the company. */
export function teamGroup(s: WorldState, segment: number): number {
  return s.reps.length + segment;
}

export function companyGroup(s: WorldState): number {
  return s.reps.length + 3;
}
