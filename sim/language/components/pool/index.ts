/** The pool kind's language half (components/kind.ts): schema, normalization, checks. */
import type { KindLanguage } from "../kind.js";
import type { PoolComponent } from "./canonical.js";
import { checkPoolReferences, checkPoolRules } from "./check.js";
import { normalizePool } from "./normalize.js";
import { type PoolSource, poolSchema } from "./schema.js";

export const pool = {
  kind: "pool",
  schema: poolSchema,
  annualTarget: (_source, fromWeight) => fromWeight,
  normalize: normalizePool,
  resolveMetrics: (c, resolve) => ({ ...c, metric: resolve(c.metric, "metric") }),
  checkSource: () => {},
  checkRules: checkPoolRules,
  checkReferences: checkPoolReferences,
  attainmentUse: () => "",
} as const satisfies KindLanguage<PoolComponent, PoolSource>;
