/**
 * One world run: the month-by-month simulation of a trial for one scenario, one set of plans
 * (one per role, or none) and one population mode (DESIGN §5–7). Pure: all randomness comes
 * from keyed streams (seed, trial, purpose, entity) whose keys never contain the variant or the
 * population, and only the market chain's key contains the scenario.
 *
 * Each month: the books' start-of-month totals are recorded → reps decide (behaviour model, or
 * honest) → AEs realise leads and close deals → the accounts with something happening this month
 * live it (activation, churn, renewal, expansion, survey answers; customersMonth.ts) → the
 * measured metrics the plans read are observed.
 */
import type { MonthDecision, PlanResponse } from "../behavior/types.js";
import { HONEST_DECISION } from "../behavior/types.js";
import type { Role } from "../core/vocabulary.js";
import type { PopulationParams, WorldParams } from "../core/world.js";
import type { Plan } from "../language/canonical.js";
import { hasRatchet, RepQuotas } from "../plan/quotaRule.js";
import { AccountDraws } from "./accountDraws.js";
import { pathMarket } from "./accountPaths.js";
import { AccountSchedule } from "./accountSchedule.js";
import { AccountTable } from "./accounts.js";
import { BookTracker } from "./books.js";
import { BookTotals } from "./bookTotals.js";
import type { CandidateSource } from "./candidateSource.js";
import { planClocks, SimCalendar } from "./clock.js";
import { customersMonth } from "./customersMonth.js";
import { repEffortCosts } from "./effortCosts.js";
import { drawCandidates, monthIndex, warmupMonths } from "./leads.js";
import { LedgerBook } from "./ledgers.js";
import { marketPath } from "./market.js";
import { type Need, observationNeeds, observeMonth } from "./observe.js";
import { buildReps, leverSet, type PopulationModeLike } from "./population.js";
import { realiseLeads, salesMonth } from "./sales.js";
import { seedStartingBooks } from "./startingBook.js";
import {
  emptyTallies,
  type HistoryRecorder,
  type Pipeline,
  SEGMENT_INDEX,
  SEGMENT_OF,
  type WorldState,
} from "./state.js";
import { surveyCalendar } from "./surveyCalendar.js";
import { type Decide, decideAll, qualifiedShares } from "./views.js";

export interface WorldRunInput {
  readonly seed: string;
  readonly trial: number;
  readonly start: string;
  readonly horizonMonths: number;
  readonly tailMonths: number;
  readonly world: WorldParams;
  readonly scenarioName: string;
  readonly population: PopulationParams;
  readonly mode: PopulationModeLike;
  /** The plan of each role (null/absent = reps of that role are not paid). */
  readonly plans: Readonly<Partial<Record<Role, Plan>>>;
  /** PlanResponse of each plan (same object keys as `plans`). */
  readonly responses: Readonly<Partial<Record<Role, PlanResponse>>>;
  /** The behaviour model's monthly decision, or null for everyone honest. */
  readonly decide: Decide | null;
  /**
   * Candidate leads shared by the cells of this (trial, scenario): drawn (LeadCache) or resampled
   * from a history (historyLeads.ts); absent = drawn for this run.
   */
  readonly leads?: CandidateSource;
  /** Accounts' own draws shared likewise (accountDraws.ts); absent = drawn for this run. */
  readonly accountDraws?: AccountDraws;
  /** Records closed deals, survey answers and usage for a written history (historyRecorder.ts); absent = nothing recorded. */
  readonly recorder?: HistoryRecorder;
}

const EWMA_WEIGHT = 0.3;

