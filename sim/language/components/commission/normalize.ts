/** A commission in canonical form: tiers resolved, adjustments sorted, clawback and vesting spelled out. */
import type { ComponentBase, Quota } from "../../canonical.js";
import type { IssueList, Path } from "../../issue.js";
import type { NormalizeContext } from "../kind.js";
import type { CommissionComponent } from "./canonical.js";
import type { CommissionSource } from "./schema.js";
import { resolveTiers } from "./tiers.js";

/** The quota a commission measures attainment against: explicit, else its own metric's if any. */
export function defaultQuotaMetric(
  metric: string,
  explicit: string | null | undefined,
  quotas: readonly Quota[],
) {
  if (explicit !== undefined) return explicit;
  return quotas.some((q) => q.metric === metric) ? metric : null;
}

export function normalizeCommission(
  c: CommissionSource,
  base: ComponentBase,
  ctx: NormalizeContext,
  at: Path,
  issues: IssueList,
): CommissionComponent {
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
