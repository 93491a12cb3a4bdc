/** The bonus kind's language half (components/kind.ts): schema, normalization, checks. */
import type { KindLanguage } from "../kind.js";
import type { BonusComponent } from "./canonical.js";
import { bonusAttainmentUse, checkBonusReferences, checkBonusRules } from "./check.js";
import { bonusAnnualTarget, normalizeBonus } from "./normalize.js";
import { type BonusSource, bonusSchema } from "./schema.js";

export const bonus = {
  kind: "bonus",
  schema: bonusSchema,
  annualTarget: bonusAnnualTarget,
  normalize: normalizeBonus,
  resolveMetrics: (c, resolve) => ({ ...c, metric: resolve(c.metric, "metric") }),
  checkSource: () => {},
  checkRules: checkBonusRules,
  checkReferences: checkBonusReferences,
  attainmentUse: bonusAttainmentUse,
} as const satisfies KindLanguage<BonusComponent, BonusSource>;
