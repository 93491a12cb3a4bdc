/**
 * The pilot designer on maven-crm through data/mappings/maven-crm.yaml: the Central office's
 * agents piloting a plan against a flat 10% control. Maven is a bookings-only export (no churn,
 * no surveys) of 10 months: retention and NPS are "not available in this data", and the cost
 * ratio's power comes from the AR(1) model (too few agents to resample).
 * Oracles: sales_teams.csv and sales_pipeline.csv read directly.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { designPilot, type PilotOptions } from "../../sim/pilot/designPilot.js";
import { MIN_BOOTSTRAP_UNITS } from "../../sim/pilot/powerGrid.js";
import { pilotJson } from "../../sim/pilot/writePilot.js";
import { datasetFile, PROJECT_ROOT } from "../helpers/datasets.js";

const path = (p: string) => join(PROJECT_ROOT, p);

function csvRows(file: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(file, "utf8").split(/\r?\n/).filter(Boolean);
  const columns = head!.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [columns[i]!, v])));
}

describe("pilot on maven-crm (regional office Central)", () => {
  const options: PilotOptions = {
    data: path("data/mappings/maven-crm.yaml"),
    plan: path("scenarios/plans/ae-activity-era.yaml"),
    control: path("test/backtest/fixtures/flat-ae.yaml"),
    group: ["region=Central"],
    effects: { cost: -0.03 },
    preMonths: 4,
    replicates: 400,
  };
  const design = designPilot(options);
  const cost = design.outcomes.find((o) => o.outcome === "cost")!;

  it("selects Central's agents (sales_teams.csv) and prints the default seed", () => {
    const teams = csvRows(datasetFile("maven-crm/sales_teams.csv"));
    expect(design.group.pilotReps).toEqual(
      teams
        .filter((t) => t.regional_office === "Central")
        .map((t) => t.sales_agent)
        .sort(),
    );
    expect(design.group.restReps).toBe(teams.length - design.group.pilotReps.length);
    expect(design.seed).toBe(1);
    expect(design.seedIsDefault).toBe(true);
  });

  it("says plainly what a bookings-only export cannot support", () => {
    for (const id of ["nrr", "grr", "nps"]) {
      const o = design.outcomes.find((x) => x.outcome === id)!;
      expect(o.available).toBe(false);
      expect(o.cells).toHaveLength(0);
    }
    expect(design.outcomes.find((o) => o.outcome === "nrr")!.reason).toContain(
      "no expansion, contraction or churn",
    );
    expect(design.card.pilot.nrr).toEqual({
      value: null,
      note: "not available in this data (no churn or contraction recorded)",
    });
    expect(design.card.pilot.nps.value).toBeNull();
    expect(design.primary).toBe("cost");
  });

  it("costs the group 10% of its won close_value under the flat control (sales_pipeline.csv)", () => {
    const central = new Set(design.group.pilotReps);
    const won = csvRows(datasetFile("maven-crm/sales_pipeline.csv")).filter(
      (r) => r.deal_stage === "Won" && central.has(r.sales_agent!),
    );
    const value = won.reduce((s, r) => s + Number(r.close_value), 0);
    expect(design.card.pilot.costRatioControl.value).toBeCloseTo(0.1, 6);
    expect(design.card.pilot.costRatioControl.note).toBe(
      `$${Math.round(value).toLocaleString("en-US")} credited ARR`,
    );
  });

  it("simulates from the AR(1) model: 10 agents with data are too few to resample (MIN_BOOTSTRAP_UNITS)", () => {
    expect(design.historyMonths).toBe(10);
    expect(cost.variance!.pilotUnits).toBeLessThan(MIN_BOOTSTRAP_UNITS);
    for (const c of cost.cells) expect(c.method).toBe("model");
    // the model's Welch test keeps its size: 16 cells × 400 replicates, binomial SE of the mean ≈ 0.003
    const fp = cost.cells.reduce((s, c) => s + c.falsePositive, 0) / cost.cells.length;
    expect(Math.abs(fp - 0.05)).toBeLessThan(0.015);
  });

  it("sizes the pilot: power rises with duration and a duration is recommended for the whole office", () => {
    const whole = cost.cells.filter((c) => c.size === design.size).sort((a, b) => a.months - b.months);
    expect(whole.at(-1)!.power).toBeGreaterThan(whole[0]!.power);
    for (let i = 1; i < whole.length; i++)
      expect(whole[i]!.analyticPower).toBeGreaterThan(whole[i - 1]!.analyticPower);
    const reaching = whole.filter((c) => c.power >= 0.8).map((c) => c.months);
    expect(cost.recommendation!.months).toBe(reaching.length > 0 ? Math.min(...reaching) : null);
    expect(cost.recommendation!.months).not.toBeNull();
  });

  it("is deterministic for a seed and changes with the seed", () => {
    const again = designPilot(options);
    expect(pilotJson(again, "c")).toBe(pilotJson(design, "c"));
    const other = designPilot({ ...options, seed: 2 });
    expect(other.outcomes.find((o) => o.outcome === "cost")!.cells.map((c) => c.power)).not.toEqual(
      cost.cells.map((c) => c.power),
    );
  });

  it("clusters by team (manager) with --unit team: Central's managers against the others", () => {
    const teams = csvRows(datasetFile("maven-crm/sales_teams.csv"));
    const central = [
      ...new Set(teams.filter((t) => t.regional_office === "Central").map((t) => t.manager!)),
    ].sort();
    const byTeam = designPilot({ ...options, unit: "team", preMonths: undefined, effects: { cost: -0.05 } });
    expect(byTeam.group.pilotTeams).toEqual(central);
    expect(byTeam.group.restTeams).toHaveLength(new Set(teams.map((t) => t.manager)).size - central.length);
    expect(byTeam.sizes).toEqual([central.length]);
    const c = byTeam.outcomes.find((o) => o.outcome === "cost")!;
    expect(c.variance!.pilotUnits + c.variance!.controlUnits).toBe(new Set(teams.map((t) => t.manager)).size);
    expect(byTeam.repsPerUnit).toBeCloseTo(byTeam.group.pilotReps.length / central.length, 12);
    expect(() => designPilot({ ...options, unit: "team", group: ["rep=Anna Snelling"] })).toThrow(
      "splits team(s) Dustin Brinkmann",
    );
  });
});
