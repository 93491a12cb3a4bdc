/** The milestone kind's language half (components/kind.ts): schema, normalization, checks. */
import type { KindLanguage } from "../kind.js";
import type { MilestoneComponent } from "./canonical.js";
import { checkMilestoneRules } from "./check.js";
import { normalizeMilestone } from "./normalize.js";
import { type MilestoneSource, milestoneSchema } from "./schema.js";

export const milestone = {
  kind: "milestone",
  schema: milestoneSchema,
  annualTarget: (_source, fromWeight) => fromWeight,
  normalize: normalizeMilestone,
  resolveMetrics: (c) => c,
  checkSource: () => {},
  checkRules: checkMilestoneRules,
  checkReferences: () => {},
  attainmentUse: () => "",
} as const satisfies KindLanguage<MilestoneComponent, MilestoneSource>;
