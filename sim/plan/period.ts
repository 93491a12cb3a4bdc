/**
 * The per-period view the mechanics read: which events fall in the period and in the fiscal
 * year to date, the period and YTD quotas (weights × annual × ramp × proration), credited
 * values, and metric lookups. One mutable context is reused across periods (no allocation per
 * period); mechanics treat it as read-only.
 */
import type { PeriodDef } from "./calendar.js";
import { prorationShare, rampFactor } from "./calendar.js";
import type { CompiledPlan, MetricReader } from "./compile.js";
import { latestObservation, type PreparedLedger } from "./prepare.js";

export class PeriodCtx {
  def!: PeriodDef;
  /** First day of the fiscal year. */
  fyStartDay = 0;
  /** Events: [fyStart, end) is the fiscal year to date, [start, end) the period. */
  fyStart = 0;
  start = 0;
  end = 0;
  /** Share of the period's days the rep is on the plan (0–1). */
  share = 0;
  /** The rep's annual quota in this fiscal year: the plan's, or the ledger's override. */
  readonly annual: Float64Array;
  readonly quota: Float64Array;
  readonly ytdQuota: Float64Array;
  readonly credit: Float64Array;
  readonly ytdCredit: Float64Array;

  constructor(
    readonly cp: CompiledPlan,
    readonly pl: PreparedLedger,
  ) {
    const n = cp.quotas.length;
    this.annual = new Float64Array(n);
    for (let q = 0; q < n; q++) this.annual[q] = cp.quotas[q]!.annual;
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
        for (let q = 0; q < this.annual.length; q++)
          this.annual[q] = overrides[q]?.get(fy) ?? this.cp.quotas[q]!.annual;
      }
    }
    this.share = prorationShare(this.pl.onPlan, def.startDay, def.endDay);
    const quotas = this.cp.quotas;
    for (let q = 0; q < quotas.length; q++) {
      const quota = quotas[q]!;
      const weight = quota.weights[def.info.index] ?? 0;
      const ramp = rampFactor(quota.ramp, this.pl.hireMonth, def);
      const value = this.annual[q]! * weight * ramp * (quota.prorate ? this.share : 1);
      const credit = this.sumCredit(quota.credit, this.start, this.end);
      this.quota[q] = value;
      this.credit[q] = credit;
      this.ytdQuota[q] = this.ytdQuota[q]! + value;
      this.ytdCredit[q] = this.ytdCredit[q]! + credit;
    }
  }

  /** On-plan credit of a credited metric over events [from, to). */
  sumCredit(credit: number, from: number, to: number): number {
    const a = this.pl.credits[credit]!;
    const mask = this.pl.onPlanMask;
    let s = 0;
    for (let i = from; i < to; i++) if (mask[i] === 1) s += a[i]!;
    return s;
  }

  /** Attainment of quota q (credit / quota); NaN when the quota is zero. */
  attainment(q: number, ytd: boolean): number {
    const quota = ytd ? this.ytdQuota[q]! : this.quota[q]!;
    return quota > 0 ? (ytd ? this.ytdCredit[q]! : this.credit[q]!) / quota : Number.NaN;
  }

  /** A metric's value for the period (or the year to date); NaN when it has no value. */
  read(reader: MetricReader, ytd: boolean): number {
    switch (reader.kind) {
      case "attainment":
        return this.attainment(reader.quota, ytd);
      case "credited":
        return this.sumCredit(reader.credit, ytd ? this.fyStart : this.start, this.end);
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
