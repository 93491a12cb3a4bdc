/**
 * compilePlan: everything about a plan that does not depend on a ledger is resolved once —
 * metric indices, tier arrays, compiled SPIFF conditions, which modifiers touch which
 * component — so evaluating many ledgers (one per simulated rep and trial) does no lookups by
 * name in the hot path.
 */

import { LEDGER_EVENT_CREDITS } from "../core/ledger.js";
import type {
  BonusComponent,
  CommissionComponent,
  Component,
  Gate,
  MilestoneComponent,
  Modifier,
  Plan,
  PoolComponent,
  SpiffComponent,
} from "../language/canonical.js";
import { compileCondition } from "../language/expression.js";
import { METRIC_BY_ID } from "../language/metrics.js";
import { fiscalYearPeriods, type PeriodDef, periodsPerYear } from "./calendar.js";
import { type CompiledDerived, compileDerived } from "./creditFilter.js";
import { parseDay } from "./dates.js";
import { centsOf, type Decimal, decimalMinusOne, decimalOf, decimalTimes } from "./exact.js";
import { type RampUnits, rampUnits, type SplitWeights, splitCents, splitWeights } from "./quotaSplit.js";

/** Where a gate, modifier or bonus reads its value. */
export type MetricReader =
  | { readonly kind: "attainment"; readonly quota: number; readonly label: string }
  | { readonly kind: "observation"; readonly metric: string; readonly scope: string; readonly label: string }
  | { readonly kind: "credited"; readonly credit: number; readonly label: string };

export interface CompiledQuota {
  readonly metric: string;
  /** Index into the prepared ledger's credit arrays. */
  readonly credit: number;
  readonly annual: number;
  readonly split: SplitWeights;
  /** The plan's annual quota split over the periods of a fiscal year (cents). */
  readonly planSplit: readonly number[];
  readonly ramp: RampUnits;
  readonly prorate: boolean;
}

export interface CompiledGate {
  readonly gate: Gate;
  readonly reader: MetricReader;
  readonly min: Decimal | null;
  readonly max: Decimal | null;
  /** failMultiplier − 1 and missingMultiplier − 1, exactly. */
  readonly failChange: Decimal;
  readonly missingChange: Decimal;
}

export interface CompiledModifier {
  readonly modifier: Modifier;
  readonly reader: MetricReader;
  /** Per band: multiplier − 1, exactly. */
  readonly bandChange: readonly Decimal[];
  readonly missingChange: Decimal;
}

/** A deal's rate adjustment: discount band × term band (index in CompiledCommission.adjustments). */
export interface Adjustment {
  readonly multiplier: number;
  /** multiplier − 1, exactly. */
  readonly change: Decimal;
}

interface Base {
  readonly index: number;
  readonly id: string;
  readonly gates: readonly CompiledGate[];
  /** Modifiers that apply to this component, in plan order. */
  readonly modifiers: readonly CompiledModifier[];
}

export interface CompiledCommission extends Base {
  readonly kind: "commission";
  readonly c: CommissionComponent;
  /** Credit index of the paid metric and of the attainment (quota) metric. */
  readonly credit: number;
  readonly quotaCredit: number;
  /** Quota index (−1: no quota → every credit pays at the first tier's rate). */
  readonly quota: number;
  readonly tierFrom: Float64Array;
  /** Upper bounds; Infinity for the open last tier. */
  readonly tierTo: Float64Array;
  readonly rates: Float64Array;
  /** The largest |rate| (bounds a deal's pay per cent of credit). */
  readonly maxRate: number;
  readonly maxAttainment: number;
  /** Exact decimals of the tier starts, rates, threshold and attainment cap. */
  readonly fromDec: readonly Decimal[];
  readonly rateDec: readonly Decimal[];
  readonly thresholdDec: Decimal | null;
  readonly capDec: Decimal | null;
  /** (discount band + 1) × (term bands + 1) + (term band + 1) → adjustment; band −1 = none. */
  readonly adjustments: readonly Adjustment[];
  /** Holdback, vesting or clawback: per-deal attribution is needed. */
  readonly dealLevel: boolean;
  /** Clawback triggers as flags (no array search in the hot path). */
  readonly onChurn: boolean;
  readonly onDowngrade: boolean;
  readonly onNoActivation: boolean;
}

export interface CompiledBonus extends Base {
  readonly kind: "bonus";
  readonly c: BonusComponent;
  readonly reader: MetricReader;
  /** Quota index when the metric is credited and has a quota, else −1. */
  readonly quota: number;
  readonly lowerIsBetter: boolean;
  /** The annual target split over the periods of a fiscal year (cents). */
  readonly targetSplit: readonly number[];
}

export interface CompiledMilestone extends Base {
  readonly kind: "milestone";
  readonly c: MilestoneComponent;
  readonly rateDec: Decimal;
}

