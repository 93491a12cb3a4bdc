/**
 * A commission's rate table from what the plan writes: a flat `rate` (or `rate: auto`), `tiers`
 * with bounds and rates or multipliers, or `accelerators`; normalized to contiguous tiers.
 */
import type { PayMix, Quota } from "../../canonical.js";
import type { IssueList, Path } from "../../issue.js";
import { tidy } from "../../units.js";
import type { Tier, TierRule } from "./canonical.js";
import type { CommissionSource } from "./schema.js";

export interface TierContext {
  readonly payMix: PayMix;
  readonly quotas: readonly Quota[];
  readonly weight: number | null;
  readonly quotaMetric: string | null;
}

/**
 * `rate: auto` = weight × targetVariable / annual quota: the rate at which a rep exactly at
 * quota earns the component's share of target variable (hand check: 50% × 100,000 / 500,000 = 10%).
 */
export function autoRate(ctx: TierContext, at: Path, issues: IssueList): number {
  if (ctx.weight === null) {
    issues.add(
      at,
      "rate: auto needs the component's weight (share of target variable)",
      "add e.g. weight: 100%",
    );
    return 0;
  }
  const quota = ctx.quotas.find((q) => q.metric === ctx.quotaMetric);
  if (!quota || quota.annual <= 0) {
    const metric = ctx.quotaMetric ?? "<metric>";
    issues.add(at, `rate: auto needs a positive annual quota on '${metric}'`, `add quotas: {${metric}: …}`);
    return 0;
  }
  return tidy((ctx.weight * ctx.payMix.targetVariable) / quota.annual);
}

/** The component's base rate: `rate` (a number or auto); auto when absent. */
export function resolveBaseRate(c: CommissionSource, ctx: TierContext, at: Path, issues: IssueList): number {
  if (typeof c.rate === "number") return c.rate;
  return autoRate(ctx, c.rate === "auto" ? [...at, "rate"] : at, issues);
}

/**
 * Rate table from any of: a flat `rate`; `tiers` with `upTo` bounds and `rate` or `multiplier`
 * (× base rate); or `accelerators` ({above, multiplier}: base rate up to the first step). Bounds
 * become [from, to) with `to: null` for the open last tier. The tier rule must be explicit when
 * there is more than one tier.
 */
export function resolveTiers(
  c: CommissionSource,
  ctx: TierContext,
  at: Path,
  issues: IssueList,
): { tierRule: TierRule; tiers: Tier[] } {
  let lazyBase: number | null = null;
  const base = () => {
    lazyBase ??= resolveBaseRate(c, ctx, at, issues);
    return lazyBase;
  };
  let tiers: Tier[];
  if (c.tiers && c.accelerators) {
    issues.add([...at, "accelerators"], "give tiers or accelerators, not both");
  }
  if (c.tiers) {
    tiers = tiersFromList(c.tiers, base, [...at, "tiers"], issues);
  } else if (c.accelerators) {
    tiers = tiersFromAccelerators(c.accelerators, base, [...at, "accelerators"], issues);
  } else if (c.rate !== undefined) {
    tiers = [{ from: 0, to: null, rate: base() }];
  } else {
    issues.add(at, "a commission needs a rate, tiers or accelerators", "add e.g. rate: 10% or rate: auto");
    tiers = [{ from: 0, to: null, rate: 0 }];
  }
  if (tiers.length > 1 && c.tierRule === undefined) {
    issues.add(
      [...at, "tierRule"],
      "tierRule is required when there is more than one tier",
      "add tierRule: marginal (each slice at its own rate) or tierRule: retroactive (reached rate on everything)",
    );
  }
  return { tierRule: c.tierRule ?? "marginal", tiers };
}

function tiersFromList(
  list: NonNullable<CommissionSource["tiers"]>,
  base: () => number,
  at: Path,
  issues: IssueList,
): Tier[] {
  const tiers: Tier[] = [];
  list.forEach((t, j) => {
    const previous = tiers[j - 1];
    const from = t.from ?? (previous ? (previous.to ?? previous.from) : 0);
    const to = t.upTo ?? null;
    let rate = 0;
    if (t.rate !== undefined && t.multiplier !== undefined) {
      issues.add([...at, j], "give rate or multiplier, not both");
    } else if (t.rate !== undefined) {
      rate = t.rate === "auto" ? base() : t.rate;
    } else if (t.multiplier !== undefined) {
      rate = tidy(t.multiplier * base());
    } else {
      issues.add([...at, j], "a tier needs a rate or a multiplier", "add e.g. rate: 10% or multiplier: 1.5");
    }
    tiers.push({ from, to, rate });
  });
  return tiers;
}

function tiersFromAccelerators(
  steps: NonNullable<CommissionSource["accelerators"]>,
  base: () => number,
  at: Path,
  issues: IssueList,
): Tier[] {
  steps.forEach((s, j) => {
    const previous = steps[j - 1];
    if (previous && s.above <= previous.above) {
      issues.add(
        [...at, j, "above"],
        `accelerators must be in ascending order of 'above' (${s.above} ≤ ${previous.above})`,
      );
    }
  });
  const tiers: Tier[] = [{ from: 0, to: steps[0]?.above ?? null, rate: base() }];
  steps.forEach((s, j) => {
    tiers.push({ from: s.above, to: steps[j + 1]?.above ?? null, rate: tidy(s.multiplier * base()) });
  });
  return tiers.filter((t) => t.to === null || t.to > t.from);
}
