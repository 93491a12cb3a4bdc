/**
 * The experiment's `sweep:` section (sim/language/experiment/sweep*.ts): expansion of plan and world
 * parameters into variants and scenarios, ranges, the grid, paths into a file as written, and
 * positioned errors. Oracle: the plan and world files' own numbers (e.g. the activity-era base
 * rate 100,000 / 900,000 = 11.1%, × 2.5 above 125% of quota = 27.8%).
 */
import { describe, expect, test } from "vitest";
import type { CommissionComponent } from "../../sim/language/canonical.js";
import { loadExperimentFile } from "../../sim/language/experiment/loadExperiment.js";
import { setAtPath } from "../../sim/language/experiment/setAtPath.js";
import { sweepValues } from "../../sim/language/experiment/sweepExpansion.js";
import { experimentOf, experimentProblems, MINIMAL_EXPERIMENT } from "./experimentHelpers.js";

describe("setAtPath", () => {
  const data = { components: [{ id: "newArr", tiers: [{ multiplier: 1 }, { multiplier: 2 }] }], market: {} };
  test("keys, list indices and item ids; the input is not changed", () => {
    const set = setAtPath(data, "components.newArr.tiers.1.multiplier", 2.5);
    expect(set.ok && (set.data as typeof data).components[0]!.tiers[1]!.multiplier).toBe(2.5);
    expect(data.components[0]!.tiers[1]!.multiplier).toBe(2);
    const added = setAtPath(data, "market.churnHazard", 1.2);
    expect(added.ok && (added.data as { market: { churnHazard: number } }).market.churnHazard).toBe(1.2);
  });
  test("a missing step names what is there", () => {
    expect(setAtPath(data, "components.newArrr.tiers", 1)).toEqual({
      ok: false,
      message: "no 'newArrr' in components (list items: newArr)",
    });
    expect(setAtPath(data, "payMix.ote", 1)).toEqual({
      ok: false,
      message: "no 'payMix' in the top level (keys: components, market)",
    });
    expect(setAtPath(data, "components..x", 1).ok).toBe(false);
  });
});

describe("sweep values", () => {
  test("a range is evenly spaced, both ends included", () => {
    expect(sweepValues({ from: 1.5, to: 2.5, steps: 3 })).toEqual([1.5, 2, 2.5]);
    expect(sweepValues({ from: 90, to: 360, steps: 4 })).toEqual([90, 180, 270, 360]);
    expect(sweepValues({ from: 1, to: 2, steps: 1 })).toBe("a range needs at least 2 steps");
    expect(sweepValues(["90d", "180d"])).toEqual(["90d", "180d"]);
  });
});

describe("the shipped sensitivity experiment", () => {
  const { params } = loadExperimentFile("scenarios/experiments/sensitivity.yaml");
  const sweep = params.sweep!;

  test("plan values become variants after the written ones, world values become scenarios", () => {
    expect(params.variants.slice(0, 5).map((v) => v.name)).toEqual([
      "Activity era",
      "Outcome",
      "Activity era · accelerator=1.5",
      "Activity era · accelerator=2",
      "Activity era · accelerator=2.5",
    ]);
    // 2 written + 3 accelerator + 3 clawback + 2 NPS + 3 × 2 grid = 16
    expect(params.variants).toHaveLength(16);
    expect(params.variants.at(-1)!.name).toBe("Outcome · clawbackWindow=365d, npsKicker=120%");
    expect(params.scenarios.map((s) => s.name)).toEqual([
      "Baseline",
      "Baseline · churn=0.8",
      "Baseline · churn=1.2",
    ]);
    expect(sweep.parameters.map((p) => [p.name, p.kind, p.values.map((v) => v.index)])).toEqual([
      ["accelerator", "plan", [2, 3, 4]],
      ["clawbackWindow", "plan", [5, 6, 7]],
      ["npsKicker", "plan", [8, 9]],
      ["churn", "world", [1, 2]],
    ]);
    expect(sweep.grid?.cells).toHaveLength(6);
  });

  test("each swept value goes through its file's language", () => {
    const ae = (v: number) => params.variants[v]!.plans.find((p) => p.role === "AE")!;
    const top = (v: number) => (ae(v).components[0] as CommissionComponent).tiers[2]!.rate;
    // hand-computed: base rate 100,000 / 900,000 = 0.1111; × 1.5 = 0.1667, × 2.5 = 0.2778
    expect(top(2)).toBeCloseTo(0.16667, 4);
    expect(top(4)).toBeCloseTo(0.27778, 4);
    expect(ae(3)).toEqual(ae(0)); // accelerator=2 is the plan as written
    const claw = (v: number) => (ae(v).components[0] as CommissionComponent).clawback!.windowDays;
    expect([claw(5), claw(6), claw(7)]).toEqual([90, 180, 365]);
    expect(ae(8).modifiers[0]!.bands.at(-1)!.multiplier).toBe(1);
    expect(ae(9).modifiers[0]!.bands.at(-1)!.multiplier).toBe(1.2);
    // the CSM plan of a swept variant is its base's
    expect(params.variants[5]!.plans.find((p) => p.role === "CSM")).toBe(
      params.variants[1]!.plans.find((p) => p.role === "CSM"),
    );
  });

  test("a swept scenario keeps its base's random key (common random numbers)", () => {
    const churn = params.scenarios[2]!;
    expect(churn.randomKey).toBe("Baseline");
    expect(churn.world.market.schedule.every((m) => m.churnHazard === 1.2)).toBe(true);
    expect(params.scenarios[0]!.randomKey).toBeUndefined();
  });
});

