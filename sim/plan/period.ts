/**
 * The per-period view the mechanics read: which events fall in the period and in the fiscal
 * year to date, the period and YTD quotas (sim/plan/quotaSplit.ts: the annual split to the cent,
 * then ramp and proration), credited values, and metric lookups. Credits and quotas are integer
 * cents. One mutable context is reused across periods (no allocation per period); mechanics
 * treat it as read-only.
 */

import { checkCents } from "../core/limits.js";
import type { PeriodDef } from "./calendar.js";
import type { CompiledPlanCore, CompiledQuota, MetricReader } from "./compiledParts.js";
import { centsOf } from "./exact.js";
import { latestObservation, type PreparedLedger } from "./prepare.js";
import { blendedCents, scaledPeriodCents, splitCents } from "./quotaSplit.js";
import { overlapDays } from "./segments.js";

export class PeriodCtx {
  def!: PeriodDef;
  /** First day of the fiscal year. */
  fyStartDay = 0;
  /** Events: [fyStart, end) is the fiscal year to date, [start, end) the period. */
  fyStart = 0;
  start = 0;
  end = 0;
  /** Days of the period the rep is on the plan, and their share of the period's days (0–1). */
  daysOn = 0;
  share = 0;
  /** Per quota: the period amounts (cents) of this fiscal year's annual quota (plan's or ledger's). */
  readonly yearSplit: (readonly number[])[];
  /** Per segment: its days in the period (assignments blend quotas and targets by them). */
  readonly segmentDays: Float64Array;
  /** Per quota, per segment: the split of the segment's own annual quota, null when it states none. */
  private readonly segmentSplit: (readonly number[] | null)[][];
  /** Scratch: per segment, the split amount in force for a quota. */
  private readonly amounts: Float64Array;
  /** Cents. */
  readonly quota: Float64Array;
  readonly ytdQuota: Float64Array;
  readonly credit: Float64Array;
  readonly ytdCredit: Float64Array;

  constructor(
    readonly cp: CompiledPlanCore,
    readonly pl: PreparedLedger,
  ) {
    const n = cp.quotas.length;
    this.yearSplit = cp.quotas.map((q) => q.planSplit);
    const segs = pl.segments;
    this.segmentDays = new Float64Array(segs.length);
    this.amounts = new Float64Array(segs.length);
    this.segmentSplit = pl.blend
      ? cp.quotas.map((cq, q) =>
          segs.map((sg) =>
            Number.isNaN(sg.quotas[q]!) ? null : splitCents(centsOf(sg.quotas[q]!), cq.split),
          ),
        )
      : [];
    this.quota = new Float64Array(n);
    this.ytdQuota = new Float64Array(n);
    this.credit = new Float64Array(n);
    this.ytdCredit = new Float64Array(n);
  }

  /** Move to `def` (periods are visited in order; a new fiscal year resets YTD sums). */
  enter(def: PeriodDef, fyStartDay: number): void {
    const newYear = this.def === undefined || def.info.fiscalYear !== this.def.info.fiscalYear;
    this.def = def;
    const { days } = this.pl;
    let i = this.end;
    while (i > 0 && days[i - 1]! >= def.startDay) i--; // defensive: periods may restart a year
    while (i < days.length && days[i]! < def.startDay) i++;
    this.start = i;
    while (i < days.length && days[i]! <= def.endDay) i++;
    this.end = i;
    if (newYear) {
      this.fyStartDay = fyStartDay;
      let f = this.start;
      while (f > 0 && days[f - 1]! >= fyStartDay) f--;
      this.fyStart = f;
      this.ytdQuota.fill(0);
      this.ytdCredit.fill(0);
      const overrides = this.pl.quotaAnnual;
      if (overrides !== null) {
        const fy = def.info.fiscalYear;
        for (let q = 0; q < this.yearSplit.length; q++) {
          const cq = this.cp.quotas[q]!;
          const annual = overrides[q]?.get(fy);
          this.yearSplit[q] = annual === undefined ? cq.planSplit : splitCents(centsOf(annual), cq.split);
        }
      }
    }
    const segs = this.pl.segments;
    let daysOn = 0;
    for (let s = 0; s < segs.length; s++) {
      const d = overlapDays(segs[s]!, def.startDay, def.endDay);
      this.segmentDays[s] = d;
      daysOn += d;
    }
    this.daysOn = daysOn;
    this.share = this.daysOn / def.days;
    const quotas = this.cp.quotas;
    for (let q = 0; q < quotas.length; q++) {
      const cq = quotas[q]!;
      const split = this.yearSplit[q]![def.info.index] ?? 0;
      const value =
        this.pl.blend && this.daysOn > 0 ? this.blendedQuota(q, cq, split) : this.periodQuota(cq, split);
      const credit = this.sumCredit(cq.credit, this.start, this.end);
      this.quota[q] = value;
      this.credit[q] = credit;
      this.ytdQuota[q] = this.ytdQuota[q]! + value;
      this.ytdCredit[q] = checkCents(this.ytdCredit[q]! + credit, `${cq.metric} credit of the year to date`);
    }
  }

