/** The SPIFF kind's language half (components/kind.ts): schema, normalization, checks. */
import type { KindLanguage } from "../kind.js";
import type { SpiffComponent } from "./canonical.js";
import { checkSpiffReferences, checkSpiffRules } from "./check.js";
import { normalizeSpiff, resolveSpiffMetrics } from "./normalize.js";
import { type SpiffSource, spiffSchema } from "./schema.js";

export const spiff = {
  kind: "spiff",
  schema: spiffSchema,
  annualTarget: (_source, fromWeight) => fromWeight,
  normalize: normalizeSpiff,
  resolveMetrics: resolveSpiffMetrics,
  checkSource: () => {},
  checkRules: checkSpiffRules,
  checkReferences: checkSpiffReferences,
  attainmentUse: () => "",
} as const satisfies KindLanguage<SpiffComponent, SpiffSource>;
