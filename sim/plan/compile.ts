/**
 * compilePlan: everything about a plan that does not depend on a ledger is resolved once —
 * metric indices, tier arrays, compiled SPIFF conditions, which modifiers touch which
 * component — so evaluating many ledgers (one per simulated rep and trial) does no lookups by
 * name in the hot path.
 */

import { LEDGER_EVENT_CREDITS } from "../core/ledger.js";
import type { Gate, Plan } from "../language/canonical.js";
import { fiscalYearPeriods, type PeriodDef, periodsPerYear } from "./calendar.js";
import type {
  CompiledBase,
  CompiledGate,
  CompiledModifier,
  CompiledPlanCore,
  CompiledQuota,
  MetricReader,
} from "./compiledParts.js";
import type { CompileContext } from "./components/kind.js";
import { type CompiledComponent, evaluatorOf } from "./components/registry.js";
import { type CompiledDerived, compileDerived } from "./creditFilter.js";
import { centsOf } from "./exact.js";
import { bandRule, gateRule } from "./multiplier.js";
import { rampUnits, splitCents, splitWeights } from "./quotaSplit.js";
import { Workspace } from "./workspace.js";

export type {
  CompiledBase,
  CompiledGate,
  CompiledModifier,
  CompiledPlanCore,
  CompiledQuota,
  MetricReader,
} from "./compiledParts.js";
export type { CompiledBonus } from "./components/bonus/compiled.js";
export type { Adjustment, CompiledCommission } from "./components/commission/compiled.js";
export type { CompiledMilestone } from "./components/milestone/compiled.js";
export type { CompiledPool } from "./components/pool/compiled.js";
export type { CompiledComponent } from "./components/registry.js";
export type { CompiledSpiff } from "./components/spiff/compiled.js";

export interface CompiledPlan extends CompiledPlanCore {
  readonly components: readonly CompiledComponent[];
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
    rule: bandRule(m.bands, m.missingMultiplier),
  }));
  const ppy = periodsPerYear(plan.calendar);
  const ctx: CompileContext = { plan, periodsPerYear: ppy, creditIndex, quotaIndex, reader };
  const components = plan.components.map((c, index): CompiledComponent => {
    const base: CompiledBase = {
      index,
      id: c.id,
      gates: c.gates.map((g) => compileGate(g, reader(g.metric, g.scope))),
      modifiers: modifiers.filter(
        (m) => m.modifier.appliesTo.length === 0 || m.modifier.appliesTo.includes(c.id),
      ),
    };
    return evaluatorOf(c.kind).compile(c, base, ctx);
  });
  const years = new Map<number, readonly PeriodDef[]>();
  return {
    plan,
    periodsPerYear: ppy,
    creditMetrics,
    creditDerived,
    quotas,
    quotaYtd: quotas.map((_, q) => components.some((c) => evaluatorOf(c.kind).ytdQuota(c) === q)),
    components,
    workspace: new Workspace(creditMetrics.length),
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

function compileGate(gate: Gate, reader: MetricReader): CompiledGate {
  return { gate, reader, rule: gateRule(gate) };
}
