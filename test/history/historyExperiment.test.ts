/**
 * The history world source as the experiment language declares it (issue 17): errors name the
 * experiment's file:line and what was expected; a history resolved into an ordinary experiment.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputError } from "../../sim/errors.js";
import { resolveHistory } from "../../sim/history/resolveHistory.js";
import { HISTORICAL_VARIANT } from "../../sim/language/experiment/historySource.js";
import { loadExperimentFile, parseExperiment } from "../../sim/language/experiment/loadExperiment.js";
import { historyExperiment, PLAN } from "./fixtures.js";

function problemsOf(file: string) {
  return parseExperiment(readFileSync(file, "utf8"), file).problems;
}

const lineOf = (file: string, text: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .findIndex((l) => l.includes(text)) + 1;

describe("world: {history} in an experiment", () => {
  it("a missing history names the world.history line", () => {
    const file = historyExperiment({ history: "/nowhere/at/all" });
    const p = problemsOf(file);
    expect(p).toHaveLength(1);
    expect(p[0]!.file).toBe(file);
    expect(p[0]!.line).toBe(lineOf(file, "history: /nowhere"));
    expect(p[0]!.message).toMatch(/no data folder or mapping file/);
  });

  it("needs historicalPlans, refuses scenarios beside it and AEs in the headcount", () => {
    const none = historyExperiment({ historical: [] });
    expect(
      problemsOf(none)
        .map((p) => p.message)
        .join("\n"),
    ).toMatch(/needs historicalPlans/);
    const both = historyExperiment({ extra: "scenarios: [../worlds/baseline.yaml]" });
    expect(problemsOf(both).some((p) => /not both/.test(p.message))).toBe(true);
    const aes = historyExperiment({ headcount: "{AE: 10}" });
    const p = problemsOf(aes).find((x) => /AEs are the history's own/.test(x.message));
    expect(p?.line).toBe(lineOf(aes, "headcount: {AE: 10}"));
  });

  it("the historical plans are the first variant, the reference of paired differences", () => {
    const loaded = loadExperimentFile(historyExperiment());
    expect(loaded.params.variants.map((v) => v.name)).toEqual([HISTORICAL_VARIANT, "V1"]);
    expect(loaded.params.historySource?.at.line).toBeGreaterThan(0);
  });

  it("a start inside a historical period is refused at the experiment's world.history line", () => {
    const file = historyExperiment({ start: "2025-02-01" });
    const loaded = loadExperimentFile(file);
    let error: unknown = null;
    try {
      resolveHistory(loaded.params);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const p = (error as InputError).problems[0]!;
    expect(p.file).toBe(file);
    expect(p.line).toBe(lineOf(file, "history:"));
    expect(p.message).toMatch(/starts \(2025-02-01\) inside a period/);
    expect(p.hint).toMatch(/first day of a quarter/);
  });

  it("resolves to an ordinary experiment: the AEs are the history's, one scenario, the history attached", () => {
    const r = resolveHistory(
      loadExperimentFile(historyExperiment({ variants: [PLAN("ae-outcome")] })).params,
    )!;
    const h = r.experiment.history!;
    const aes = r.experiment.population.headcount
      .filter((x) => x.role === "AE")
      .reduce((n, x) => n + x.count, 0);
    expect(aes).toBe(h.reps.length);
    expect(h.reps.length).toBe(90); // data/sample's 90 AEs
    expect(h.blockMonths).toBe(3);
    expect(r.experiment.scenarios).toHaveLength(1);
    expect(r.experiment.historyReport?.backtest?.periods).toBe(4);
    expect(r.experiment.historyReport?.ungaming).toBeNull(); // ungame: false
  });
});
