/**
 * Seasonality and shocks in the world language: `seasonality:` multiplies the schedule by
 * calendar month (month 0 = the experiment's start month), a shock starts at its month, and a
 * bad seasonality list gets a positioned error. Oracle: the multipliers written in the files.
 */
import { describe, expect, test } from "vitest";
import { calendarMonthIndex, expandWorld, marketMonth } from "../../sim/language/world/expandWorld.js";
import { loadWorldDefinition, parseWorld } from "../../sim/language/world/loadWorld.js";

const SEASONAL = [0.8, 0.9, 1.0, 0.95, 1.0, 1.1, 0.85, 0.8, 1.1, 1.05, 1.15, 1.3];

describe("seasonality", () => {
  const { world } = loadWorldDefinition("scenarios/worlds/seasonality.yaml");

  test("the shipped pattern averages 1 over a year, Q4 the strongest quarter", () => {
    expect(world.seasonality.leadFlow).toEqual(SEASONAL);
    expect(world.seasonality.winRate).toEqual(Array(12).fill(1));
    const year = SEASONAL.reduce((a, b) => a + b, 0);
    expect(year).toBeCloseTo(12, 12);
    // hand-computed: Q4 = 1.05 + 1.15 + 1.3 = 3.5 of 12 = 29.2%; Q1 = 0.8 + 0.9 + 1.0 = 2.7 = 22.5%
    expect((SEASONAL[9]! + SEASONAL[10]! + SEASONAL[11]!) / year).toBeCloseTo(0.2917, 4);
  });

  test("month m uses its calendar month: a run from July starts at July's multiplier", () => {
    expect(calendarMonthIndex(0, 1)).toBe(0);
    expect(calendarMonthIndex(13, 1)).toBe(1);
    expect(calendarMonthIndex(0, 7)).toBe(6);
    expect(calendarMonthIndex(6, 7)).toBe(0); // January of the next year
    expect(marketMonth(world, 0, 7).leadFlow).toBe(0.85);
    const fromJanuary = expandWorld(world, 24, 1).market.schedule;
    expect(fromJanuary[11]!.leadFlow).toBe(1.3);
    expect(fromJanuary[12]!.leadFlow).toBe(0.8);
    expect(fromJanuary[5]!.dealSize).toBe(1);
  });

  test("a list that is not 12 multipliers is an error at its line", () => {
    const text = ["kind: world", "extends: baseline.yaml", "seasonality:", "  leadFlow: [1, 1, 1]", ""].join(
      "\n",
    );
    const result = parseWorld(text, "scenarios/worlds/bad-season.yaml");
    expect(result.world).toBeNull();
    expect(result.problems.map((p) => `${p.line}: ${p.path}: ${p.message}`)).toEqual([
      "4: seasonality.leadFlow: expected twelve multipliers, one per calendar month January … December, got 3 values",
    ]);
  });
});

describe("a shock at a chosen month", () => {
  test("shock.yaml: months 12–14 are hit, month 15 is back at the baseline", () => {
    const { world } = loadWorldDefinition("scenarios/worlds/shock.yaml");
    const schedule = expandWorld(world, 36).market.schedule;
    expect(schedule[11]!.leadFlow).toBe(1);
    expect(schedule[12]!.leadFlow).toBe(0.6);
    expect(schedule[14]!.cycleLength).toBe(1.3);
    expect(schedule[15]!.leadFlow).toBe(1);
  });

  test("downturn.yaml: the trough multiplies the step by the shock", () => {
    const { world } = loadWorldDefinition("scenarios/worlds/downturn.yaml");
    const m = expandWorld(world, 36).market.schedule;
    // hand-computed: lead flow 0.8 × 0.85 = 0.68; churn 1.3 × 1.4 = 1.82; expansion 0.75 × 0.8 = 0.6
    expect(m[10]!.leadFlow).toBe(0.68);
    expect(m[10]!.churnHazard).toBe(1.82);
    expect(m[10]!.expansionRate).toBe(0.6);
    expect(m[15]!.leadFlow).toBe(0.8);
    expect(m[5]!.dealSize).toBe(1);
    expect(m[6]!.dealSize).toBe(0.9);
  });
});
