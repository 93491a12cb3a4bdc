/**
 * Plan-defined credited metrics (the `metrics:` section): a credited metric restricted to the
 * events whose attributes pass filters, optionally weighted by one attribute. Example:
 *
 *   metrics:
 *     proArr:
 *       from: newArr
 *       where: {product: [GTX Pro, MG Advanced], dealType: newLogo}
 *       weights: {by: product, values: {GTX Pro: 150%}, otherwise: 100%}
 *
 * A component may also filter inline: `metric: newArr where product in [GTX Pro, MG Advanced]`.
 */
import * as z from "zod";
import { CREDIT_ATTRIBUTES, DEAL_TYPES } from "./canonical.js";
import { expecting, mapping, oneOf, text } from "./inputScalars.js";
import { ratio } from "./planScalars.js";

const oneOrMany = (item: z.ZodType<string>, what: string, description: string) =>
  z
    .union([item, z.array(item)], expecting(`${what} or a list of them`))
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .describe(description);

const valueText = text("An attribute value as it appears in the ledger (e.g. GTX Pro).");
const dealType = oneOf(
  DEAL_TYPES as unknown as readonly [string, ...string[]],
  "newLogo, expansion, renewal or crossSell.",
);

export const creditFilterSchema = mapping(
  {
    product: oneOrMany(valueText, "a product", "Products that count.").optional(),
    dealType: oneOrMany(
      dealType,
      "a deal type (newLogo, expansion, renewal, crossSell)",
      "Deal types that count (default of an event: booking → newLogo, expansion → expansion, renewal → renewal).",
    ).optional(),
    region: oneOrMany(valueText, "a region", "Regions that count.").optional(),
    segment: oneOrMany(valueText, "a segment", "Segments that count.").optional(),
    territory: oneOrMany(valueText, "a territory", "Territories that count.").optional(),
    tags: oneOrMany(valueText, "a tag", "An event counts when it has any of these tags.").optional(),
  },
  "a filter mapping like {product: [GTX Pro, MG Advanced], dealType: newLogo}",
  "Which events count: every attribute given must take one of its values.",
);

export const creditWeightsSchema = mapping(
  {
    by: oneOf(
      CREDIT_ATTRIBUTES as unknown as readonly [string, ...string[]],
      "The attribute weights are read by.",
    ),
    values: z
      .record(
        z.string(),
        ratio("Weight of events with this value (e.g. 150%)."),
        expecting("a mapping of value → weight"),
      )
      .describe("Weight per attribute value, e.g. {GTX Pro: 150%, MG Advanced: 120%}."),
    otherwise: ratio("Weight of events with any other value (default 100%).").default(1),
  },
  "a weights mapping {by, values, otherwise}",
  "Credit weights: each event's credit × the weight of its attribute value.",
);

export const derivedMetricSchema = mapping(
  {
    from: text("The credited metric this one filters (newArr, expansionArr, renewalArr, tcv, …)."),
    where: creditFilterSchema.optional(),
    weights: creditWeightsSchema.optional(),
  },
  "a metric mapping with 'from' (and 'where' or 'weights')",
  "A credited metric defined by the plan: 'from' restricted by 'where', weighted by 'weights'.",
);

export const metricsSchema = z
  .record(z.string(), derivedMetricSchema, expecting("a mapping of metric id → {from, where, weights}"))
  .describe(
    "Plan-defined credited metrics (product lines, deal types, regions, tags): usable in quotas, components and gates like newArr.",
  );

export type DerivedMetricSource = z.output<typeof derivedMetricSchema>;