  /** The ramp of the period's months, as a sum of ramp units (months × one when not ramping). */
  private rampSum(cq: CompiledQuota): number {
    const def = this.def;
    const one = cq.ramp.one;
    const units = cq.ramp.units;
    if (units.length === 0 || def.firstMonth - this.pl.hireMonth >= units.length) return def.months * one;
    let sum = 0;
    for (let m = 0; m < def.months; m++) {
      const t = Math.max(0, def.firstMonth + m - this.pl.hireMonth);
      sum += t < units.length ? units[t]! : one;
    }
    return sum;
  }

  /** A period's split quota after the new-hire ramp and proration by days on plan (cents). */
  private periodQuota(cq: CompiledQuota, split: number): number {
    const def = this.def;
    const rampDen = def.months * cq.ramp.one;
    return scaledPeriodCents(split, this.rampSum(cq), rampDen, cq.prorate ? this.daysOn : def.days, def.days);
  }

  /**
   * Under assignments that state quotas: each segment's split quota (its own annual, else the
   * year's) weighted by its days in the period, × ramp, ÷ the period's days (prorating) or the
   * days on plan (not prorating), rounded once.
   */
  private blendedQuota(q: number, cq: CompiledQuota, yearSplit: number): number {
    const def = this.def;
    const own = this.segmentSplit[q]!;
    for (let s = 0; s < own.length; s++)
      this.amounts[s] = own[s] === null ? yearSplit : own[s]![def.info.index]!;
    const divisor = cq.prorate ? def.days : this.daysOn;
    return blendedCents(
      this.amounts,
      this.segmentDays,
      own.length,
      this.rampSum(cq),
      def.months * cq.ramp.one,
      divisor,
    );
  }

  /** On-plan credit (cents) of a credited metric over events [from, to). */
  sumCredit(credit: number, from: number, to: number): number {
    const a = this.pl.credits[credit]!;
    const mask = this.pl.onPlanMask;
    let s = 0;
    for (let i = from; i < to; i++) if (mask[i] === 1) s += a[i]!;
    if (s > 2 ** 53 || s < -(2 ** 53)) checkCents(s, `the credit of ${this.cp.creditMetrics[credit]}`);
    return s;
  }

  /** Quota-metric credit (cents) of quota q for the period or the year to date. */
  creditOf(q: number, ytd: boolean): number {
    return ytd ? this.ytdCredit[q]! : this.credit[q]!;
  }

  /** Quota (cents) of quota q for the period or the year to date. */
  quotaOf(q: number, ytd: boolean): number {
    return ytd ? this.ytdQuota[q]! : this.quota[q]!;
  }

  /** Attainment of quota q (credit / quota); NaN when the quota is zero. */
  attainment(q: number, ytd: boolean): number {
    const quota = this.quotaOf(q, ytd);
    return quota > 0 ? this.creditOf(q, ytd) / quota : Number.NaN;
  }

  /** A metric's value for the period (or the year to date); NaN when it has no value. Credit in currency. */
  read(reader: MetricReader, ytd: boolean): number {
    switch (reader.kind) {
      case "attainment":
        return this.attainment(reader.quota, ytd);
      case "credited":
        return this.sumCredit(reader.credit, ytd ? this.fyStart : this.start, this.end) / 100;
      case "observation":
        return latestObservation(
          this.pl,
          reader.metric,
          reader.scope,
          ytd ? this.fyStartDay : this.def.startDay,
          this.def.endDay,
        );
    }
  }

  get isLastOfYear(): boolean {
    return this.def.info.index === this.def.periodsPerYear - 1;
  }
}
