/**
 * One AE's sales month (DESIGN §5–6): realise this month's candidate leads (thinning by effort ×
 * market lead flow; honest reps qualify out fit < QUALIFY_FIT unless the decision pursues poor
 * fit), then close the deals due — with the timing levers at day level (issue 12 item 4):
 *  - hold: deals due this month are kept to the period's last month and signed on its last day
 *    at the deadline concession, except HOLD_SLIP of them (the candidate's day uniform decides),
 *    which slip into the next period's first week keeping the concession;
 *  - push (sandbagging): deals due this month move to the next period's first week;
 *  - pull: deals due by the next period's first pullMonths months (a fraction of the last one) —
 *    inside the horizon — are signed on this period's last day at the pull discount and lower
 *    win odds.
 * Honest deals close on a day of their month drawn from their own uniform. Bookings happen in
 * the horizon only: at its end the pipeline is frozen (the tail observes customers, not new
 * sales); a deal is never held, pushed or slipped past the horizon.
 */
import { EARLY_DAYS, HOLD_SLIP } from "../behavior/deadline.js";
import { PULL_DISCOUNT_PER_MONTH } from "../behavior/timing.js";
import { HONEST_DECISION, type MonthDecision } from "../behavior/types.js";
import { LEAD_RATE_MAX, MISFIT_CHURN, QUALIFY_FIT } from "../core/assumptions.js";
import { assignOwners, openAccount, scheduleActivation, setFit } from "./customers.js";
import { BOOKING, COLLECTION } from "./eventCredits.js";
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

/**
 * Days from signing to the invoice being paid: B2B days sales outstanding are typically 30–60
 * days (assumption: 45). A holdback released on collection is paid then.
 */
export const COLLECTION_DAYS = 45;

/** Pipeline deadline states. */
export const HELD = 1;
export const SLIPPED = 2;

/** When a deal is signed: a day of its month, the period's last day, or the period's first week. */
interface Signing {
  readonly day: number;
  /** Extra discount on top of the buyer's (timing concessions). */
  readonly extra: number;
  /** Months early a pulled deal signs (0 = not pulled). */
  readonly early: number;
}

/**
 * A deal due in month j of the next period is pulled at depth k when j ≤ ⌊k⌋, or j = ⌊k⌋ + 1 and
 * its own uniform u < k − ⌊k⌋ (a pulled deal signs on the deadline, so its day uniform is free).
 */
export function pulledBy(k: number, j: number, u: number): boolean {
  const full = Math.floor(k);
  return j >= 1 && (j <= full || (j === full + 1 && u < k - full));
}

export function salesMonth(s: WorldState, r: number, m: number): void {
  const d = s.decisions[r]!;
  realiseLeads(s, r, m, d);
  if (m >= s.horizon) return;
  const p = s.pipelines[r]!;
  const c = p.cands;
  const clock = s.clocks[r];
  const cal = s.cal;
  const next = clock === null ? m + 1 : clock.nextPeriodStart[m]!;
  const lastMonth = next - 1;
  const deadlineDay = next <= s.months ? cal.monthStart[next]! - 1 : -1;
  const early = (u: number) => cal.monthStart[m]! + Math.min(EARLY_DAYS - 1, Math.floor(u * EARLY_DAYS));
  // the open list is compacted in place: kept deals move down, in order
  const open = p.open;
  let kept = 0;
  for (let k = 0; k < open.length; k++) {
    const i = open[k]!;
    const due = p.closeMonth[i]!;
    if (due === m && (p.deadline[i] === SLIPPED || p.pushed[i] === 1)) {
      // slipped past a deadline or pushed: signed in this period's first week
      const u = p.deadline[i] === SLIPPED ? c.day[i]! / HOLD_SLIP : c.day[i]!;
      closeDeal(s, r, p, i, m, d, { day: early(u), extra: p.concession[i]!, early: 0 });
    } else if (due === m && d.pushBack && next < s.horizon) {
      p.closeMonth[i] = next;
      p.pushed[i] = 1;
      open[kept++] = i;
    } else if (due === m && m < lastMonth && d.holdToDeadline && lastMonth < s.horizon) {
      p.closeMonth[i] = lastMonth;
      p.deadline[i] = HELD;
      open[kept++] = i;
    } else if (due === m && m === lastMonth && (p.deadline[i] === HELD || d.holdToDeadline)) {
      if (c.day[i]! < HOLD_SLIP && next < s.horizon) {
        // missed the deadline: the buyer signs in the next period's first week, keeping the concession
        p.closeMonth[i] = next;
        p.deadline[i] = SLIPPED;
        p.concession[i] = d.deadlineConcession;
        p.pushed[i] = 1;
        open[kept++] = i;
      } else closeDeal(s, r, p, i, m, d, { day: deadlineDay, extra: d.deadlineConcession, early: 0 });
    } else if (due === m) {
      closeDeal(s, r, p, i, m, d, { day: cal.dayAt(m, c.day[i]!), extra: 0, early: 0 });
    } else if (
      d.pullForward &&
      due > m &&
      due < s.horizon &&
      pulledBy(d.pullMonths, due - next + 1, c.day[i]!)
    ) {
      // deals due in the first pullMonths months of the next period; only deals the horizon would
      // have booked anyway: pulling a deal due after the horizon would add bookings the honest
      // run never makes (pushes past it are refused likewise)
      const j = due - m;
      const extra = d.pullDiscount + PULL_DISCOUNT_PER_MONTH * (j - 1);
      // a buyer that will not sign early keeps its own date: the deal stays open
      if (!closeDeal(s, r, p, i, m, d, { day: deadlineDay, extra, early: j })) open[kept++] = i;
    } else open[kept++] = i;
  }
  open.length = kept;
}

