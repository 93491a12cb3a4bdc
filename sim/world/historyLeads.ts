/**
 * Candidate leads resampled from a history (issue 17), the history world source's counterpart of
 * leads.ts. A moving-block bootstrap by rep and period: each simulated AE is one historical AE
 * (history.reps, same order), and each of its simulated plan periods (blocks of
 * history.blockMonths months) takes the opportunities that AE closed in one historical period,
 * drawn uniformly from the history's whole periods (stream purpose "historyBlocks", entity = rep).
 * A block is one plan period so that what gaming moves — the position of a deal inside its
 * period — is kept whole, and so that a deal's cycle (creation to close, mostly under a quarter
 * in CRM exports) stays inside its block.
 *
 * Each deal becomes a candidate (historyDeal.ts) created cycle months before its close, with:
 *  - un-gaming (sim/history/ungaming.ts): with the probability of its day's bucket the deal's due
 *    date moves to a day of its period history under-fills (not before its creation month), and
 *    its discount becomes a fresh buyer's ask — the natural pipeline the historical plan's gaming
 *    is then fitted to rebuild;
 *  - accept uniform u × ē / LEAD_RATE_MAX (ē = history.effortScale, the historical plan's effort),
 *    so a rep below the historical effort drops some of its history's deals, and one shadow copy
 *    at (1 + u) ē / LEAD_RATE_MAX that effort above it realises (effort scaling of the pipeline,
 *    as the thinning of leads.ts does);
 *  - fit: a won deal, or a lost one the rep worked, a qualified fit; a lost deal, with probability
 *    POOR_FIT_SHARE_OF_LOST, a prospect that did not fit (below QUALIFY_FIT), which honest reps
 *    decline and a rep pursuing poor fits may win at its own odds.
 * Every draw comes from the rep's own keyed streams (purposes "historyBlocks", "historyDeals"), so
 * the pipeline depends on (seed, trial, rep) only: never on the variant, population, worker or block.
 */
import { LEAD_RATE_MAX, QUALIFY_FIT } from "../core/assumptions.js";
import type { HistoryWorld } from "../core/history.js";
import type { SegmentSales } from "../core/world.js";
import { addMonths, formatDay, parseDay } from "../plan/dates.js";
import { drawBeta, keyedStream, type RandomSource } from "../random/index.js";
import type { CandidateSource } from "./candidateSource.js";
import { CANDIDATE_FIELDS, type Candidates, candidatesOf } from "./candidates.js";
import { SimCalendar } from "./clock.js";
import { cycleUniform, discountUniform, honestWin, listFor, termUniform, winUniform } from "./historyDeal.js";
import { ungamedDay } from "./ungamedDay.js";

/**
 * Share of a history's lost deals taken as prospects that did not fit (assumption: a deal log
 * records no fit; unidentified, listed by the un-gaming fit).
 */
export const POOR_FIT_SHARE_OF_LOST = 0.5;

/** The history's deals grouped by (rep, block), built once per experiment. */
export class HistoryIndex {
  /** dealsOf[rep][block] = deal indices in history order. */
  readonly dealsOf: readonly (readonly (readonly number[])[])[];

  constructor(readonly history: HistoryWorld) {
    const d = history.deals;
    const out: number[][][] = history.reps.map(() => Array.from({ length: history.blocks }, () => []));
    for (let i = 0; i < d.rep.length; i++) out[d.rep[i]!]![d.block[i]!]!.push(i);
    this.dealsOf = out;
  }
}

const MAX_FIT_TRIES = 32;

/** A qualified fit: the segment's Beta(fit) above QUALIFY_FIT (rejection; the mean fit if none). */
function qualifiedFit(sales: SegmentSales, rng: RandomSource): number {
  for (let k = 0; k < MAX_FIT_TRIES; k++) {
    const f = drawBeta(rng, sales.fitAlpha, sales.fitBeta);
    if (f >= QUALIFY_FIT) return f;
  }
  return Math.max(QUALIFY_FIT, sales.fitAlpha / (sales.fitAlpha + sales.fitBeta));
}

interface Row {
  month: number;
  accept: number;
  fit: number;
  list: number;
  cycle: number;
  win: number;
  term: number;
  day: number;
  discount: number;
}

export class HistoryLeads implements CandidateSource {
  private readonly memo = new Map<string, Candidates>();

  /** The run's calendar from one block before month 0 (the block whose deals un-gaming may move into period 0). */
  private readonly cal: SimCalendar;
  /** Months of that extra block: calendar month = simulated month + off. */
  private readonly off: number;

  constructor(
    private readonly index: HistoryIndex,
    private readonly seed: string,
    private readonly trial: number,
    start: string,
    months: number,
  ) {
    this.off = index.history.blockMonths;
    this.cal = new SimCalendar(formatDay(addMonths(parseDay(start), -this.off)), months + this.off);
  }

