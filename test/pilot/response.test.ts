/**
 * --response: the simulator's candidate − control differences (a planbench run's summary.json)
 * become the pilot's target effects. Fixture: a hand-written summary.json in the run format
 * (sim/engine/run/summary.ts), so the figures read back are known.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { designPilot } from "../../sim/pilot/designPilot.js";
import { readSimulatedResponse } from "../../sim/pilot/simulatedResponse.js";
import { tempDir, writeText } from "../data/tmp.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

const est = (mean: number, se: number) => ({
  mean,
  se,
  ci95: [mean - 2 * se, mean + 2 * se],
  n: 50,
  missing: 0,
});
const diff = (difference: number, se: number) => ({ difference, se, ci95: [0, 0], n: 50 });

function writeSummary(dir: string): string {
  const cells = [
    { variant: "Current", metrics: { "cost.ratio": est(0.12, 0.002), "customer.nrr": est(1.04, 0.003) } },
    { variant: "Candidate", metrics: { "cost.ratio": est(0.1, 0.002), "customer.nrr": est(1.05, 0.003) } },
    { variant: "Third", metrics: { "cost.ratio": est(0.15, 0.002), "customer.nrr": est(1.01, 0.004) } },
  ].map((c) => ({ scenario: "Baseline", population: "configured", ...c }));
  const summary = {
    kind: "run",
    trials: 50,
    scenarios: ["Baseline"],
    variants: ["Current", "Candidate", "Third"],
    populations: ["configured", "honest"],
    cells,
    paired: [
      {
        scenario: "Baseline",
        population: "configured",
        variant: "Candidate",
        base: "Current",
        metrics: {
          "cost.ratio": diff(-0.025, 0.001),
          "customer.nrr": diff(0, 0),
          "customer.npsTrue": diff(-1.5, 0.2),
        },
      },
    ],
  };
  return writeText(join(dir, "summary.json"), JSON.stringify(summary));
}

describe("simulated response (--response)", () => {
  const dir = tempDir("pilot-response");
  writeSummary(dir);

  it("reads the paired difference of the candidate vs the run's base", () => {
    const r = readSimulatedResponse({ file: dir });
    expect([r.variant, r.control, r.population, r.trials]).toEqual([
      "Candidate",
      "Current",
      "configured",
      50,
    ]);
    expect(r.effects.cost).toEqual({ difference: -0.025, se: 0.001, paired: true });
    expect(r.effects.nrr).toEqual({ difference: 0, se: 0, paired: true });
    expect(r.npsTrue).toEqual({ difference: -1.5, se: 0.2, paired: true });
  });

  it("falls back to the difference of cell means with the unpaired SE for a non-base control", () => {
    const r = readSimulatedResponse({
      file: join(dir, "summary.json"),
      variant: "Third",
      control: "Candidate",
    });
    // hand-computed: 0.15 − 0.10 = 0.05, SE √(0.002² + 0.002²) = 0.0028284
    expect(r.effects.cost!.difference).toBeCloseTo(0.05, 12);
    expect(r.effects.cost!.se).toBeCloseTo(0.0028284271, 9);
    expect(r.effects.cost!.paired).toBe(false);
  });

  it("names the run's variants for an unknown one, and refuses a file that is not a run summary", () => {
    expect(() => readSimulatedResponse({ file: dir, variant: "Nope" })).toThrow(
      "--response-variant: the run has no variant 'Nope'; it has 'Current', 'Candidate', 'Third'",
    );
    const other = writeText(
      join(tempDir("pilot-response-bad"), "summary.json"),
      JSON.stringify({ kind: "backtest" }),
    );
    expect(() => readSimulatedResponse({ file: other })).toThrow("not the summary.json of a planbench run");
    expect(() => readSimulatedResponse({ file: join(dir, "missing.json") })).toThrow("--response: expected");
  });

  it("uses the simulated difference as the target effect; --effect overrides it", () => {
    const design = designPilot({
      data: join(PROJECT_ROOT, "data/mappings/maven-crm.yaml"),
      plan: join(PROJECT_ROOT, "scenarios/plans/ae-outcome.yaml"),
      control: join(PROJECT_ROOT, "scenarios/plans/ae-activity-era.yaml"),
      group: ["region=Central"],
      outcomes: ["cost"],
      replicates: 200,
      response: { file: dir },
    });
    const cost = design.outcomes[0]!;
    expect([cost.effect, cost.effectSource]).toEqual([-0.025, "simulation"]);
    expect(design.response!.variant).toBe("Candidate");
    const given = designPilot({
      data: join(PROJECT_ROOT, "data/mappings/maven-crm.yaml"),
      plan: join(PROJECT_ROOT, "scenarios/plans/ae-outcome.yaml"),
      control: join(PROJECT_ROOT, "scenarios/plans/ae-activity-era.yaml"),
      group: ["region=Central"],
      outcomes: ["cost"],
      effects: { cost: -0.04 },
      replicates: 200,
      response: { file: dir },
    });
    expect([given.outcomes[0]!.effect, given.outcomes[0]!.effectSource]).toEqual([-0.04, "--effect"]);
  });
});
