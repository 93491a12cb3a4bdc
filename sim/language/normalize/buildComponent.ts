import type { Component, ComponentBase, PayMix, Quota, SpiffPayout } from "../canonical.js";
import type { IssueList, Path } from "../issue.js";
import type { ComponentSource } from "../planSchema.js";
import { resolveComponentCap } from "./resolveCaps.js";
import { resolveCurve, resolveGates } from "./resolveRules.js";
import { resolveTiers } from "./resolveTiers.js";
import type { ComponentTarget } from "./resolveWeightsAndTargets.js";

export interface ComponentContext {
  readonly payMix: PayMix;
  readonly quotas: readonly Quota[];
  readonly target: ComponentTarget;
}

/** The quota a commission measures attainment against: explicit, else its own metric's if any. */
export function defaultQuotaMetric(
  metric: string,
  explicit: string | null | undefined,
  quotas: readonly Quota[],
) {
  if (explicit !== undefined) return explicit;
  return quotas.some((q) => q.metric === metric) ? metric : null;
}

/** One component in canonical form: shorthands resolved, defaults filled (label = id). */
export function buildComponent(
  c: ComponentSource,
  ctx: ComponentContext,
  at: Path,
  issues: IssueList,
): Component {
  const base: ComponentBase = {
    id: c.id,
    label: c.label ?? c.id,
    weight: ctx.target.weight,
    gates: resolveGates(c.gates),
    cap: resolveComponentCap(c.cap, ctx.target.annualTarget, [...at, "cap"], issues),
  };
  switch (c.kind) {
    case "commission": {
      const quotaMetric = defaultQuotaMetric(c.metric, c.quotaMetric, ctx.quotas);
      const tierCtx = { payMix: ctx.payMix, quotas: ctx.quotas, weight: ctx.target.weight, quotaMetric };
      const { tierRule, tiers } = resolveTiers(c, tierCtx, at, issues);
      return {
        ...base,
        kind: "commission",
        metric: c.metric,
        quotaMetric,
        basis: c.basis,
        tierRule,
        tiers,
        threshold: c.threshold ?? null,
        discountAdjustments: [...c.discountAdjustments].sort((a, b) => a.maxDiscount - b.maxDiscount),
        termAdjustments: [...c.termAdjustments].sort((a, b) => b.minTermMonths - a.minTermMonths),
        holdback: c.holdback ?? null,
        clawback: c.clawback
          ? {
              windowDays: c.clawback.window,
              triggers: c.clawback.triggers,
              recovery: c.clawback.recovery,
              share: c.clawback.share,
            }
          : null,
        vesting: c.vesting
          ? {
              schedule: [...c.vesting.schedule].sort((a, b) => a.afterMonths - b.afterMonths),
              requireActiveAccount: c.vesting.requireActiveAccount,
              forfeitOnTermination: c.vesting.forfeitOnTermination,
            }
          : null,
      };
    }
    case "bonus":
      if (c.measure === "value" && c.target !== undefined && c.target !== null) {
        issues.add(
          [...at, "target"],
          "target is only used with measure: attainment",
          "remove target or set measure",
        );
      }
      return {
        ...base,
        kind: "bonus",
        metric: c.metric,
        scope: c.scope,
        measure: c.measure,
        target: c.measure === "attainment" ? (c.target ?? null) : null,
        basis: c.basis,
        targetAmount: ctx.target.annualTarget ?? 0,
        curve: resolveCurve(c.curve),
      };
    case "milestone":
      return { ...base, kind: "milestone", milestone: c.milestone, withinDays: c.within, rate: c.rate };
    case "spiff":
      return {
        ...base,
        kind: "spiff",
        event: c.event ?? null,
        metric: c.metric ?? null,
        condition: c.condition ?? null,
        payout: resolveSpiffPayout(c, at, issues),
        window: c.window ? { from: c.window.from, to: c.window.to } : null,
        maxPerPeriod: c.maxPerPeriod ?? null,
      };
    case "pool":
      return { ...base, kind: "pool", metric: c.metric, fundingRate: c.fundingRate, shares: { ...c.shares } };
  }
}

type SpiffSource = Extract<ComponentSource, { kind: "spiff" }>;

/** Exactly one of amount, perUnit, rate, goal; the first given is used when several are. */
export function resolveSpiffPayout(c: SpiffSource, at: Path, issues: IssueList): SpiffPayout {
  const given = (["amount", "perUnit", "rate", "goal"] as const).filter((k) => c[k] !== undefined);
  if (given.length !== 1)
    issues.add(
      given.length === 0 ? at : [...at, given[1]!],
      given.length === 0
        ? "a spiff pays by one of amount, perUnit, rate or goal: give one"
        : `give one of amount, perUnit, rate or goal, not ${given.join(" and ")}`,
    );
  if (c.goal !== undefined && given[0] === "goal")
    return { basis: "goal", goal: c.goal.amount, pool: c.goal.pool, maxShare: c.goal.maxShare ?? null };
  if (c.rate !== undefined && given[0] === "rate") return { basis: "rate", rate: c.rate };
  if (c.perUnit !== undefined && given[0] === "perUnit") return { basis: "unit", amount: c.perUnit };
  return { basis: "event", amount: c.amount ?? 0 };
}
