/**
 * Input schemas for the rules shared by components: tiers, bands, curves, gates, caps,
 * holdbacks, clawbacks and vesting. Shorthands are documented in scenarios/README.md.
 */
import * as z from "zod";
import { count, days, expecting, flag, listOf, mapping, oneOf, text } from "./inputScalars.js";
import { attainment, money, ratio, signedNumber } from "./planScalars.js";

const e = (what: string) => expecting(what);

/** A rate, or `auto` (= weight × targetVariable / annual quota of the quota metric). */
export function rateOrAuto(description: string) {
  const err = e("a rate like 0.1 or '10%', or 'auto'");
  return z.union([ratio(description), z.literal("auto", err)], err).describe(description);
}

export const tierSchema = mapping(
  {
    from: attainment(
      "Lower attainment bound of the tier (optional: it is the previous tier's upTo, 0 for the first).",
    )
      .nullable()
      .optional(),
    upTo: attainment(
      "Upper attainment bound, exclusive (e.g. 100% or 1.25). Omit on the last tier: it is open.",
    )
      .nullable()
      .optional(),
    rate: rateOrAuto("Commission rate in this tier (0.1 or '10%'), or 'auto' for the base rate.").optional(),
    multiplier: ratio(
      "Accelerator: this tier pays multiplier × the component's base rate (e.g. 1.5 or '150%').",
    ).optional(),
  },
  "a tier mapping with 'upTo' and 'rate' or 'multiplier'",
  "One tier of a rate table: attainment in [from, upTo) paid at rate (or multiplier × base rate).",
);

export const acceleratorSchema = mapping(
  {
    above: attainment("Attainment above which the multiplier applies (e.g. 100%)."),
    multiplier: ratio("Multiplier of the base rate above that attainment (e.g. 1.5 or '150%')."),
  },
  "an accelerator {above, multiplier}",
  "Accelerator step: above this attainment, pay multiplier × the base rate.",
);

export const bandSchema = mapping(
  {
    from: signedNumber(
      "Lower bound of the band (optional: the previous band's upTo; open below for the first).",
    )
      .nullable()
      .optional(),
    upTo: signedNumber("Upper bound, exclusive. Omit on the last band: it is open.").nullable().optional(),
    multiplier: ratio("Multiplier applied when the metric falls in this band (e.g. 1.1 or '110%')."),
  },
  "a band mapping with 'upTo' and 'multiplier'",
  "A band of a modifier: metric value in [from, upTo) multiplies pay by multiplier.",
);

const pointObject = mapping(
  {
    x: signedNumber("Attainment (or metric value when measure: value)."),
    y: signedNumber("Payout as a share of the target amount (1 = 100%)."),
  },
  "a point {x, y}",
  "A curve point.",
);
const pointPair = z
  .tuple([signedNumber("x"), signedNumber("y")], e("a point [x, y]"))
  .describe("A curve point as [x, y].");

export const curvePointSchema = z
  .union([pointPair, pointObject], e("a point [x, y] or {x, y}"))
  .describe("A curve point: [x, y] or {x: …, y: …}; y = payout as a share of target at x.");

export const curveSchema = listOf(
  curvePointSchema,
  "points [x, y]",
  "Piecewise-linear payout curve, x strictly increasing; flat before the first and after the last point. " +
    "Example: [[50%, 0], [100%, 100%], [150%, 200%]].",
);

export const SCOPES = ["rep", "team", "company"] as const;
export const scopeSchema = oneOf(SCOPES, "Where the metric is observed: rep (default), team or company.");

