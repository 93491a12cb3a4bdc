/** The commission kind's language half (components/kind.ts): schema, normalization, checks. */
import type { KindLanguage } from "../kind.js";
import type { CommissionComponent } from "./canonical.js";
import { checkCommissionReferences, checkCommissionRules, commissionAttainmentUse } from "./check.js";
import { checkTiers } from "./checkTiers.js";
import { normalizeCommission } from "./normalize.js";
import { type CommissionSource, commissionSchema } from "./schema.js";

export const commission = {
  kind: "commission",
  schema: commissionSchema,
  annualTarget: (_source, fromWeight) => fromWeight,
  normalize: normalizeCommission,
  resolveMetrics: (c, resolve) => ({
    ...c,
    metric: resolve(c.metric, "metric"),
    quotaMetric: c.quotaMetric === null ? null : resolve(c.quotaMetric, "quotaMetric"),
  }),
  checkSource: checkTiers,
  checkRules: checkCommissionRules,
  checkReferences: checkCommissionReferences,
  attainmentUse: commissionAttainmentUse,
} as const satisfies KindLanguage<CommissionComponent, CommissionSource>;
