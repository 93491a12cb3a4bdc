/**
 * The cost vs customer-value frontier (sim/engine/run/frontier.ts): Pareto dominance on the
 * means, checked on a hand-made set of points.
 */
import { expect, test } from "vitest";
import { dominates, paretoFrontier } from "../../sim/engine/run/frontier.js";

test("efficient variants are those no other variant beats on both cost and value", () => {
  const points = [
    { variant: "A", cost: 100, value: 10 }, // dominated by B and D (both cheaper, more value)
    { variant: "B", cost: 90, value: 12 }, // efficient
    { variant: "C", cost: 120, value: 15 }, // efficient: most value
    { variant: "D", cost: 90, value: 11 }, // dominated by B (same cost, less value)
    { variant: "E", cost: 80, value: 5 }, // efficient: cheapest
    { variant: "F", cost: Number.NaN, value: 99 }, // no cost estimate: never efficient
  ];
  const flags = paretoFrontier(points);
  expect(flags.map((f) => f.efficient)).toEqual([false, true, true, false, true, false]);
  expect(flags[0]!.dominatedBy).toEqual(["B", "D"]);
  expect(flags[3]!.dominatedBy).toEqual(["B"]);
  expect(dominates(points[1]!, points[1]!)).toBe(false); // a point does not dominate an equal one
});
