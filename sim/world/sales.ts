/**
 * One AE's sales month (DESIGN §5–6): realise this month's candidate leads (thinning by effort ×
 * market lead flow; honest reps qualify out fit < QUALIFY_FIT unless the decision pursues poor
 * fit), then close the deals due — applying the timing levers (push back to the next period's
 * first month; pull forward deals due by the next period's first month — inside the horizon —
 * at extra discount and lower win odds) — and book the wins. Bookings happen in the horizon only: at its end the
 * pipeline is frozen (the tail observes customers, not new sales).
 */
import { PULL_DISCOUNT_PER_MONTH } from "../behavior/timing.js";
import { HONEST_DECISION, type MonthDecision } from "../behavior/types.js";
import { LEAD_RATE_MAX, QUALIFY_FIT } from "../core/assumptions.js";
import { assignOwners, openAccount, scheduleActivation, setFit } from "./customers.js";
import { BOOKING } from "./eventCredits.js";
import { DEAL_OWN, DEAL_SPLIT } from "./eventTable.js";
import { cycleMonths, dealDiscount, termMonths, winProbabilityOf } from "./opportunities.js";
import { type Pipeline, SEGMENT_INDEX, type WorldState } from "./state.js";

/** Realise month m's candidates of AE r (m < 0: the pipeline open at the start, honest, month-0 market). */
export function realiseLeads(s: WorldState, r: number, m: number, d: MonthDecision): void {
  const p = s.pipelines[r]!;
  const c = p.cands;
  const mm = Math.max(0, m);
  const threshold = Math.min(1, (d.effort * s.market.leadFlow[mm]!) / LEAD_RATE_MAX);
  const sales = s.world.sales[s.reps[r]!.segment];
  const from = p.monthStartIdx[m - p.from]!;
  const to = p.monthStartIdx[m - p.from + 1]!;
  for (let i = from; i < to; i++) {
    if (c.accept[i]! >= threshold) continue;
    // a realised lead's accept / threshold is uniform on [0, 1): it decides which poor fits are pursued
    if (c.fit[i]! < QUALIFY_FIT && !(c.accept[i]! < threshold * d.poorFitShare)) continue;
    const close = m + cycleMonths(sales, c.cycle[i]!, s.market.cycleLength[mm]!);
    if (close < 0) continue;
    p.closeMonth[i] = close;
    p.createdMonth[i] = m;
    p.open.push(i);
  }
}

export function salesMonth(s: WorldState, r: number, m: number): void {
  const d = s.decisions[r]!;
  realiseLeads(s, r, m, d);
  if (m >= s.horizon) return;
  const p = s.pipelines[r]!;
  const clock = s.clocks[r];
  const next = clock === null ? m + 1 : clock.nextPeriodStart[m]!;
  // the open list is compacted in place: kept deals move down, in order
  const open = p.open;
  let kept = 0;
  for (let j = 0; j < open.length; j++) {
    const i = open[j]!;
    const due = p.closeMonth[i]!;
    if (due === m && d.pushBack && next < s.horizon) {
      p.closeMonth[i] = next;
      p.pushed[i] = 1;
      open[kept++] = i;
    } else if (due === m) {
      closeDeal(s, r, p, i, m, d, 0);
    } else if (d.pullForward && due > m && due < next + d.pullMonths && due < s.horizon) {
      // deals due in the first pullMonths months of the next period; only deals the horizon would
      // have booked anyway: pulling a deal due after the horizon would add bookings the honest
      // run never makes (pushes past it are refused likewise)
      closeDeal(s, r, p, i, m, d, due - m);
    } else open[kept++] = i;
  }
  open.length = kept;
}

function closeDeal(
  s: WorldState,
  r: number,
  p: Pipeline,
  i: number,
  m: number,
  d: MonthDecision,
  early: number,
): void {
  const rep = s.reps[r]!;
  const sales = s.world.sales[rep.segment];
  const c = p.cands;
  const mk = s.market;
  const pulled = early > 0;
  const extra = pulled ? d.pullDiscount + PULL_DISCOUNT_PER_MONTH * (early - 1) : 0;
  const discount = dealDiscount(sales, d.discount, c.discount[i]!, mk.discountPressure[m]!, extra);
  // the buyer's odds read the price it would have paid on time: the timing discount buys the date
  const oddsDiscount = pulled
    ? dealDiscount(sales, d.discount, c.discount[i]!, mk.discountPressure[m]!, 0)
    : discount;
  const pWin = winProbabilityOf(
    sales,
    rep.skill,
    c.fit[i]!,
    oddsDiscount,
    mk.winRate[m]!,
    pulled ? Math.max(1, early) : 0,
    p.pushed[i] === 1,
  );
  const t = s.tallies;
  const seg = SEGMENT_INDEX[rep.segment];
  t.oppsClosed++;
  t.closedBySegment[seg] = t.closedBySegment[seg]! + 1;
  if (!(c.win[i]! < pWin)) return;
  const list = c.list[i]! * mk.dealSize[m]!;
  const arr = list * (1 - discount);
  const term = termMonths(sales, c.term[i]!);
  const cal = s.cal;
  const day = pulled ? cal.monthStart[m + 1]! - 1 - Math.floor(c.day[i]! * 7) : cal.dayAt(m, c.day[i]!);
  const a = s.accounts;
  const row = s.draws.open(a, s.draws.soldAccount(r, c, i));
  a.segment[row] = seg;
  a.seller[row] = r;
  setFit(s, row, c.fit[i]!);
  a.arr[row] = arr;
  a.arr0[row] = arr;
  a.bookDay[row] = day;
  a.bookMonth[row] = m;
  a.nextRenewal[row] = m + term;
  a.pulled[row] = pulled ? 1 : 0;
  a.horizonSale[row] = 1;
  assignOwners(s, row);
  scheduleActivation(s, row);
  openAccount(s, row, false);
  if (d.splitDeals && d !== HONEST_DECISION) {
    s.book.add(r, -1, -1, day, BOOKING, row, DEAL_SPLIT, 1, arr / 2, term, discount);
    s.book.add(r, -1, -1, day, BOOKING, row, DEAL_SPLIT, 2, arr / 2, term, discount);
    t.bookingDay.push(day, day);
    t.bookingArr.push(arr / 2, arr / 2);
  } else {
    s.book.add(r, -1, -1, day, BOOKING, row, DEAL_OWN, 0, arr, term, discount);
    t.bookingDay.push(day);
    t.bookingArr.push(arr);
  }
  t.arrNew += arr;
  t.discountGiven += list - arr;
  t.dealsWon++;
  if (c.fit[i]! < QUALIFY_FIT) t.poorFitWon++;
  t.cycleMonthsWon += m - p.createdMonth[i]!;
  t.wonBySegment[seg] = t.wonBySegment[seg]! + 1;
  t.cycleBySegment[seg] = t.cycleBySegment[seg]! + m - p.createdMonth[i]!;
  t.soldInHorizon++;
  if (a.activationDay[row]! >= 0) t.activatedInWindow++;
}