export const gateSchema = mapping(
  {
    metric: text(
      "A measured metric id (grr, nps, …) or 'attainment:<credited metric>' (e.g. attainment:newArr).",
    ),
    scope: scopeSchema.default("rep"),
    min: signedNumber("The gate is met when the value is ≥ min.").nullable().optional(),
    max: signedNumber("The gate is met when the value is ≤ max (lower-is-better gates).")
      .nullable()
      .optional(),
    failMultiplier: ratio("Multiplier when the gate fails (default 0: the component pays nothing).").default(
      0,
    ),
    missingMultiplier: ratio("Multiplier when the metric has no observation (default 1).").default(1),
  },
  "a gate mapping with 'metric' and 'min' or 'max'",
  "A gate: the component pays only when the metric is within [min, max].",
);

export const componentCapSchema = mapping(
  {
    perPeriod: money("Maximum pay of this component in one period.").nullable().optional(),
    perYear: money("Maximum pay of this component in one fiscal year.").nullable().optional(),
    multipleOfTarget: ratio(
      "Per-year cap as a multiple of the component's annual target (e.g. 2 = 2× target).",
    ).optional(),
    maxAttainment: attainment("Attainment above which no further credit counts (e.g. 200%).")
      .nullable()
      .optional(),
  },
  "a cap mapping (perPeriod, perYear, multipleOfTarget, maxAttainment)",
  "Caps on this component.",
);

export const holdbackSchema = mapping(
  {
    share: ratio("Share of each deal's commission held back (e.g. 25%)."),
    release: oneOf(["collection", "yearEnd", "renewal"], "When the held amount is released."),
    forfeitOnChurn: flag(
      "Forfeit the held amount if the account churns before release (default true).",
    ).default(true),
    forfeitOnTermination: flag(
      "Forfeit the held amount if the rep leaves before release (default false).",
    ).default(false),
  },
  "a holdback mapping with 'share' and 'release'",
  "Hold part of each deal's commission until collection, year end or renewal.",
);

export const CLAWBACK_TRIGGERS = ["churn", "downgrade", "noActivation"] as const;

export const clawbackSchema = mapping(
  {
    window: days("Window after the booking in days: 90, 180, 365 or '180d'."),
    triggers: listOf(
      oneOf(CLAWBACK_TRIGGERS, "A clawback trigger."),
      "triggers (churn, downgrade, noActivation)",
      "What triggers the clawback (default [churn]).",
    ).default(["churn"]),
    recovery: oneOf(
      ["full", "prorated"],
      "full: recover share of the commission; prorated: × days left in the window / window (default full).",
    ).default("full"),
    share: ratio("Share of the deal's commission recovered (default 100%).").default(1),
  },
  "a clawback mapping with 'window'",
  "Recover commission when the account churns, downgrades or never activates within the window.",
);

export const vestingSchema = mapping(
  {
    schedule: listOf(
      mapping(
        {
          afterMonths: count("Months after the deal date when this tranche vests."),
          share: ratio("Share of the commission in this tranche."),
        },
        "a tranche {afterMonths, share}",
        "A vesting tranche.",
      ),
      "tranches {afterMonths, share}",
      "Tranches; shares sum to 100%.",
    ),
    requireActiveAccount: flag(
      "Forfeit a tranche if the account churned before it vests (default true).",
    ).default(true),
    forfeitOnTermination: flag("Forfeit unvested tranches if the rep leaves (default true).").default(true),
  },
  "a vesting mapping with 'schedule'",
  "Pay each deal's commission in tranches over months or years.",
);

export const discountAdjustmentSchema = mapping(
  {
    maxDiscount: ratio("Applies to deals with discount ≤ maxDiscount (e.g. 20%)."),
    multiplier: ratio("Rate multiplier for those deals (e.g. 0.8)."),
  },
  "a discount band {maxDiscount, multiplier}",
  "Rate adjustment by discount depth: the first band with discount ≤ maxDiscount applies.",
);

export const termAdjustmentSchema = mapping(
  {
    minTermMonths: count("Applies to deals with a term of at least this many months."),
    multiplier: ratio("Rate multiplier for those deals (e.g. 1.1)."),
  },
  "a term band {minTermMonths, multiplier}",
  "Rate adjustment by contract term: the longest minTermMonths ≤ term applies.",
);