export interface CompiledSpiff extends Base {
  readonly kind: "spiff";
  readonly c: SpiffComponent;
  readonly condition: ((fields: Record<string, number | string>) => boolean) | null;
  /** Credit index of the metric (−1: none, the event's ARR is its credit). */
  readonly credit: number;
  /** Amount per event or per unit, goal and pool, in cents (0 when the payout has none). */
  readonly amountCents: number;
  readonly goalCents: number;
  readonly poolCents: number;
  /** The rate (rate payouts) and the largest share of the pool (goal payouts), exactly. */
  readonly rateDec: Decimal | null;
  readonly maxShareDec: Decimal | null;
  /** Window as day numbers (−∞ … +∞ without one). */
  readonly fromDay: number;
  readonly toDay: number;
}

export interface CompiledPool extends Base {
  readonly kind: "pool";
  readonly c: PoolComponent;
  readonly credit: number;
  readonly share: number;
  readonly fundingDec: Decimal;
  readonly shareDec: Decimal;
}

export type CompiledComponent =
  | CompiledCommission
  | CompiledBonus
  | CompiledMilestone
  | CompiledSpiff
  | CompiledPool;

export interface CompiledPlan {
  readonly plan: Plan;
  readonly periodsPerYear: number;
  /** Credited metrics the plan reads; prepared ledgers hold one credit array per entry. */
  readonly creditMetrics: readonly string[];
  /** Per credit metric: its compiled filter when the plan defines it (canonical.ts DerivedMetric). */
  readonly creditDerived: readonly (CompiledDerived | null)[];
  readonly quotas: readonly CompiledQuota[];
  /** Per quota: statements report YTD attainment (a YTD commission measures against it). */
  readonly quotaYtd: readonly boolean[];
  readonly components: readonly CompiledComponent[];
  /** Periods of a fiscal year, memoised (plain data; never changes once built). */
  readonly fiscalYear: (fy: number) => readonly PeriodDef[];
}

const compiledCache = new WeakMap<Plan, CompiledPlan>();

/** Compile once per plan object (memoised by identity, so passing a Plan to evaluate is cheap too). */
export function compilePlan(plan: Plan): CompiledPlan {
  const cached = compiledCache.get(plan);
  if (cached !== undefined) return cached;
  const compiled = build(plan);
  compiledCache.set(plan, compiled);
  return compiled;
}

function build(plan: Plan): CompiledPlan {
  const creditMetrics: string[] = [];
  const creditDerived: (CompiledDerived | null)[] = [];
  const derived = new Map((plan.metrics ?? []).map((m) => [m.id, m]));
  const isCredited = (metric: string) => LEDGER_EVENT_CREDITS[metric] !== undefined || derived.has(metric);
  const creditIndex = (metric: string): number => {
    if (!isCredited(metric)) throw new Error(`plan ${plan.id}: '${metric}' is not a credited metric`);
    let i = creditMetrics.indexOf(metric);
    if (i < 0) {
      i = creditMetrics.push(metric) - 1;
      const def = derived.get(metric);
      creditDerived.push(def === undefined ? null : compileDerived(def));
    }
    return i;
  };
  const quotas: CompiledQuota[] = plan.quotas.map((q) => {
    const split = splitWeights(q.periodWeights);
    return {
      metric: q.metric,
      credit: creditIndex(q.metric),
      annual: q.annual,
      split,
      planSplit: splitCents(centsOf(q.annual), split),
      ramp: rampUnits(q.ramp),
      prorate: q.prorate,
    };
  });
  const quotaIndex = (metric: string): number => quotas.findIndex((q) => q.metric === metric);
  const reader = (metric: string, scope: string): MetricReader => {
    if (metric.startsWith("attainment:")) {
      const m = metric.slice("attainment:".length);
      const q = quotaIndex(m);
      if (q < 0) throw new Error(`plan ${plan.id}: '${metric}' needs a quota on '${m}'`);
      return { kind: "attainment", quota: q, label: `${m} attainment` };
    }
    if (isCredited(metric)) return { kind: "credited", credit: creditIndex(metric), label: metric };
    return { kind: "observation", metric, scope, label: scope === "rep" ? metric : `${scope} ${metric}` };
  };
  const modifiers: CompiledModifier[] = plan.modifiers.map((m) => ({
    modifier: m,
    reader: reader(m.metric, m.scope),
    bandChange: m.bands.map((b) => change(b.multiplier)),
    missingChange: change(m.missingMultiplier),
  }));
  const components = plan.components.map((c, index) => {
    const base = {
      index,
      id: c.id,
      gates: c.gates.map((g) => compileGate(g, reader(g.metric, g.scope))),
      modifiers: modifiers.filter(
        (m) => m.modifier.appliesTo.length === 0 || m.modifier.appliesTo.includes(c.id),
      ),
    };
    return compileComponent(plan, c, base, creditIndex, quotaIndex, reader);
  });
  const ppy = periodsPerYear(plan.calendar);
  const years = new Map<number, readonly PeriodDef[]>();
  return {
    plan,
    periodsPerYear: ppy,
    creditMetrics,
    creditDerived,
    quotas,
    quotaYtd: quotas.map((_, q) =>
      components.some((c) => c.kind === "commission" && c.quota === q && c.c.basis === "ytd"),
    ),
    components,
    fiscalYear: (fy) => {
      let p = years.get(fy);
      if (p === undefined) {
        p = fiscalYearPeriods(plan.calendar, fy);
        years.set(fy, p);
      }
      return p;
    },
  };
}

