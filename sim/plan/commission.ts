/**
 * Commission earnings of one period: each on-plan deal occupies an attainment slice in date
 * order; tiers pay the slices (marginal) or the tier reached at the end applies to all counted
 * credit (retroactive); per-deal adjustments multiply a deal's pay; the threshold zeroes a
 * period below it. With basis `ytd` the whole year to date is recomputed against the YTD quota
 * and netted against what earlier periods of the year already earned (prior-paid netting); a
 * shortfall is carried forward (the period pays 0, never negative) and forgiven at year end.
 */

import { dealMultiplier } from "./adjustments.js";
import type { CompiledCommission } from "./compile.js";
import { formatMult, formatPct } from "./format.js";
import type { LineBuffer } from "./lines.js";
import type { PeriodCtx } from "./period.js";
import { toCents } from "./statement.js";
import { countedShare, marginalSlice, tierAt } from "./tiers.js";
import { netAgainstPrior } from "./ytdNetting.js";

/** Per-component state across periods, plus scratch buffers reused every period. */
export class CommissionState {
  /** Earnings-stage cents already paid this fiscal year (YTD netting). */
  priorCents = 0;
  readonly basis: Float64Array;
  /** Deals counted this call (first `dealCount`): event index, pay before adjustment, multiplier. */
  dealCount = 0;
  readonly dealIdx: number[] = [];
  readonly dealRaw: number[] = [];
  readonly dealMult: number[] = [];
  /** Deals credited in this period (first `currentCount`; not earlier YTD ones) and their adjusted pay. */
  currentCount = 0;
  readonly currentIdx: number[] = [];
  readonly currentPay: number[] = [];
  /** Settlement scratch (sim/plan/deals.ts): earned currency and held cents per current deal. */
  readonly earned: number[] = [];
  readonly held: number[] = [];

  constructor(readonly cc: CompiledCommission) {
    this.basis = new Float64Array(cc.rates.length);
  }

  resetYear(): void {
    this.priorCents = 0;
  }
}

/** Adds the component's earnings lines; returns their sum in cents (≥ 0). */
export function earnCommission(st: CommissionState, ctx: PeriodCtx, lb: LineBuffer): number {
  const cc = st.cc;
  const c = cc.c;
  const ytd = c.basis === "ytd";
  const from = ytd ? ctx.fyStart : ctx.start;
  const to = ctx.end;
  const quota = cc.quota < 0 ? 0 : ytd ? ctx.ytdQuota[cc.quota]! : ctx.quota[cc.quota]!;
  const { events, onPlanMask } = ctx.pl;
  const paid = ctx.pl.credits[cc.credit]!;
  const qcredit = ctx.pl.credits[cc.quotaCredit]!;
  const retro = c.tierRule === "retroactive" && quota > 0;
  st.basis.fill(0);
  st.dealCount = 0;
  st.currentCount = 0;

  let finalAttainment = 0;
  if (quota > 0) {
    // the period's quota-metric credit is already summed (same events, same order); YTD is summed here
    let q = ytd ? 0 : ctx.credit[cc.quota]!;
    if (ytd) for (let i = from; i < to; i++) if (onPlanMask[i] === 1) q += qcredit[i]!;
    finalAttainment = q / quota;
  }
  const retroTier = retro ? tierAt(cc, Math.min(finalAttainment, cc.maxAttainment)) : 0;
  let a = 0;
  for (let i = from; i < to; i++) {
    if (onPlanMask[i] !== 1) continue;
    const credit = paid[i]!;
    const dq = quota > 0 ? qcredit[i]! / quota : 0;
    if (credit === 0 && dq === 0) continue;
    let raw: number;
    if (quota <= 0) {
      st.basis[0] = st.basis[0]! + credit;
      raw = credit * cc.rates[0]!;
    } else if (retro) {
      const counted = credit * countedShare(cc, a, a + dq);
      st.basis[retroTier] = st.basis[retroTier]! + counted;
      raw = counted * cc.rates[retroTier]!;
    } else {
      raw = marginalSlice(cc, a, a + dq, credit, st.basis);
    }
    a += dq;
    const mult = dealMultiplier(c, events[i]!);
    const k = st.dealCount++;
    st.dealIdx[k] = i;
    st.dealRaw[k] = raw;
    st.dealMult[k] = mult;
    if (i >= ctx.start && cc.dealLevel) {
      const j = st.currentCount++;
      st.currentIdx[j] = i;
      st.currentPay[j] = raw * mult;
    }
  }

  let gross = tierLines(st, ctx, lb, quota, finalAttainment, retroTier);
  gross += adjustmentLines(st, ctx, lb);
  if (quota > 0 && finalAttainment > cc.maxAttainment) {
    lb.push(
      c.id,
      "cap",
      lb.explain
        ? `Credit above the ${formatPct(cc.maxAttainment)} attainment cap does not count (attainment ${formatPct(finalAttainment)})`
        : "",
      null,
      null,
      null,
      "",
      0,
    );
  }
  if (c.threshold !== null && quota > 0 && finalAttainment < c.threshold && gross !== 0) {
    gross += lb.push(
      c.id,
      "threshold",
      lb.explain
        ? `${ytd ? "YTD attainment" : "Attainment"} ${formatPct(finalAttainment)} is below the ${formatPct(c.threshold)} threshold: nothing is paid`
        : "",
      gross / 100,
      null,
      0,
      "",
      -gross,
    );
  }
  return ytd ? netYtd(st, lb, gross) : floorAtZero(st, lb, gross);
}

