/**
 * A history's AEs and their closed opportunities laid out by the periods of the historical AE
 * plan's calendar (issue 17): the blocks a trial resamples (sim/world/historyLeads.ts). Only whole
 * periods inside the history's range are blocks (a cut period would under-fill its block and bias
 * the month-of-period profile). A deal belongs to the block it closed in; its position is kept as
 * (month of period, day of month), its cycle as whole months from creation to close (at least 1:
 * the world realises a lead the month it is created and closes it a cycle later; a deal created
 * and closed in one month is taken as created the month before). Open deals are left out (no
 * close date: nothing to re-time). A lost deal's value is its amount, else its list value, else the
 * median won amount of its rep (the deal log of a lost deal often has no value).
 */
import type { HistoryDeals, HistoryRep } from "../core/history.js";
import { SEGMENTS, type Segment } from "../core/vocabulary.js";
import type { CanonicalTables } from "../data/rows.js";
import type { Calendar } from "../language/canonical.js";
import { periodsCovering } from "../plan/calendar.js";
import { civilFromDays, monthOrdinal, parseDay } from "../plan/dates.js";

export interface HistoryLayout {
  readonly reps: HistoryRep[];
  readonly deals: HistoryDeals;
  /** First day of each block (whole periods in the range). */
  readonly blockStart: number[];
  readonly blockEnd: number[];
  /** Longest cycle seen (months). */
  readonly maxCycle: number;
}

const TERMS = [12, 24, 36];

function segmentOf(given: string, accountSegments: Map<string, number>): Segment {
  if ((SEGMENTS as readonly string[]).includes(given)) return given as Segment;
  let best: Segment = "MM";
  let most = 0;
  for (const s of SEGMENTS) {
    const n = accountSegments.get(s) ?? 0;
    if (n > most) {
      most = n;
      best = s;
    }
  }
  return best;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function historyLayout(
  tables: CanonicalTables,
  calendar: Calendar,
  range: { readonly start: string; readonly end: string },
): HistoryLayout {
  const from = parseDay(range.start);
  const to = parseDay(range.end);
  const periods = periodsCovering(calendar, from, to).filter((p) => p.startDay >= from && p.endDay <= to);
  const blockStart = periods.map((p) => p.startDay);
  const blockEnd = periods.map((p) => p.endDay);
  const blockOf = (day: number): number => {
    for (let k = 0; k < blockStart.length; k++) if (day >= blockStart[k]! && day <= blockEnd[k]!) return k;
    return -1;
  };
  const accountSegment = new Map<string, string>();
  for (const a of tables.accounts) accountSegment.set(a.account_id, a.segment);
  const aes = new Map<string, { segment: string; counts: Map<string, number>; won: number[] }>();
  for (const r of tables.reps)
    if (r.role === "AE") aes.set(r.rep_id, { segment: r.segment, counts: new Map(), won: [] });
  type Raw = {
    rep: string;
    block: number;
    close: number;
    created: number | null;
    won: boolean;
    amount: number | null;
    list: number | null;
    discount: number | null;
    term: number;
  };
  const raw: Raw[] = [];
  for (const o of tables.opportunities) {
    if (o.stage === "open" || o.closed_date === null) continue;
    const rep = aes.get(o.owner_rep_id);
    if (rep === undefined) continue;
    const close = parseDay(o.closed_date);
    const block = blockOf(close);
    if (block < 0) continue;
    const won = o.stage === "won";
    if (won && !(o.amount !== null && o.amount > 0)) continue;
    const seg = accountSegment.get(o.account_id) ?? "";
    rep.counts.set(seg, (rep.counts.get(seg) ?? 0) + 1);
    if (won) rep.won.push(o.amount!);
    raw.push({
      rep: o.owner_rep_id,
      block,
      close,
      created: o.created_date === null ? null : parseDay(o.created_date),
      won,
      amount: o.amount,
      list: o.list_amount,
      discount: won ? o.discount : null,
      term: TERMS.reduce((a, b) =>
        Math.abs(b - (o.term_months ?? 12)) < Math.abs(a - (o.term_months ?? 12)) ? b : a,
      ),
    });
  }
  const order = SEGMENTS as readonly Segment[];
  const reps: HistoryRep[] = [...aes.entries()]
    .filter(([, r]) => r.counts.size > 0)
    .map(([id, r]) => ({ id, segment: segmentOf(r.segment, r.counts) }))
    .sort(
      (a, b) =>
        order.indexOf(a.segment) - order.indexOf(b.segment) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const repIndex = new Map(reps.map((r, i) => [r.id, i]));
  const medianWon = new Map([...aes.entries()].map(([id, r]) => [id, median(r.won)]));
  const allWon = median([...aes.values()].flatMap((r) => r.won));
  const d = {
    rep: [] as number[],
    block: [] as number[],
    closeMonth: [] as number[],
    closeDay: [] as number[],
    cycle: [] as number[],
    won: [] as number[],
    amount: [] as number[],
    discount: [] as (number | null)[],
    term: [] as number[],
  };
  let maxCycle = 1;
  for (const x of raw) {
    const closeMonth = monthOrdinal(x.close) - monthOrdinal(blockStart[x.block]!);
    const cycle = Math.max(
      1,
      x.created === null ? 1 : monthOrdinal(x.close) - monthOrdinal(Math.min(x.created, x.close)),
    );
    maxCycle = Math.max(maxCycle, cycle);
    d.rep.push(repIndex.get(x.rep)!);
    d.block.push(x.block);
    d.closeMonth.push(closeMonth);
    d.closeDay.push(civilFromDays(x.close).day - 1);
    d.cycle.push(cycle);
    d.won.push(x.won ? 1 : 0);
    const value =
      x.amount !== null && x.amount > 0 ? x.amount : x.list !== null && x.list > 0 ? x.list : null;
    d.amount.push(x.won ? x.amount! : (value ?? (medianWon.get(x.rep) || allWon)));
    d.discount.push(x.discount === null || !Number.isFinite(x.discount) ? null : x.discount);
    d.term.push(x.term);
  }
  return { reps, deals: d, blockStart, blockEnd, maxCycle };
}
