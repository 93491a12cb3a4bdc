/** The bonus input schema (plan JSON Schema: components[kind=bonus]). */
import * as z from "zod";
import { mapping, oneOf, text } from "../../inputScalars.js";
import { money, signedNumber } from "../../planScalars.js";
import { curveSchema, scopeSchema } from "../../ruleSchemas.js";
import { baseKeys, METRIC_HELP } from "../baseSchema.js";

export const bonusSchema = mapping(
  {
    kind: z
      .literal("bonus")
      .describe("Bonus: target amount × payout curve over attainment or a metric value."),
    ...baseKeys(),
    metric: text(
      `Measured metric (grr, nrr, usageDepth, nps, …) or a credited metric with a quota. ${METRIC_HELP}`,
    ),
    scope: scopeSchema.default("rep"),
    measure: oneOf(
      ["attainment", "value"],
      "attainment (default): x = value / target (or credited / quota); value: x = the raw metric value.",
    ).default("attainment"),
    target: signedNumber("Target of a measured metric when measure: attainment (e.g. 90% GRR).")
      .nullable()
      .optional(),
    basis: oneOf(["period", "ytd"], "Attainment basis: period (default) or ytd.").default("period"),
    targetAmount: money("Annual bonus at target (y = 1). Default: weight × targetVariable.").optional(),
    curve: curveSchema,
  },
  "a bonus component",
  "Bonus = target amount × piecewise-linear curve.",
);

/** A parsed Bonus (scalar shorthands resolved, structure as written). */
export type BonusSource = z.output<typeof bonusSchema>;
