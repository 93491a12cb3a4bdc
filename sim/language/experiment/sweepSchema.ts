/**
 * The `sweep:` section of an experiment (sensitivity analysis) as users write it:
 *
 *   sweep:
 *     metric: cost.total             # tornado and heatmap metric (default cost.total)
 *     value: arr.endOfHorizon        # customer value of the cost–value frontier (default)
 *     scenario: Baseline             # scenario of the plan tornado and heatmap (default: the first)
 *     parameters:
 *       - name: accelerator
 *         variant: Activity era      # the variant whose plan changes (default: the first)
 *         role: AE                   # which of its plans (default AE)
 *         path: components.newArr.tiers.2.multiplier
 *         values: [1.5, 2, 2.5]      # or {from: 1.5, to: 2.5, steps: 5}
 *       - name: churn
 *         world: Baseline            # a world parameter: the scenario whose world changes
 *         path: customers.SMB.monthlyChurnHazard
 *         values: [0.4%, 0.6%, 0.8%]
 *     grid: [accelerator, churn]     # every pair of two parameters' values (heatmap): two plan
 *                                    # parameters of one variant, plan × world, or two world
 *                                    # parameters of one scenario
 *
 * Paths walk the plan or world file as written (after `extends`): keys, list indices, or the
 * `id`/`name` of a list item. Values are written as in that file (150%, 90d, 120k) and checked
 * by its language. sweepExpansion.ts turns the section into variants and scenarios.
 */
import * as z from "zod";
import { count, expecting, identifier, listOf, mapping, signedNumber, text } from "../inputScalars.js";

const rawValue = z
  .union(
    [z.number(), z.string(), z.boolean()],
    expecting("a value as the plan or world file would write it (a number, or text like '150%' or '90d')"),
  )
  .describe("A value of the parameter, written as in the plan or world file.");

const rangeSchema = mapping(
  {
    from: signedNumber("First value."),
    to: signedNumber("Last value."),
    steps: count("Number of values from `from` to `to`, evenly spaced (at least 2)."),
  },
  "a range {from, to, steps}",
  "Evenly spaced numeric values, both ends included.",
);

const valuesError = expecting(
  "a list of values like [1.5, 2, 2.5] or a range {from: 1.5, to: 2.5, steps: 3}",
);

export const sweepParameterSchema = mapping(
  {
    name: identifier("Parameter name (unique), used in variant names and the tornado."),
    variant: text("Variant whose plan changes (a plan parameter; default: the first variant).").optional(),
    role: z
      .enum(["AE", "AM", "CSM", "SDR"], expecting("a role: AE, AM, CSM or SDR"))
      .describe("Role of the plan that changes (default AE).")
      .optional(),
    world: text("Scenario (by name) whose world changes: makes this a world parameter.").optional(),
    path: z
      .string(expecting("a path like components.newArr.tiers.2.multiplier"))
      .min(1, expecting("a path like components.newArr.tiers.2.multiplier"))
      .describe(
        "Where the value goes in the plan or world file: keys, list indices or item ids, dot-separated.",
      ),
    values: z
      .union([z.array(rawValue, valuesError), rangeSchema], valuesError)
      .describe("The values: a list as the file would write them, or a numeric range {from, to, steps}."),
  },
  "a sweep parameter {name, path, values}",
  "One swept parameter of a plan or a world.",
);

export const sweepSchema = mapping(
  {
    metric: text("Metric of the tornado and heatmap (default cost.total).").default("cost.total"),
    value: text("Customer-value metric of the cost–value frontier (default arr.endOfHorizon).").default(
      "arr.endOfHorizon",
    ),
    scenario: text("Scenario of the plan tornado and heatmap (default: the first).").optional(),
    parameters: listOf(sweepParameterSchema, "sweep parameters", "The swept parameters.").min(
      1,
      expecting("at least one parameter"),
    ),
    grid: z
      .tuple(
        [identifier("First parameter (heatmap x)."), identifier("Second parameter (heatmap y).")],
        expecting("two parameter names [x, y]"),
      )
      .describe(
        "Two parameters swept together, every pair of values (a heatmap): two plan parameters of one variant, a plan and a world parameter, or two world parameters of one scenario.",
      )
      .optional(),
  },
  "a sweep mapping {parameters, metric, value, grid}",
  "Sensitivity analysis: plan and world parameters swept one at a time (tornado) or as a grid (heatmap).",
);

export type SweepSource = z.output<typeof sweepSchema>;
export type SweepParameterSource = SweepSource["parameters"][number];
