/** The commission input schema (plan JSON Schema: components[kind=commission]). */
import * as z from "zod";
import { listOf, mapping, oneOf, text } from "../../inputScalars.js";
import { attainment } from "../../planScalars.js";
import {
  acceleratorSchema,
  clawbackSchema,
  discountAdjustmentSchema,
  holdbackSchema,
  rateOrAuto,
  termAdjustmentSchema,
  tierSchema,
  vestingSchema,
} from "../../ruleSchemas.js";
import { baseKeys, METRIC_HELP } from "../baseSchema.js";

export const commissionSchema = mapping(
  {
    kind: z.literal("commission").describe("Commission: a rate on a credited metric."),
    ...baseKeys(),
    metric: text(
      `Credited metric the commission pays on (newArr, expansionArr, renewalArr, tcv, …). ${METRIC_HELP}`,
    ),
    quotaMetric: text("Credited metric whose quota measures attainment (default: metric, if it has a quota).")
      .nullable()
      .optional(),
    basis: oneOf(
      ["period", "ytd"],
      "Attainment basis: period (default) or ytd with prior-paid netting.",
    ).default("period"),
    tierRule: oneOf(
      ["marginal", "retroactive"],
      "marginal: each slice of attainment at its own tier's rate; retroactive: the tier reached applies to " +
        "everything. Required when there is more than one tier.",
    ).optional(),
    rate: rateOrAuto(
      "Base commission rate (0.1 or '10%'), or 'auto' = weight × targetVariable / annual quota. " +
        "Tier multipliers apply to it.",
    ).optional(),
    tiers: listOf(
      tierSchema,
      "tiers",
      "Rate table on attainment; contiguous from 0, the last one open.",
    ).optional(),
    accelerators: listOf(
      acceleratorSchema,
      "accelerators {above, multiplier}",
      "Shorthand for tiers: the base rate up to the first 'above', then multiplier × base rate above each.",
    ).optional(),
    threshold: attainment("No pay for a period whose attainment is below this (e.g. 50%).")
      .nullable()
      .optional(),
    discountAdjustments: listOf(
      discountAdjustmentSchema,
      "discount bands",
      "Rate multipliers by discount depth.",
    ).default([]),
    termAdjustments: listOf(termAdjustmentSchema, "term bands", "Rate multipliers by contract term.").default(
      [],
    ),
    holdback: holdbackSchema.nullable().optional(),
    clawback: clawbackSchema.nullable().optional(),
    vesting: vestingSchema.nullable().optional(),
  },
  "a commission component",
  "Commission on a credited metric, with tiers, accelerators, holdbacks, clawbacks and vesting.",
);

/** A parsed Commission (scalar shorthands resolved, structure as written). */
export type CommissionSource = z.output<typeof commissionSchema>;
