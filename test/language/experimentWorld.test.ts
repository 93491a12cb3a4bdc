import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem } from "../../sim/errors.js";
import { deepMerge } from "../../sim/language/world/deepMerge.js";
import { expandWorld, marketMonth } from "../../sim/language/world/expandWorld.js";
import { loadWorldDefinition, parseWorld } from "../../sim/language/world/loadWorld.js";
import { MINIMAL_WORLD, WORLD_FILE, worldOf, worldProblems } from "./experimentHelpers.js";

// Oracle: schedules and shocks are hand-expanded month by month; problem positions are counted
// by hand in the test text (MINIMAL_WORLD: line 1 kind, 2 extends, 3 market, 4 leadFlow).

const scratch = mkdtempSync(join(tmpdir(), "planbench-world-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("world shorthands and normalization", () => {
  it("extends the baseline and overrides by deep merge", () => {
    const base = loadWorldDefinition("scenarios/worlds/baseline.yaml").world;
    const world = worldOf(`${MINIMAL_WORLD}sales:\n  MM:\n    winRate: 30%\n`);
    expect(world.sales.MM).toEqual({ ...base.sales.MM, winRate: 0.3 });
    expect(world.sales.SMB).toEqual(base.sales.SMB);
    expect(world.customers).toEqual(base.customers);
    expect(world.id).toBe("test"); // from the file name, not the base's id
  });
  it("deepMerge: mappings merge, lists and scalars replace, null clears", () => {
    expect(
      deepMerge({ a: { b: 1, c: 2 }, l: [1, 2], r: { x: 1 } }, { a: { c: 3 }, l: [9], r: null }),
    ).toEqual({
      a: { b: 1, c: 3 },
      l: [9],
      r: null,
    });
  });
  it("a constant factor is a one-step schedule; absent factors are 1", () => {
    const world = worldOf(MINIMAL_WORLD);
    expect(world.schedule.leadFlow).toEqual([{ from: 0, value: 0.9 }]);
    expect(world.schedule.winRate).toEqual([{ from: 0, value: 1 }]);
  });
  it("expands steps and shocks to one entry per month (horizon + tail)", () => {
    const world = worldOf(
      `${MINIMAL_WORLD.replace("leadFlow: 0.9", "leadFlow: [{from: 0, value: 1}, {from: 6, value: 80%}]")}` +
        "shocks:\n  - {month: 9, duration: 2, factors: {leadFlow: 0.5, churnHazard: 1.5}}\n  - {month: 10, factors: {winRate: 0.9}}\n",
    );
    const params = expandWorld(world, 13);
    expect(params.market.schedule).toHaveLength(13);
    // hand-expanded: 1 ×6, 0.8 ×3, 0.8 × 0.5 = 0.4 in months 9–10, 0.8 after
    expect(params.market.schedule.map((m) => m.leadFlow)).toEqual([
      1, 1, 1, 1, 1, 1, 0.8, 0.8, 0.8, 0.4, 0.4, 0.8, 0.8,
    ]);
    expect(params.market.schedule.map((m) => m.churnHazard).slice(8, 12)).toEqual([1, 1.5, 1.5, 1]);
    // no duration = to the end
    expect(params.market.schedule.map((m) => m.winRate).slice(9)).toEqual([1, 0.9, 0.9, 0.9]);
    expect(marketMonth(world, 0)).toEqual({
      leadFlow: 1,
      winRate: 1,
      dealSize: 1,
      cycleLength: 1,
      churnHazard: 1,
      expansionRate: 1,
      discountPressure: 1,
    });
  });
  it("regimes become a row-stochastic matrix (staying = the rest of the row)", () => {
    const world = worldOf(
      `${MINIMAL_WORLD}regimes:\n  initial: downturn\n  states:\n    - name: normal\n      transitions: {downturn: 4%}\n` +
        "    - name: downturn\n      factors: {leadFlow: 0.8}\n      transitions: {normal: 15%}\n",
    );
    expect(world.regimes?.names).toEqual(["normal", "downturn"]);
    expect(world.regimes?.transition).toEqual([
      [0.96, 0.04],
      [0.15, 0.85],
    ]);
    expect(world.regimes?.initial).toBe(1);
    expect(world.regimes?.multipliers[1]?.leadFlow).toBe(0.8);
    expect(world.regimes?.multipliers[1]?.winRate).toBe(1);
  });
  it("every shipped world is valid", () => {
    for (const name of ["baseline", "downturn", "recovery", "growth", "regimes", "seasonality", "shock"]) {
      expect(() => loadWorldDefinition(`scenarios/worlds/${name}.yaml`), name).not.toThrow();
    }
  });
});

