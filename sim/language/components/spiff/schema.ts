/** The SPIFF input schema (plan JSON Schema: components[kind=spiff]). */
import * as z from "zod";
import { LEDGER_EVENT_TYPES } from "../../../core/ledger.js";
import { count, mapping, oneOf, text } from "../../inputScalars.js";
import { isoDate, money, ratio } from "../../planScalars.js";
import { baseKeys } from "../baseSchema.js";

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
    ...baseKeys(),
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

/** A parsed Spiff (scalar shorthands resolved, structure as written). */
export type SpiffSource = z.output<typeof spiffSchema>;