/** m − 1 as an exact decimal: the change a multiplier makes. */
function change(multiplier: number): Decimal {
  return decimalMinusOne(decimalOf(multiplier));
}

function compileGate(gate: Gate, reader: MetricReader): CompiledGate {
  return {
    gate,
    reader,
    min: gate.min === null ? null : decimalOf(gate.min),
    max: gate.max === null ? null : decimalOf(gate.max),
    failChange: change(gate.failMultiplier),
    missingChange: change(gate.missingMultiplier),
  };
}

/** Every combination of a discount band and a term band (or none), with its exact change. */
function adjustmentTable(c: CommissionComponent): Adjustment[] {
  const one = decimalOf(1);
  const discounts = [one, ...c.discountAdjustments.map((a) => decimalOf(a.multiplier))];
  const terms = [one, ...c.termAdjustments.map((a) => decimalOf(a.multiplier))];
  const out: Adjustment[] = [];
  for (const d of discounts) {
    for (const t of terms) {
      const m = decimalTimes(d, t);
      out.push({ multiplier: d.value * t.value, change: decimalMinusOne(m) });
    }
  }
  return out;
}

/** The annual target of a bonus split equally over the periods (cents). */
function targetSplit(amount: number, periods: number): number[] {
  return splitCents(centsOf(amount), splitWeights(Array<number>(periods).fill(1)));
}

function compileComponent(
  plan: Plan,
  c: Component,
  base: Base,
  creditIndex: (m: string) => number,
  quotaIndex: (m: string) => number,
  reader: (metric: string, scope: string) => MetricReader,
): CompiledComponent {
  switch (c.kind) {
    case "commission": {
      const quotaMetric = c.quotaMetric ?? c.metric;
      return {
        ...base,
        kind: "commission",
        c,
        credit: creditIndex(c.metric),
        quotaCredit: creditIndex(quotaMetric),
        quota: quotaIndex(quotaMetric),
        tierFrom: Float64Array.from(c.tiers, (t) => t.from),
        tierTo: Float64Array.from(c.tiers, (t) => t.to ?? Number.POSITIVE_INFINITY),
        rates: Float64Array.from(c.tiers, (t) => t.rate),
        maxRate: Math.max(0, ...c.tiers.map((t) => Math.abs(t.rate))),
        maxAttainment: c.cap.maxAttainment ?? Number.POSITIVE_INFINITY,
        fromDec: c.tiers.map((t) => decimalOf(t.from)),
        rateDec: c.tiers.map((t) => decimalOf(t.rate)),
        thresholdDec: c.threshold === null ? null : decimalOf(c.threshold),
        capDec: c.cap.maxAttainment === null ? null : decimalOf(c.cap.maxAttainment),
        adjustments: adjustmentTable(c),
        dealLevel: c.holdback !== null || c.vesting !== null || c.clawback !== null,
        onChurn: c.clawback?.triggers.includes("churn") ?? false,
        onDowngrade: c.clawback?.triggers.includes("downgrade") ?? false,
        onNoActivation: c.clawback?.triggers.includes("noActivation") ?? false,
      };
    }
    case "bonus": {
      const r = reader(c.metric, c.scope);
      return {
        ...base,
        kind: "bonus",
        c,
        reader: r,
        quota: r.kind === "credited" ? quotaIndex(c.metric) : -1,
        lowerIsBetter: METRIC_BY_ID.get(c.metric)?.higherIsBetter === false,
        targetSplit: targetSplit(c.targetAmount, periodsPerYear(plan.calendar)),
      };
    }
    case "milestone":
      return { ...base, kind: "milestone", c, rateDec: decimalOf(c.rate) };
    case "spiff": {
      const p = c.payout;
      return {
        ...base,
        kind: "spiff",
        c,
        condition: c.condition === null ? null : compileCondition(c.condition),
        credit: c.metric === null ? -1 : creditIndex(c.metric),
        amountCents: p.basis === "event" || p.basis === "unit" ? centsOf(p.amount) : 0,
        goalCents: p.basis === "goal" ? centsOf(p.goal) : 0,
        poolCents: p.basis === "goal" ? centsOf(p.pool) : 0,
        rateDec: p.basis === "rate" ? decimalOf(p.rate) : null,
        maxShareDec: p.basis === "goal" && p.maxShare !== null ? decimalOf(p.maxShare) : null,
        fromDay: c.window === null ? Number.NEGATIVE_INFINITY : parseDay(c.window.from),
        toDay: c.window === null ? Number.POSITIVE_INFINITY : parseDay(c.window.to),
      };
    }
    case "pool": {
      const share = c.shares[plan.role] ?? 0;
      return {
        ...base,
        kind: "pool",
        c,
        credit: creditIndex(c.metric),
        share,
        fundingDec: decimalOf(c.fundingRate),
        shareDec: decimalOf(share),
      };
    }
  }
}