export function simulateWorld(input: WorldRunInput): WorldState {
  const months = input.horizonMonths + input.tailMonths;
  const cal = new SimCalendar(input.start, months);
  const reps = buildReps(input.population, input.mode, input.seed, input.trial);
  const plans = reps.map((r) => input.plans[r.role] ?? null);
  const responses = reps.map((r) => input.responses[r.role] ?? null);
  const clocks = planClocks(cal, plans);
  const bySegment = (role: Role): number[][] => {
    const out: number[][] = [[], [], []];
    for (const r of reps) if (r.role === role) out[SEGMENT_INDEX[r.segment]]!.push(r.index);
    return out;
  };
  const pipelines: (Pipeline | null)[] = reps.map((rep) => {
    if (rep.role !== "AE") return null;
    const sales = input.world.sales[rep.segment];
    const from = -warmupMonths(sales);
    const cands =
      input.leads?.candidates(sales, rep.skill, rep.index, from, input.horizonMonths) ??
      drawCandidates(sales, rep.skill, input.seed, input.trial, rep.index, from, input.horizonMonths);
    return {
      cands,
      from,
      monthStartIdx: monthIndex(cands, from, input.horizonMonths),
      closeMonth: new Int32Array(cands.count).fill(-1),
      createdMonth: new Int32Array(cands.count),
      pushed: new Uint8Array(cands.count),
      deadline: new Uint8Array(cands.count),
      concession: new Float64Array(cands.count),
      open: [],
    };
  });
  const draws = input.accountDraws ?? new AccountDraws(input.seed, input.trial);
  const accounts = new AccountTable(Math.ceil(draws.lastRun.accounts * 1.1));
  const market = marketPath(input.world.market, input.seed, input.trial, input.scenarioName, months);
  const paths = pathMarket(
    market,
    SEGMENT_OF.map((seg) => input.world.customers[seg]),
    SEGMENT_OF.map((seg) => input.world.sales[seg]),
  );
  const s: WorldState = {
    world: input.world,
    seed: input.seed,
    trial: input.trial,
    horizon: input.horizonMonths,
    months,
    cal,
    market,
    reps,
    plans,
    clocks,
    responses,
    levers: leverSet(input.mode),
    decisions: reps.map((): MonthDecision => HONEST_DECISION),
    pipelines,
    csmsBySegment: bySegment("CSM"),
    amsBySegment: bySegment("AM"),
    book: new LedgerBook(
      cal,
      reps.length,
      responses.map((r) => r?.primaryMetric ?? null),
      accounts,
      null,
      Math.ceil(draws.lastRun.events * 1.1),
    ),
    accounts,
    draws,
    paths,
    schedule: new AccountSchedule(months, reps.length),
    totals: new BookTotals(accounts, paths, reps.length + 4, reps.length),
    surveys: surveyCalendar(cal),
    tracker: new BookTracker(reps.length + 4, months),
    tallies: emptyTallies(),
    horizonArr: null,
    qualifiedShare: qualifiedShares(SEGMENT_OF.map((seg) => input.world.sales[seg])),
    effortCost: repEffortCosts(input.world.sales, reps, responses),
    creditRate: Float64Array.from(plans, (p, r) => {
      const metric = responses[r]?.primaryMetric;
      const q = p?.quotas.find((x) => x.metric === metric);
      return q === undefined ? 0 : q.annual / 12;
    }),
    // --- quota ratchet (quotaRule.ts): per-rep quotas, only when a plan sets them ---
    ...(plans.some(hasRatchet) ? { repQuotas: new RepQuotas(reps.length, cal.monthStart[0]!) } : {}),
    ...(input.recorder !== undefined ? { recorder: input.recorder } : {}),
  };
  seedStartingBooks(s, input.population.startingBookPerCsm);
  for (let r = 0; r < reps.length; r++) {
    const p = pipelines[r];
    if (p !== null && p !== undefined)
      for (let m = p.from; m < 0; m++) realiseLeads(s, r, m, HONEST_DECISION);
  }
  const needs: Need[][] = plans.map((p) => (p === null ? [] : observationNeeds(p)));
  for (let m = 0; m < months; m++) {
    s.totals.record(s.tracker, m, s.schedule.stepped);
    s.book.monthCredit.fill(0);
    decideAll(s, m, input.decide);
    for (let r = 0; r < reps.length; r++)
      if (pipelines[r] !== null && m < input.horizonMonths) salesMonth(s, r, m);
    customersMonth(s, m);
    s.recorder?.monthEnd(s, m);
    observeMonth(s, needs, m);
    for (let r = 0; r < reps.length; r++)
      s.creditRate[r] = (1 - EWMA_WEIGHT) * s.creditRate[r]! + EWMA_WEIGHT * s.book.monthCredit[r]!;
    if (m === input.horizonMonths - 1) {
      const snap = new Float64Array(accounts.n);
      for (let i = 0; i < accounts.n; i++) snap[i] = accounts.alive[i] === 1 ? accounts.arr[i]! : 0;
      s.horizonArr = snap;
    }
  }
  draws.lastRun.accounts = accounts.n;
  draws.lastRun.events = s.book.table.n;
  return s;
}