function tierLines(
  st: CommissionState,
  ctx: PeriodCtx,
  lb: LineBuffer,
  quota: number,
  attainment: number,
  retroTier: number,
): number {
  const cc = st.cc;
  const ytd = cc.c.basis === "ytd";
  let sum = 0;
  for (let t = 0; t < cc.rates.length; t++) {
    const basis = st.basis[t]!;
    if (basis === 0) continue;
    const rate = cc.rates[t]!;
    const cents = toCents(basis * rate);
    let text = "";
    if (lb.explain) {
      const range =
        cc.tierTo[t] === Number.POSITIVE_INFINITY
          ? `${formatPct(cc.tierFrom[t]!)}+`
          : `${formatPct(cc.tierFrom[t]!)}–${formatPct(cc.tierTo[t]!)}`;
      const head =
        quota <= 0
          ? `${ytd ? "YTD " : ""}${ctx.cp.quotas.length > 0 && cc.quota >= 0 ? "No quota this period, base rate" : "Rate"}`
          : t === retroTier && cc.c.tierRule === "retroactive"
            ? `${ytd ? "YTD " : ""}Tier ${t + 1} (${range}) reached at ${formatPct(attainment)} attainment, applies to all credit`
            : `${ytd ? "YTD " : ""}Tier ${t + 1} (${range})`;
      text = `${head}: ${lb.money(basis)} × ${formatPct(rate)} = ${lb.cents(cents)}`;
    }
    sum += lb.push(cc.id, "tier", text, basis, rate, null, "", cents);
  }
  return sum;
}

function adjustmentLines(st: CommissionState, ctx: PeriodCtx, lb: LineBuffer): number {
  let sum = 0;
  for (let k = 0; k < st.dealCount; k++) {
    const mult = st.dealMult[k]!;
    if (mult === 1) continue;
    const raw = st.dealRaw[k]!;
    const cents = toCents(raw * (mult - 1));
    const e = ctx.pl.events[st.dealIdx[k]!]!;
    let text = "";
    if (lb.explain) {
      text = `Deal ${e.deal || e.id}: discount ${formatPct(e.discount)}, term ${e.termMonths} months → ${formatMult(mult)}: ${lb.money(raw)} × (${mult} − 1) = ${lb.cents(cents)}`;
    }
    sum += lb.push(st.cc.id, "adjustment", text, raw, null, mult, e.deal || e.id, cents);
  }
  return sum;
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
  lb.push(
    st.cc.id,
    "cap",
    lb.explain ? `Net commission ${lb.cents(gross)} is negative: floored at ${lb.cents(0)}` : "",
    gross / 100,
    null,
    null,
    "",
    -gross,
  );
  return 0;
}
