/**
 * Commission earnings of one period: each on-plan deal occupies a slice of quota credit in date
 * order; tiers pay the slices (marginal) or the tier reached at the end applies to all counted
 * credit (retroactive); per-deal adjustments multiply a deal's pay; the threshold zeroes a
 * period below it. With basis `ytd` the whole year to date is recomputed against the YTD quota
 * and netted against what earlier periods of the year already earned (prior-paid netting); a
 * shortfall is carried forward (the period pays 0, never negative) and forgiven at year end.
 *
 * Exact: credits and quotas are integer cents, attainment edges are whole cents (slices.ts), and
 * every line is the exact product rounded once (exact.ts).
 */

import { type Decimal, roundIfClear, roundSumTimes, roundTimes } from "../../exact.js";
import type { LineBuffer } from "../../lines.js";
import type { Scheduled } from "../../pending.js";
import type { PeriodCtx } from "../../period.js";
import { refOf } from "../../prepare.js";
import { netAgainstPrior } from "../../ytdNetting.js";
import { adjustmentIndex } from "./adjustments.js";
import type { CompiledCommission, EdgeSlot, Scratch } from "./compiled.js";
import { adjustmentText, attainmentCapText, floorText, thresholdText, tierText } from "./explain.js";
import { countedCents, edgeCents, fillEdges, marginalCents, tierAtCents } from "./slices.js";

/** No quota: no edges, nothing capped. */
const NO_EDGES: EdgeSlot = {
  quota: 0,
  edges: new Float64Array(0),
  capEdge: Number.POSITIVE_INFINITY,
  thresholdEdge: 0,
};

/** Per-component state across periods, plus scratch buffers reused every period. */
export class CommissionState {
  /** Earnings-stage cents already paid this fiscal year (YTD netting). */
  priorCents = 0;
  /** Paid credit (cents) per tier of the period. */
  readonly basis: Float64Array;
  /** Deals counted this call (first `dealCount`): event index, pay before adjustment, adjustment index. */
  dealCount = 0;
  readonly dealIdx: number[] = [];
  readonly dealRaw: number[] = [];
  readonly dealAdj: number[] = [];
  /** Running quota credit before each counted deal (to recompute its slice exactly). */
  readonly dealPos: number[] = [];
  readonly scratch: Scratch;
  /** The edges of the current period's quota. */
  slot: EdgeSlot = NO_EDGES;
  /** Deals credited in this period (first `currentCount`; not earlier YTD ones) and their adjusted pay. */
  currentCount = 0;
  readonly currentIdx: number[] = [];
  readonly currentPay: number[] = [];
  /** Settlement scratch (sim/plan/deals.ts): earned currency, held and deferred cents per current deal. */
  readonly earned: number[] = [];
  readonly held: number[] = [];
  readonly deferred: number[] = [];
  /** Entries of scratch.credited for this evaluation; −1 until listed (first period). */
  creditedCount = -1;
  /** This settlement's refs and churn days of the current deals (settle.ts), found on first use. */
  readonly refs: (string | null)[] = [];
  /** NaN: not looked up yet (a typed array: numbers stay unboxed). */
  churnDays = new Float64Array(16);
  /** This settlement's release, vest and forfeit items and their deals (deals.ts), reused. */
  readonly scheduled: Scheduled = { items: [], deal: [] };

  constructor(readonly cc: CompiledCommission) {
    this.scratch = cc.scratch;
    this.basis = this.scratch.basis;
  }

  /** Edges for `quota` (cents, > 0), computed only for a quota not among the last two. */
  edgesFor(quota: number): EdgeSlot {
    const s = this.scratch;
    if (s.slots[0].quota === quota) return s.slots[0];
    if (s.slots[1].quota === quota) return s.slots[1];
    const slot = s.slots[s.next]!;
    s.next = 1 - s.next;
    slot.capEdge = fillEdges(this.cc, quota, slot.edges);
    slot.thresholdEdge = this.cc.thresholdDec === null ? 0 : edgeCents(quota, this.cc.thresholdDec);
    slot.quota = quota;
    return slot;
  }

  resetYear(): void {
    this.priorCents = 0;
  }
}

/**
 * The evaluation's credited events, once: on plan, with paid or quota credit, and each one's
 * adjustment index — so a period (a YTD period re-reads its year) visits deals, not every event.
 */
