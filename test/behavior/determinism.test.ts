/**
 * DESIGN §7: randomness is keyed and drawn by the world; the behaviour model draws none and
 * reads no clock, so the same inputs give the same decision (paired honest-vs-gaming trials rely
 * on it).
 */
import { afterEach, describe, expect, test, vi } from "vitest";
import { decideMonth } from "../../sim/behavior/decide.js";
import { planResponse } from "../../sim/behavior/planResponse.js";
import { ALL_LEVERS, EXAMPLE_PLANS, examplePlan, lastMonth, view } from "./fixtures.js";

afterEach(() => vi.restoreAllMocks());

describe("determinism", () => {
  test("same inputs ⇒ same decision; no Math.random, no Date.now", () => {
    vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random called");
    });
    vi.spyOn(Date, "now").mockImplementation(() => {
      throw new Error("Date.now called");
    });
    for (const name of EXAMPLE_PLANS) {
      const views = [view(), lastMonth(0.95), lastMonth(1.4, { riskAversion: 0.5, gamingPropensity: 0.6 })];
      for (const v of views) {
        const a = decideMonth(v, planResponse(examplePlan(name)), ALL_LEVERS);
        const b = decideMonth({ ...v }, planResponse(examplePlan(name)), new Set(ALL_LEVERS));
        expect(b).toEqual(a);
      }
    }
  });
});