/**
 * Closes deal i: won or lost by its own uniform against the win probability. A pulled deal the
 * buyer will not sign early (its uniform above the pulled odds) is not closed: returns false and
 * the deal keeps its own date and its own odds then (the same uniform decides, so a pull never
 * loses a deal the buyer would have signed on time).
 */
function closeDeal(
  s: WorldState,
  r: number,
  p: Pipeline,
  i: number,
  m: number,
  d: MonthDecision,
  at: Signing,
): boolean {
  const rep = s.reps[r]!;
  const sales = s.world.sales[rep.segment];
  const c = p.cands;
  const mk = s.market;
  const pulled = at.early > 0;
  const discount = dealDiscount(sales, d.discount, c.discount[i]!, mk.discountPressure[m]!, at.extra);
  // the buyer's odds read the price it would have paid on time: a timing concession buys the
  // date, not the purchase
  const oddsDiscount =
    at.extra > 0 ? dealDiscount(sales, d.discount, c.discount[i]!, mk.discountPressure[m]!, 0) : discount;
  const pWin = winProbabilityOf(
    sales,
    rep.skill,
    c.fit[i]!,
    oddsDiscount,
    mk.winRate[m]!,
    pulled ? Math.max(1, at.early) : 0,
    p.pushed[i] === 1,
  );
  if (pulled && !(c.win[i]! < pWin)) return false;
  const t = s.tallies;
  const seg = SEGMENT_INDEX[rep.segment];
  t.oppsClosed++;
  t.closedBySegment[seg] = t.closedBySegment[seg]! + 1;
  if (!(c.win[i]! < pWin)) {
    s.recorder?.closed(r, i, m, at.day, discount, -1);
    return true;
  }
  const list = c.list[i]! * mk.dealSize[m]!;
  const arr = list * (1 - discount);
  const term = termMonths(sales, c.term[i]!);
  const day = at.day;
  const a = s.accounts;
  const row = s.draws.open(a, s.draws.soldAccount(r, c, i));
  a.segment[row] = seg;
  a.seller[row] = r;
  setFit(s, row, c.fit[i]!);
  // a customer the product does not fit churns faster than the fit gradient says (assumptions.ts)
  if (c.fit[i]! < QUALIFY_FIT) a.fitHazard[row] = a.fitHazard[row]! * MISFIT_CHURN;
  s.recorder?.closed(r, i, m, at.day, discount, row);
  a.arr[row] = arr;
  a.arr0[row] = arr;
  a.bookDay[row] = day;
  a.bookMonth[row] = m;
  a.nextRenewal[row] = m + term;
  a.pulled[row] = pulled ? 1 : 0;
  a.horizonSale[row] = 1;
  assignOwners(s, row);
  scheduleActivation(s, row);
  // its closed-form path reads the fit hazard above, the misfit multiplier included (accountPaths.ts)
  openAccount(s, row, false);
  // the invoice is collected COLLECTION_DAYS later (a holdback released on collection reads it)
  const collected = day + COLLECTION_DAYS < s.cal.monthStart[s.months]! ? day + COLLECTION_DAYS : -1;
  if (d.splitDeals && d !== HONEST_DECISION) {
    s.book.add(r, -1, -1, day, BOOKING, row, DEAL_SPLIT, 1, arr / 2, term, discount);
    s.book.add(r, -1, -1, day, BOOKING, row, DEAL_SPLIT, 2, arr / 2, term, discount);
    if (collected >= 0) {
      s.book.add(r, -1, -1, collected, COLLECTION, row, DEAL_SPLIT, 1, arr / 2);
      s.book.add(r, -1, -1, collected, COLLECTION, row, DEAL_SPLIT, 2, arr / 2);
    }
    t.bookingDay.push(day, day);
    t.bookingArr.push(arr / 2, arr / 2);
    t.bookingDiscount.push(discount, discount);
  } else {
    s.book.add(r, -1, -1, day, BOOKING, row, DEAL_OWN, 0, arr, term, discount);
    if (collected >= 0) s.book.add(r, -1, -1, collected, COLLECTION, row, DEAL_OWN, 0, arr);
    t.bookingDay.push(day);
    t.bookingArr.push(arr);
    t.bookingDiscount.push(discount);
  }
  t.arrNew += arr;
  t.arrNewAtList += list;
  t.discountGiven += list - arr;
  t.dealsWon++;
  if (c.fit[i]! < QUALIFY_FIT) t.poorFitWon++;
  t.cycleMonthsWon += m - p.createdMonth[i]!;
  t.wonBySegment[seg] = t.wonBySegment[seg]! + 1;
  t.cycleBySegment[seg] = t.cycleBySegment[seg]! + m - p.createdMonth[i]!;
  t.soldInHorizon++;
  if (a.activationDay[row]! >= 0) t.activatedInWindow++;
  return true;
}