describe("sweep errors, each at its line", () => {
  const withSweep = (lines: string) => `${MINIMAL_EXPERIMENT}sweep:\n${lines}`;
  const param = (over: string) =>
    withSweep(
      `  parameters:\n    - name: accelerator\n      path: components.newArr.tiers.2.multiplier\n${over}`,
    );

  test("a valid minimal sweep: the first variant, the AE plan", () => {
    const { params } = experimentOf(param("      values: [1.5, 2.5]\n"));
    expect(params.variants.map((v) => v.name)).toEqual([
      "A",
      "B",
      "A · accelerator=1.5",
      "A · accelerator=2.5",
    ]);
  });

  test("unknown variant, bad path, invalid value, unknown metric", () => {
    expect(experimentProblems(param("      variant: Z\n      values: [2]\n"))).toEqual([
      "20:16: sweep.parameters.0.variant: no variant named 'Z' (did you mean 'A'?)",
    ]);
    expect(
      experimentProblems(
        withSweep("  parameters:\n    - name: x\n      path: components.nope.rate\n      values: [1]\n"),
      ),
    ).toEqual([
      "20:16: sweep.parameters.0.values.0: ae-activity-era.yaml: no 'nope' in components (list items: newArr)",
    ]);
    const negative = experimentProblems(param("      values: [-1]\n"))[0]!;
    expect(negative).toMatch(
      /^20:16: sweep\.parameters\.0\.values\.0: ae-activity-era\.yaml with components\.newArr\.tiers\.2\.multiplier = -1 is not a valid plan: /,
    );
    expect(experimentProblems(`${param("      values: [2]\n")}  metric: cost.totl\n`)).toEqual([
      "21:11: sweep.metric: 'cost.totl' is not a per-trial metric (did you mean 'cost.total'?)",
    ]);
  });

  test("a world parameter: the month of a shock", () => {
    const text = withSweep(
      "  parameters:\n    - name: shockMonth\n      world: Shock\n      path: shocks.0.month\n      values: [3, 9]\n",
    ).replace("  - ../worlds/baseline.yaml", "  - ../worlds/shock.yaml");
    const { params } = experimentOf(text);
    expect(params.scenarios.map((s) => s.name)).toEqual([
      "Shock",
      "Shock · shockMonth=3",
      "Shock · shockMonth=9",
    ]);
    const lead = (s: number, m: number) => params.scenarios[s]!.world.market.schedule[m]!.leadFlow;
    // shock.yaml: lead flow × 0.6 for 3 months from the shock's month
    expect([lead(0, 12), lead(1, 3), lead(1, 5), lead(1, 6), lead(2, 9), lead(2, 12)]).toEqual([
      0.6, 0.6, 0.6, 1, 0.6, 1,
    ]);
    expect(params.scenarios[1]!.randomKey).toBe("Shock");
  });

  const twoKinds =
    "  parameters:\n    - name: a\n      path: components.newArr.tiers.2.multiplier\n      values: [1.5, 2.5]\n" +
    "    - name: churn\n      world: Baseline\n      path: market.churnHazard\n      values: [0.9, 1.1, 1.3]\n" +
    "    - name: win\n      world: Baseline\n      path: market.winRate\n      values: [0.9, 1.1]\n";

  test("a plan × world grid reads cells the run already has", () => {
    const { params } = experimentOf(withSweep(`${twoKinds}  grid: [a, churn]\n`));
    expect(params.variants).toHaveLength(4); // A, B, A · a=1.5, A · a=2.5: nothing new
    expect(params.scenarios).toHaveLength(1 + 3 + 2);
    const cells = params.sweep!.grid!.cells;
    expect(cells).toHaveLength(6);
    // x = a (variants 2, 3), y = churn (scenarios 1, 2, 3)
    expect(cells.find((c) => c.xi === 1 && c.yi === 2)).toEqual({ xi: 1, yi: 2, variant: 3, scenario: 3 });
  });

  test("a world × world grid makes one scenario per pair, with the base's random key", () => {
    const { params } = experimentOf(withSweep(`${twoKinds}  grid: [churn, win]\n`));
    expect(params.scenarios).toHaveLength(1 + 3 + 2 + 6);
    const last = params.scenarios.at(-1)!;
    expect(last.name).toBe("Baseline · churn=1.3, win=1.1");
    expect(last.randomKey).toBe("Baseline");
    expect(last.world.market.schedule[0]).toMatchObject({ churnHazard: 1.3, winRate: 1.1 });
    expect(params.sweep!.grid!.cells.at(-1)).toEqual({ xi: 2, yi: 1, variant: 0, scenario: 11 });
  });

  test("grid errors: unknown names, one parameter twice, different variants", () => {
    expect(experimentProblems(withSweep(`${twoKinds}  grid: [a, chrun]\n`))).toEqual([
      "29:13: sweep.grid.1: no sweep parameter named 'chrun' (did you mean 'churn'?)",
    ]);
    expect(experimentProblems(withSweep(`${twoKinds}  grid: [a, a]\n`))).toEqual([
      "29:9: sweep.grid: a grid needs two different parameters",
    ]);
    const other =
      "    - name: b\n      variant: B\n      path: components.newArr.accelerators.1.multiplier\n      values: [2]\n";
    expect(experimentProblems(withSweep(`${twoKinds}${other}  grid: [a, b]\n`))).toEqual([
      "33:9: sweep.grid: 'a' and 'b' change different variants; a grid changes one",
    ]);
  });
});
