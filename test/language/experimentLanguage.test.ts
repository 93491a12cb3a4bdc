import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadExperimentFile } from "../../sim/language/experiment/loadExperiment.js";
import { largestRemainder } from "../../sim/language/experiment/resolvePopulation.js";
import { validateText } from "../../sim/language/validateDocument.js";
import {
  EXPERIMENT_FILE,
  experimentOf,
  experimentProblems,
  MINIMAL_EXPERIMENT,
} from "./experimentHelpers.js";

// Oracle: positions are counted by hand in MINIMAL_EXPERIMENT (line 2 horizon, 4 trials,
// 6–9 variants, 11 scenario, 12 population, 14 AE, 15 CSM); normalized values by hand.

const withBehaviour = (lines: string) => `${MINIMAL_EXPERIMENT}  behaviour:\n${lines}`;

describe("experiment shorthands", () => {
  it("durations, seeds, plans and scenarios normalize", () => {
    const { params, options, files } = experimentOf(MINIMAL_EXPERIMENT);
    expect(params.horizonMonths).toBe(24); // 8 quarters
    expect(params.tailMonths).toBe(12); // default
    expect(params.seed).toBe("7");
    expect(params.start).toBe("2025-01-01");
    expect(params.trials).toBe(100);
    expect(params.precision).toBeNull();
    expect(params.budget).toBeNull();
    expect(params.repDetailTrials).toBe(10);
    expect(options.byLever).toBe(true);
    expect(params.variants.map((v) => [v.name, v.plans.map((p) => p.role)])).toEqual([
      ["A", ["AE", "CSM"]],
      ["B", ["AE"]],
    ]);
    expect(params.scenarios.map((s) => s.name)).toEqual(["Baseline"]);
    expect(params.scenarios[0]!.world.market.schedule).toHaveLength(36); // 24 + 12
    expect(files.map((f) => f.split("/").slice(-2).join("/"))).toEqual([
      "experiments/test.yaml",
      "plans/ae-activity-era.yaml",
      "plans/csm-outcome.yaml",
      "plans/ae-outcome.yaml",
      "worlds/baseline.yaml",
    ]);
  });
  it("a role count splits by segmentMix with the largest remainder", () => {
    // 10 × 40/40/20 = 4/4/2 exactly; CSM given by segment
    expect(experimentOf(MINIMAL_EXPERIMENT).params.population.headcount).toEqual([
      { role: "AE", segment: "SMB", count: 4 },
      { role: "AE", segment: "MM", count: 4 },
      { role: "AE", segment: "ENT", count: 2 },
      { role: "CSM", segment: "SMB", count: 2 },
      { role: "CSM", segment: "MM", count: 2 },
    ]);
    // 24 × 40/40/20 = 9.6/9.6/4.8 → floors 9/9/4, two left: ENT (.8) then SMB (.6, earlier)
    expect(largestRemainder(24, [0.4, 0.4, 0.2])).toEqual([10, 9, 5]);
    expect(largestRemainder(7, [1 / 3, 1 / 3, 1 / 3])).toEqual([3, 2, 2]);
  });
  it("other spellings: years, months, text seeds, budget, precision, named scenarios", () => {
    const text = MINIMAL_EXPERIMENT.replace(
      "horizon: 8 quarters",
      "horizon: 2 years\ntail: 6 months\nbudget: 1.5M",
    )
      .replace("seed: 7", "seed: spring-review")
      .replace("trials: 100", "precision: {relativeSe: 0.5%}\ngaming: {byLever: false}")
      .replace("  - ../worlds/baseline.yaml", "  - {name: Slump, world: ../worlds/downturn.yaml}");
    const { params, options } = experimentOf(text);
    expect([params.horizonMonths, params.tailMonths, params.budget, params.seed]).toEqual([
      24,
      6,
      1_500_000,
      "spring-review",
    ]);
    expect(params.trials).toBeNull();
    expect(params.precision).toEqual({ metric: "cost.total", relativeSe: 0.005, maxTrials: 100_000 });
    expect(options.byLever).toBe(false);
    expect(params.scenarios[0]!.name).toBe("Slump");
    expect(params.scenarios[0]!.world.market.schedule[9]!.winRate).toBe(0.7225); // 0.85 × shock 0.85
  });
  it("the behaviour mix defaults and keeps defaults per profile", () => {
    expect(
      experimentOf(MINIMAL_EXPERIMENT).params.population.behaviour.map((b) => [b.name, b.share]),
    ).toEqual([
      ["honest", 0.5],
      ["opportunist", 0.35],
      ["strategic", 0.15],
    ]);
    const mix = experimentOf(withBehaviour("    - {name: all, share: 100%, gamingPropensity: 1}\n")).params
      .population.behaviour;
    expect(mix).toEqual([
      { name: "all", share: 1, gamingPropensity: 1, riskAversion: 0.5, incentiveResponse: 1 },
    ]);
  });
  it("the shipped experiments load", () => {
    const reference = loadExperimentFile("scenarios/experiments/reference.yaml");
    expect(
      reference.params.population.headcount.filter((r) => r.role === "AE").reduce((n, r) => n + r.count, 0),
    ).toBe(150);
    expect(
      reference.params.population.headcount.filter((r) => r.role === "CSM").reduce((n, r) => n + r.count, 0),
    ).toBe(100);
    expect([reference.params.horizonMonths, reference.params.tailMonths, reference.params.trials]).toEqual([
      24, 12, 10_000,
    ]);
    expect(reference.params.variants).toHaveLength(4);
    const quick = loadExperimentFile("scenarios/experiments/quick.yaml");
    expect(quick.params.population.headcount.reduce((n, r) => n + r.count, 0)).toBe(40);
    expect(quick.params.trials).toBe(200);
    expect(quick.options.byLever).toBe(false);
    const stress = loadExperimentFile("scenarios/experiments/stress.yaml");
    expect(stress.params.scenarios.map((s) => s.name)).toEqual(["Baseline", "Downturn"]);
    expect(stress.options.byLever).toBe(true);
  });
  it("validate dispatches on kind: experiment", () => {
    expect(validateText(MINIMAL_EXPERIMENT, EXPERIMENT_FILE)).toEqual([]);
  });
});