function listCredited(st: CommissionState, pl: PeriodCtx["pl"]): number {
  const cc = st.cc;
  const s = cc.scratch;
  const paidOf = pl.credits[cc.credit]!;
  const quotaOf = pl.credits[cc.quotaCredit]!;
  const adjusted = cc.adjustments.length > 1;
  if (s.credited.length < pl.n) {
    s.credited = new Int32Array(Math.max(pl.n, 2 * s.credited.length));
    s.creditedAdj = new Int32Array(s.credited.length);
  }
  let count = 0;
  for (let i = 0; i < pl.n; i++) {
    if (pl.onPlanMask[i] !== 1 || (paidOf[i] === 0 && quotaOf[i] === 0)) continue;
    s.credited[count] = i;
    s.creditedAdj[count] = adjusted ? adjustmentIndex(cc.c, pl.discountAt(i), pl.termMonthsAt(i)) : 0;
    count++;
  }
  st.creditedCount = count;
  return count;
}

/** First entry of list[0, count) that is ≥ x. */
function lowerBound(list: Int32Array, count: number, x: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds the component's earnings lines; returns their sum in cents (≥ 0). */
export function earnCommission(st: CommissionState, ctx: PeriodCtx, lb: LineBuffer): number {
  const cc = st.cc;
  const c = cc.c;
  const n = cc.rates.length;
  const ytd = c.basis === "ytd";
  const from = ytd ? ctx.fyStart : ctx.start;
  const to = ctx.end;
  const quota = cc.quota < 0 ? 0 : ctx.quotaOf(cc.quota, ytd);
  const pl = ctx.pl;
  const paidOf = ctx.pl.credits[cc.credit]!;
  const quotaOf = ctx.pl.credits[cc.quotaCredit]!;
  const retro = c.tierRule === "retroactive" && quota > 0;
  for (let t = 0; t < n; t++) st.basis[t] = 0;
  st.dealCount = 0;
  st.currentCount = 0;

  // final quota credit of the period (or YTD): the period's is already summed (same events)
  const finalCredit = quota > 0 ? ctx.creditOf(cc.quota, ytd) : 0;
  const slot = quota > 0 ? st.edgesFor(quota) : NO_EDGES;
  st.slot = slot;
  const edges = slot.edges;
  const capEdge = slot.capEdge;
  const retroTier = retro ? tierAtCents(edges, n, finalCredit < capEdge ? finalCredit : capEdge) : 0;
  let pos = 0;
  const count = st.creditedCount >= 0 ? st.creditedCount : listCredited(st, pl);
  const list = cc.scratch.credited;
  const end = lowerBound(list, count, to);
  for (let j = lowerBound(list, count, from); j < end; j++) {
    const i = list[j]!;
    const paid = paidOf[i]!;
    const dq = quota > 0 ? quotaOf[i]! : 0;
    if (paid === 0 && dq === 0) continue;
    const k = st.dealCount++;
    let raw: number;
    if (quota <= 0 || retro) {
      const counted = quota <= 0 ? paid : countedCents(capEdge, pos, dq, paid);
      st.basis[retroTier] = st.basis[retroTier]! + counted;
      raw = counted * cc.rates[retroTier]!;
    } else {
      raw = marginalCents(edges, cc.rates, capEdge, pos, dq, paid, st.basis, null);
    }
    st.dealPos[k] = pos;
    pos += dq;
    const adj = cc.scratch.creditedAdj[j]!;
    st.dealIdx[k] = i;
    st.dealRaw[k] = raw;
    st.dealAdj[k] = adj;
    if (i >= ctx.start && cc.dealLevel) {
      const j = st.currentCount++;
      st.currentIdx[j] = i;
      st.currentPay[j] = (raw * cc.adjustments[adj]!.multiplier) / 100;
    }
  }

  let gross = tierLines(st, ctx, lb, quota, finalCredit, retroTier);
  gross += adjustmentLines(st, ctx, lb);
  if (quota > 0 && finalCredit > capEdge) {
    const text = lb.explain ? attainmentCapText(cc, finalCredit, quota) : "";
    lb.push(c.id, "cap", text, null, null, null, "", 0);
  }
  if (c.threshold !== null && quota > 0 && gross !== 0 && finalCredit < slot.thresholdEdge) {
    const text = lb.explain ? thresholdText(cc, finalCredit, quota) : "";
    gross += lb.push(c.id, "threshold", text, gross / 100, null, 0, "", -gross);
  }
  return ytd ? netYtd(st, lb, gross) : floorAtZero(st, lb, gross);
}

function tierLines(
  st: CommissionState,
  ctx: PeriodCtx,
  lb: LineBuffer,
  quota: number,
  finalCredit: number,
  retroTier: number,
): number {
  const cc = st.cc;
  let sum = 0;
  for (let t = 0; t < cc.rates.length; t++) {
    const basis = st.basis[t]!;
    if (basis === 0) continue;
    const rate = cc.rates[t]!;
    const cents = roundTimes(basis, cc.rateDec[t]!);
    const text = lb.explain
      ? tierText(cc, lb, t, basis, cents, quota, finalCredit, retroTier, ctx.cp.quotas.length > 0)
      : "";
    sum += lb.push(cc.id, "tier", text, basis / 100, rate, null, "", cents);
  }
  return sum;
}

function adjustmentLines(st: CommissionState, ctx: PeriodCtx, lb: LineBuffer): number {
  const cc = st.cc;
  let sum = 0;
  for (let k = 0; k < st.dealCount; k++) {
    const adj = cc.adjustments[st.dealAdj[k]!]!;
    const mult = adj.multiplier;
    if (mult === 1) continue;
    const raw = st.dealRaw[k]!;
    const cents = adjustmentCents(st, ctx, k, adj.change, raw);
    const i = st.dealIdx[k]!;
    const pl = ctx.pl;
    const ref = refOf(pl, i);
    const text = lb.explain
      ? adjustmentText(lb, ref, pl.discountAt(i), pl.termMonthsAt(i), mult, raw, cents)
      : "";
    sum += lb.push(cc.id, "adjustment", text, raw / 100, null, mult, ref, cents);
  }
  return sum;
}

/**
 * round(deal pay × (multiplier − 1)), exactly: the doubles decide unless the product is within
 * its rounding error of a half cent; then the deal's tier portions are recomputed (its slice
 * from its running position, against the same edges) and summed exactly (exact.ts).
 */
function adjustmentCents(
  st: CommissionState,
  ctx: PeriodCtx,
  k: number,
  change: Decimal,
  raw: number,
): number {
  const cc = st.cc;
  // |Σ portion × rate| ≤ |paid| × the largest rate bounds the size of the error
  const i = st.dealIdx[k]!;
  const paid = ctx.pl.credits[cc.credit]![i]!;
  const size = Math.abs(paid) * cc.maxRate;
  const approx = raw * change.value;
  const quick = roundIfClear(approx, size * Math.abs(change.value) * 2 ** -46);
  if (!Number.isNaN(quick)) return quick;
  const { portions, spare } = st.scratch;
  const slot = st.slot;
  const ytd = cc.c.basis === "ytd";
  const quota = cc.quota < 0 ? 0 : ctx.quotaOf(cc.quota, ytd);
  const dq = quota > 0 ? ctx.pl.credits[cc.quotaCredit]![i]! : 0;
  const pos = st.dealPos[k]!;
  portions.fill(0);
  if (quota <= 0) portions[0] = paid;
  else if (cc.c.tierRule === "retroactive") {
    const final = ctx.creditOf(cc.quota, ytd);
    portions[tierAtCents(slot.edges, cc.rates.length, final < slot.capEdge ? final : slot.capEdge)] =
      countedCents(slot.capEdge, pos, dq, paid);
  } else marginalCents(slot.edges, cc.rates, slot.capEdge, pos, dq, paid, spare, portions);
  return roundSumTimes(portions, cc.rateDec, cc.rates.length, change, approx, size);
}

/** YTD: pay the YTD earnings minus what earlier periods of the year already paid, never below 0. */
function netYtd(st: CommissionState, lb: LineBuffer, gross: number): number {
  const pay = netAgainstPrior(st.cc.id, lb, gross, st.priorCents);
  st.priorCents = Math.max(st.priorCents, gross);
  return pay;
}

/** Period basis: negative net credit (e.g. netNewArr with churn) is not charged back. */
function floorAtZero(st: CommissionState, lb: LineBuffer, gross: number): number {
  if (gross >= 0) return gross;
  lb.push(st.cc.id, "cap", lb.explain ? floorText(lb, gross) : "", gross / 100, null, null, "", -gross);
  return 0;
}
