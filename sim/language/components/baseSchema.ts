/**
 * The keys every component kind's schema starts with (id, label, weight, gates, cap), so editors
 * list them in the same order in every kind.
 */
import { identifier, listOf, text } from "../inputScalars.js";
import { ratio } from "../planScalars.js";
import { componentCapSchema, gateSchema } from "../ruleSchemas.js";

export const METRIC_HELP = "Metric id (see sim/language/metrics.ts and scenarios/README.md).";

export function baseKeys() {
  return {
    id: identifier("Component id, unique in the plan; modifiers name it in appliesTo."),
    label: text("Label shown on statements (default: the id).").optional(),
    weight: ratio("Share of target variable this component pays at target (e.g. 60%). Weights sum to 100%.")
      .nullable()
      .optional(),
    gates: listOf(gateSchema, "gates", "The component pays only when every gate is met.").default([]),
    cap: componentCapSchema.optional(),
  };
}