describe("experiment rules, each with its position", () => {
  it("trials or precision, not neither or both", () => {
    expect(experimentProblems(MINIMAL_EXPERIMENT.replace("trials: 100\n", ""))).toEqual([
      "1:1: trials: give trials (e.g. trials: 1000) or precision (e.g. precision: {relativeSe: 1%})",
    ]);
    const both = MINIMAL_EXPERIMENT.replace(
      "trials: 100\n",
      "trials: 100\nprecision: {relativeSe: 1%, metric: cost.totl}\n",
    );
    expect(experimentProblems(both)).toEqual([
      "5:12: precision: give trials or precision, not both",
      "5:37: precision.metric: 'cost.totl' is not a per-trial metric (did you mean 'cost.total'?)",
    ]);
  });
  it("durations must be months, quarters or years", () => {
    expect(experimentProblems(MINIMAL_EXPERIMENT.replace("8 quarters", "8 weeks"))).toEqual([
      "2:10: horizon: expected a duration like 24, '24 months', '8 quarters' or '2 years', got '8 weeks'",
    ]);
    expect(experimentProblems(MINIMAL_EXPERIMENT.replace("8 quarters", "0"))).toEqual([
      "2:10: horizon: the horizon must be at least 1 month",
    ]);
    // 100,000 years = 1,200,000 months; refused by the language, before any month is expanded
    expect(experimentProblems(MINIMAL_EXPERIMENT.replace("8 quarters", "100000 years"))).toEqual([
      "2:10: horizon: 1200000 months is longer than the limit of 600 months (50 years)",
    ]);
    expect(experimentProblems(MINIMAL_EXPERIMENT.replace("8 quarters", "50 years"))).toEqual([]);
  });
  it("start is the first day of a month", () => {
    expect(experimentProblems(`${MINIMAL_EXPERIMENT}start: 2025-01-15\n`)).toEqual([
      "16:8: start: expected the first day of a month like '2025-01-01', got '2025-01-15'",
    ]);
  });
  it("behaviour shares sum to 100% and propensities are 0–1", () => {
    const text = withBehaviour(
      "    - {name: a, share: 60%, gamingPropensity: 0}\n    - {name: b, share: 30%, gamingPropensity: 1.5}\n",
    );
    expect(experimentProblems(text)).toEqual([
      "17:5: population.behaviour: behaviour shares must sum to 100%, got 90% (a 60% + b 30%)",
      "18:47: population.behaviour.1.gamingPropensity: gaming propensity is 0–1 (0–100%), got 1.5",
    ]);
  });
  it("segment shares sum to 100% and the population is not empty", () => {
    expect(experimentProblems(`${MINIMAL_EXPERIMENT}  segmentMix: {SMB: 50%, MM: 40%, ENT: 20%}\n`)).toEqual([
      "16:15: population.segmentMix: segment shares must sum to 100%, got 110%",
    ]);
    expect(
      experimentProblems(MINIMAL_EXPERIMENT.replace("    AE: 10\n    CSM: {SMB: 2, MM: 2}\n", "    AE: 0\n")),
    ).toEqual(["14:5: population.headcount: the population has no reps"]);
  });
  it("variant names are unique and a variant has one plan per role", () => {
    expect(experimentProblems(MINIMAL_EXPERIMENT.replace("name: B", "name: A"))).toEqual([
      "8:11: variants.1.name: duplicate variant name 'A'",
    ]);
    const twoAe = MINIMAL_EXPERIMENT.replace(
      "plans: ../plans/ae-outcome.yaml",
      "plans: [../plans/ae-outcome.yaml, ../plans/ae-capped-ytd.yaml]",
    );
    expect(experimentProblems(twoAe)).toEqual([
      "9:39: variants.1.plans.1: two plans for role AE in one variant ('ae-outcome' and 'ae-capped-ytd')",
    ]);
  });
  it("a missing plan or world file is reported where the experiment names it", () => {
    expect(
      experimentProblems(MINIMAL_EXPERIMENT.replace("../plans/ae-outcome.yaml", "../plans/nope.yaml")),
    ).toEqual(["9:12: variants.1.plans: plan file '../plans/nope.yaml': file not found"]);
    expect(
      experimentProblems(MINIMAL_EXPERIMENT.replace("../worlds/baseline.yaml", "../worlds/nope.yaml")),
    ).toEqual(["11:5: scenarios.0: world file '../worlds/nope.yaml': file not found"]);
  });
  it("a plan file with problems contributes them with its own positions", () => {
    const problems = experimentProblems(
      MINIMAL_EXPERIMENT.replace("../plans/ae-outcome.yaml", "../ledgers/ae-sample.yaml"),
    );
    expect(problems[0]).toBe(
      `9:12: variants.1.plans: plan file '../ledgers/ae-sample.yaml' has ${problems.length - 1} problem(s), listed with their positions`,
    );
    expect(problems.slice(1).every((p) => /ae-sample\.yaml:\d+:\d+: /.test(p))).toBe(true);
  });
  it("misspelled keys get the nearest valid key", () => {
    expect(experimentProblems(MINIMAL_EXPERIMENT.replace("horizon:", "horizn:"))).toEqual([
      "1:1: horizon: missing key 'horizon': expected a duration like 24, '24 months', '8 quarters' or '2 years'",
      "2:1: horizn: unknown key 'horizn' (did you mean 'horizon'?)",
    ]);
    expect(
      experimentProblems(
        MINIMAL_EXPERIMENT.replace(
          "    plans: ../plans/ae-outcome.yaml",
          "    plan: ../plans/ae-outcome.yaml",
        ),
      ),
    ).toEqual([
      "8:5: variants.1.plans: missing key 'plans': expected a plan file or a list of plan files (one per role)",
      "9:5: variants.1.plan: unknown key 'plan' (did you mean 'plans'?)",
    ]);
    expect(experimentProblems(`${MINIMAL_EXPERIMENT}  skilSigma: 0.3\n`)).toEqual([
      "16:3: population.skilSigma: unknown key 'skilSigma' (did you mean 'skillSigma'?)",
    ]);
  });
  it("plans pay in one currency", () => {
    const dir = mkdtempSync(join(tmpdir(), "planbench-currency-"));
    try {
      const euro = readFileSync("scenarios/plans/ae-outcome.yaml", "utf8").replace(
        "currency: USD",
        "currency: EUR",
      );
      writeFileSync(join(dir, "ae-eur.yaml"), euro);
      const text = MINIMAL_EXPERIMENT.replace("../plans/ae-outcome.yaml", join(dir, "ae-eur.yaml"));
      expect(experimentProblems(text)).toEqual([
        "6:3: variants: every plan must pay in the same currency, got USD, EUR",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