  candidates(sales: SegmentSales, skill: number, repIndex: number, fromMonth: number, toMonth: number) {
    const key = `${repIndex}/${skill}/${fromMonth}/${toMonth}`;
    let c = this.memo.get(key);
    if (c === undefined) {
      c = this.build(sales, skill, repIndex, fromMonth, toMonth);
      this.memo.set(key, c);
    }
    return c;
  }

  private build(sales: SegmentSales, skill: number, r: number, from: number, to: number): Candidates {
    const h = this.index.history;
    const rows: Row[] = [];
    if (r < h.reps.length && h.blocks > 0) {
      const blocks = keyedStream(this.seed, this.trial, "historyBlocks", r);
      const rng = keyedStream(this.seed, this.trial, "historyDeals", r);
      const L = h.blockMonths;
      // from one block before month 0: deals pulled into its last month go back into period 0
      for (let b = -1; b * L < to; b++) {
        const k = Math.min(h.blocks - 1, Math.floor(blocks.next() * h.blocks));
        for (const i of this.index.dealsOf[r]![k]!) this.deal(rows, sales, skill, i, b * L, from, to, rng);
      }
    }
    rows.sort((a, b) => a.month - b.month);
    return columns(rows);
  }

  /** Deal i of the history placed in the simulated period starting at month p0. */
  private deal(
    rows: Row[],
    sales: SegmentSales,
    skill: number,
    i: number,
    p0: number,
    from: number,
    to: number,
    rng: RandomSource,
  ): void {
    const d = this.index.history.deals;
    const cal = this.cal;
    const uMove = rng.next();
    const uDest = rng.next();
    const uAccept = rng.next();
    const uShadow = rng.next();
    const uWin = rng.next();
    const uDisc = rng.next();
    const uPoor = rng.next();
    const uPoorFit = rng.next();
    const won = d.won[i] === 1;
    const poor = !won && uPoor < POOR_FIT_SHARE_OF_LOST;
    const fit = poor ? QUALIFY_FIT * uPoorFit : qualifiedFit(sales, rng);
    // calendar months (simulated month + off) while un-gaming, simulated months after
    const px = p0 + this.off;
    let mx = px + d.closeMonth[i]!;
    if (mx >= cal.months) return;
    let day = Math.min(cal.daysIn(mx) - 1, d.closeDay[i]!);
    const cx = mx - d.cycle[i]!;
    const h = this.index.history;
    const moved = won ? ungamedDay(h.ungaming, cal, px, h.blockMonths, mx, day, cx, uMove, uDest) : null;
    if (moved !== null) {
      mx = moved.month;
      day = moved.day;
    }
    const month = mx - this.off;
    if (month < 0) return; // closed before the run: not part of its pipeline
    const created = cx - this.off;
    const createdMonth = Math.max(from, created);
    if (createdMonth >= to) return;
    const known = d.discount[i];
    const du =
      moved !== null || known === null || known === undefined ? uDisc : discountUniform(sales, known);
    const row: Row = {
      month: createdMonth,
      accept: (uAccept * h.effortScale) / LEAD_RATE_MAX,
      fit,
      list: listFor(sales, d.amount[i]!, du),
      cycle: cycleUniform(sales, month - createdMonth),
      win: poor ? uWin : winUniform(won, honestWin(sales, skill, fit, du), uWin),
      term: termUniform(sales, d.term[i]!),
      day: (day + 0.5) / cal.daysIn(mx),
      discount: du,
    };
    rows.push(row);
    if (LEAD_RATE_MAX > 1)
      rows.push({
        ...row,
        accept: Math.min(LEAD_RATE_MAX - 1e-9, (1 + uShadow) * h.effortScale) / LEAD_RATE_MAX,
      });
  }
}

/** Rows sorted by creation month → candidate columns, ordinals counted within each month. */
function columns(rows: readonly Row[]): Candidates {
  const n = rows.length;
  const month = new Int32Array(n);
  const ordinal = new Int32Array(n);
  const f = Array.from({ length: CANDIDATE_FIELDS }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const x = rows[i]!;
    month[i] = x.month;
    ordinal[i] = i > 0 && month[i - 1] === x.month ? ordinal[i - 1]! + 1 : 0;
    f[0]![i] = x.accept;
    f[1]![i] = x.fit;
    f[2]![i] = x.list;
    f[3]![i] = x.cycle;
    f[4]![i] = x.win;
    f[5]![i] = x.term;
    f[6]![i] = x.day;
    f[7]![i] = x.discount;
  }
  return candidatesOf(n, month, ordinal, f);
}