describe("world rules, each with its position", () => {
  it("schedules start at month 0 and ascend", () => {
    const text = MINIMAL_WORLD.replace(
      "leadFlow: 0.9",
      "leadFlow: [{from: 2, value: 1}, {from: 1, value: 0.8}]",
    );
    expect(worldProblems(text)).toEqual([
      "4:21: market.leadFlow.0.from: the first step must start at month 0, got 2",
      "4:42: market.leadFlow.1.from: steps must ascend: month 1 follows month 2",
    ]);
  });
  it("probabilities, term mixes and cycles", () => {
    const text = `${MINIMAL_WORLD}customers:\n  SMB:\n    renewalChurn: 150%\nsales:\n  MM:\n    termMix: [50%, 20%, 10%]\n    cycleMonths: [5, 2]\n    typicalDiscount: 100%\n`;
    expect(worldProblems(text)).toEqual([
      "7:19: customers.SMB.renewalChurn: expected a probability of at most 100%, got 1.5 (150%)",
      "10:14: sales.MM.termMix: term shares must sum to 100%, got 80%",
      "11:18: sales.MM.cycleMonths: the shortest cycle (5) exceeds the longest (2)",
      "12:22: sales.MM.typicalDiscount: a discount must be below 100%",
    ]);
  });
  it("NPS scores are 0–10", () => {
    expect(worldProblems(`${MINIMAL_WORLD}surveys:\n  scoreAtHealthy: 11\n`)).toEqual([
      "6:19: surveys.scoreAtHealthy: an NPS score is 0–10, got 11",
    ]);
  });
  it("regimes name known regimes and stay within 100%", () => {
    const text =
      `${MINIMAL_WORLD}regimes:\n  initial: norml\n  states:\n    - name: normal\n      transitions: {downturm: 5%}\n` +
      "    - name: downturn\n      transitions: {normal: 70%, downturn: 10%}\n    - name: boom\n      transitions: {normal: 60%, downturn: 50%}\n";
    expect(worldProblems(text)).toEqual([
      "6:12: regimes.initial: no regime named 'norml' (did you mean 'normal'?)",
      "9:31: regimes.states.0.transitions.downturm: no regime named 'downturm' (did you mean 'downturn'?)",
      "11:44: regimes.states.1.transitions.downturn: a regime cannot list a transition to itself: staying is the rest of the row",
      "13:20: regimes.states.2.transitions: switching probabilities sum to more than 100% (110%)",
    ]);
  });
  it("misspelled keys get the nearest valid key", () => {
    expect(worldProblems(`${MINIMAL_WORLD}surveys:\n  responseRat: 20%\n`)).toEqual([
      "6:3: surveys.responseRat: unknown key 'responseRat' (did you mean 'responseRate'?)",
    ]);
    expect(worldProblems(MINIMAL_WORLD.replace("leadFlow", "leadflow"))).toEqual([
      "4:3: market.leadflow: unknown key 'leadflow' (did you mean 'leadFlow'?)",
    ]);
  });
  it("a world without extends must be complete", () => {
    const problems = worldProblems("kind: world\nmarket: {}\n");
    expect(problems).toContain(
      "1:1: sales: missing key 'sales': expected a mapping of SMB, MM and ENT sales parameters",
    );
  });
  it("extends: missing file, not a world, cycles — at the extends line", () => {
    expect(worldProblems(MINIMAL_WORLD.replace("baseline.yaml", "nope.yaml"))).toEqual([
      "2:10: extends: nope.yaml: file not found",
    ]);
    expect(worldProblems("kind: world\nextends: ../plans/ae-outcome.yaml\n")).toEqual([
      "2:10: extends: ../plans/ae-outcome.yaml is not a world file (kind: world)",
    ]);
    writeFileSync(join(scratch, "a.yaml"), "kind: world\nextends: b.yaml\n");
    writeFileSync(join(scratch, "b.yaml"), "kind: world\nextends: a.yaml\n");
    const cycle = parseWorld("kind: world\nextends: b.yaml\n", join(scratch, "a.yaml"));
    expect(cycle.problems.map((p) => formatProblem({ ...p, file: p.file.replace(scratch, "") }))).toEqual([
      "/b.yaml:2:10: extends: 'a.yaml' makes a cycle",
    ]);
  });
  it("a problem in the base file is reported in the base file", () => {
    writeFileSync(join(scratch, "base.yaml"), "kind: world\nsurveys:\n  responseRate: 2\n");
    const result = parseWorld(
      `kind: world\nextends: base.yaml\nmarket: {winRate: 0.9}\n`,
      join(scratch, "child.yaml"),
    );
    const located = result.problems.map((p) => formatProblem({ ...p, file: p.file.replace(scratch, "") }));
    // inside a mapping only the base has: located in the base file
    expect(located).toContain(
      "/base.yaml:3:3: surveys.scoreSd: missing key 'scoreSd': expected a number ≥ 0 or a percent like '10%'",
    );
    // missing at the top: the extending file (the document being validated)
    expect(located).toContain(
      "/child.yaml:1:1: sales: missing key 'sales': expected a mapping of SMB, MM and ENT sales parameters",
    );
  });
  it("the file name decides the default id", () => {
    expect(parseWorld(MINIMAL_WORLD, WORLD_FILE).world?.id).toBe("test");
  });
});
