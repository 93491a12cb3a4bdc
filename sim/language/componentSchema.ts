/**
 * Input schemas for plan components, one per `kind`. Shared keys (id, label, weight, gates, cap)
 * come first in each so editors list them in the same order.
 */
import * as z from "zod";
import { LEDGER_EVENT_TYPES } from "../core/ledger.js";
import { count, days, expecting, identifier, listOf, mapping, oneOf, text } from "./inputScalars.js";
import { attainment, isoDate, money, ratio, signedNumber } from "./planScalars.js";
import {
  acceleratorSchema,
  clawbackSchema,
  componentCapSchema,
  curveSchema,
  discountAdjustmentSchema,
  gateSchema,
  holdbackSchema,
  rateOrAuto,
  scopeSchema,
  termAdjustmentSchema,
  tierSchema,
  vestingSchema,
} from "./ruleSchemas.js";

const METRIC_HELP = "Metric id (see sim/language/metrics.ts and scenarios/README.md).";

function base() {
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

export const commissionSchema = mapping(
  {
    kind: z.literal("commission").describe("Commission: a rate on a credited metric."),
    ...base(),
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

export const bonusSchema = mapping(
  {
    kind: z
      .literal("bonus")
      .describe("Bonus: target amount × payout curve over attainment or a metric value."),
    ...base(),
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

export const milestoneSchema = mapping(
  {
    kind: z
      .literal("milestone")
      .describe("Milestone uplift: extra commission when a sold account reaches a milestone."),
    ...base(),
    milestone: text("Milestone name as in ledger milestone events: activation, usage:50, …"),
    within: days("Days after the booking within which the milestone must be reached (90 or '90d')."),
    rate: ratio("Rate on the booked deal's ARR (e.g. 2%)."),
  },
  "a milestone component",
  "Extra commission when an account this rep sold reaches a milestone within N days.",
);

export const spiffWindowSchema = mapping(
  {
    from: isoDate("First day events qualify (YYYY-MM-DD)."),
    to: isoDate("Last day events qualify (YYYY-MM-DD)."),
  },
  "a window {from, to} of dates YYYY-MM-DD",
  "Only events dated in this window (inclusive) qualify.",
);

export const spiffGoalSchema = mapping(
  {
    amount: money("The goal: credit that earns the whole pool (e.g. 250k of a product's new ARR)."),
    pool: money("Paid at the goal: pay = pool × credit / goal."),
    maxShare: ratio(
      "At most this share of the pool (e.g. 100%: capped at the goal; 150%). Default: uncapped.",
    )
      .nullable()
      .optional(),
  },
  "a goal mapping {amount, pool, maxShare}",
  "A share of a goal: pool × qualifying credit in the window / goal, paid as it accrues.",
);

export const spiffSchema = mapping(
  {
    kind: z.literal("spiff").describe("SPIFF: a bonus per qualifying event, per unit, by rate or by goal."),
    ...base(),
    event: oneOf(
      LEDGER_EVENT_TYPES as unknown as readonly [string, ...string[]],
      "Ledger event type that qualifies (default: any event the metric credits; required without a metric).",
    ).optional(),
    metric: text(
      "Credited metric — often a plan metric filtering products — an event needs a credit under to qualify; rate and goal pay on that credit (default: the event's ARR).",
    ).optional(),
    condition: text(
      "Optional condition over the event's fields in the safe expression language, e.g. " +
        "'termMonths >= 24 and arr >= 50000'. Fields: arr, tcv, termMonths, discount, milestone, account, deal, " +
        "type, date, id, product, dealType, region, segment, territory, units.",
    )
      .nullable()
      .optional(),
    amount: money("Amount paid per qualifying event.").optional(),
    perUnit: money("Amount paid per unit sold (the event's units, default 1).").optional(),
    rate: ratio("Rate on each qualifying event's credit (e.g. 2%).").optional(),
    goal: spiffGoalSchema.optional(),
    window: spiffWindowSchema.nullable().optional(),
    maxPerPeriod: count("At most this many paid events per period (amount, perUnit, rate).")
      .nullable()
      .optional(),
  },
  "a spiff component",
  "A SPIFF: give exactly one of amount, perUnit, rate or goal.",
);

export const poolSchema = mapping(
  {
    kind: z.literal("pool").describe("Shared pool funded by a share of a credited metric, split by role."),
    ...base(),
    metric: text("Credited metric that funds the pool (usually expansionArr)."),
    fundingRate: ratio("Share of the metric that funds the pool (e.g. 5%)."),
    shares: mapping(
      {
        AE: ratio("AE share of the pool.").optional(),
        AM: ratio("AM share of the pool.").optional(),
        CSM: ratio("CSM share of the pool.").optional(),
        SDR: ratio("SDR share of the pool.").optional(),
      },
      "a mapping of role shares like {AE: 50%, CSM: 50%}",
      "Share of the pool per role; shares sum to ≤ 100%.",
    ),
  },
  "a pool component",
  "A shared pool split between roles.",
);

export const COMPONENT_KINDS = ["commission", "bonus", "milestone", "spiff", "pool"] as const;

const componentError = expecting(
  `a component: a mapping with 'kind' (${COMPONENT_KINDS.map((k) => `'${k}'`).join(", ")})`,
);

export const componentSchema = z
  .discriminatedUnion("kind", [commissionSchema, bonusSchema, milestoneSchema, spiffSchema, poolSchema], {
    error: (issue) => {
      const input: unknown = issue.input;
      if (input !== null && typeof input === "object" && !Array.isArray(input)) {
        const kind = (input as Record<string, unknown>).kind;
        const kinds = COMPONENT_KINDS.join(", ");
        return kind === undefined
          ? `missing: expected one of ${kinds}`
          : `expected one of ${kinds}, got '${String(kind)}'`;
      }
      return componentError.error(issue);
    },
  })
  .describe("A plan component; 'kind' selects commission, bonus, milestone, spiff or pool.");

export type ComponentInput = z.output<typeof componentSchema>;
