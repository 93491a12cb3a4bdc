import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPLAY_CAVEAT } from "../../sim/backtest/caveat.js";
import { runBacktest } from "../../sim/backtest/runBacktest.js";
import { parseVariantSpec } from "../../sim/backtest/variant.js";
import { loadDataset } from "../../sim/data/load.js";
import { toCents } from "../../sim/plan/statement.js";
import { datasetFile, PROJECT_ROOT } from "../helpers/datasets.js";

const path = (p: string) => join(PROJECT_ROOT, p);
const FLAT_AE = path("test/backtest/fixtures/flat-ae.yaml");
const FLAT_CSM = path("test/backtest/fixtures/flat-csm-expansion.yaml");
const ACTIVITY = path("scenarios/plans/ae-activity-era.yaml");
const OUTCOME = path("scenarios/plans/ae-outcome.yaml");
const CSM = path("scenarios/plans/csm-outcome.yaml");

/** Plain CSV rows (these files have no quoted fields), header → value. */
function csvRows(file: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(file, "utf8").split(/\r?\n/).filter(Boolean);
  const columns = head!.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [columns[i]!, v])));
}

describe("backtest on data/sample", () => {
  const result = runBacktest({
    variants: [`flat=${FLAT_AE}`, `outcome=${OUTCOME},${CSM}`].map(parseVariantSpec),
    data: path("data/sample"),
    from: "2022-01-01",
    to: "2024-12-31",
  });
  const [flat, outcome] = result.variants;

  it("costs exactly 10% of the ARR AEs booked while employed (independent aggregation)", () => {
    // Oracle: read the CSVs directly; a won deal pays its owner if closed in range while employed.
    const reps = new Map(csvRows(path("data/sample/reps.csv")).map((r) => [r.rep_id!, r]));
    let cents = 0;
    for (const o of csvRows(path("data/sample/opportunities.csv"))) {
      const rep = reps.get(o.owner_rep_id!)!;
      if (o.stage !== "won" || rep.role !== "AE") continue;
      if (o.closed_date! < "2022-01-01" || o.closed_date! > "2024-12-31") continue;
      if (o.closed_date! < rep.hire_date! || (rep.termination_date && o.closed_date! > rep.termination_date))
        continue;
      cents += Number(o.amount) * 0.1 * 100;
    }
    // the evaluator rounds each tier line to cents: allow a cent per rep-period
    const statements = flat!.replay.reps.reduce((n, r) => n + r.statements.length, 0);
    expect(Math.abs(flat!.detail.metrics["cost.total"] * 100 - cents)).toBeLessThanOrEqual(statements);
    expect(toCents(flat!.detail.metrics["cost.total"])).toBeGreaterThan(0);
  });

  it("pays only reps whose role has a plan, and lists the others", () => {
    const roles = new Set(flat!.replay.reps.map((r) => r.rep.role));
    expect([...roles]).toEqual(["AE"]);
    expect(flat!.uncovered.every((r) => r.role !== "AE")).toBe(true);
    expect(new Set(outcome!.replay.reps.map((r) => r.rep.role))).toEqual(new Set(["AE", "CSM"]));
  });

  it("gives statements whose lines add up and a total equal to the sum of statements", () => {
    let sum = 0;
    for (const rep of outcome!.replay.reps) {
      for (const s of rep.statements) {
        expect(s.lines.reduce((a, l) => a + l.amountCents, 0)).toBe(s.totalCents);
        sum += s.totalCents;
      }
    }
    expect(outcome!.detail.metrics["cost.total"]).toBe(sum / 100);
  });

  it("reports realistic history-level outcomes for the sample (DESIGN §5 ranges)", () => {
    expect(result.outcomes.grr).toBeGreaterThan(0.85);
    expect(result.outcomes.grr).toBeLessThan(0.96);
    expect(result.outcomes.nrr).toBeGreaterThan(0.98);
    expect(result.outcomes.nrr).toBeLessThan(1.15);
    const m = flat!.detail.metrics;
    expect(m["attainment.below80"] + m["attainment.from80to120"] + m["attainment.above120"]).toBeCloseTo(
      1,
      12,
    );
    // timing: the sample bunches deals at quarter end, so the last month holds more than a third
    expect(flat!.detail.metrics["timing.lastMonthShare"]).toBeGreaterThan(
      flat!.detail.timing.uniformLastMonthShare,
    );
  });

  it("has baselines for every team, region and segment", () => {
    const dims = new Set(result.baselines.map((b) => b.dimension));
    expect(dims).toEqual(new Set(["team", "region", "segment"]));
    const regions = result.baselines.filter((b) => b.dimension === "region");
    expect(regions.reduce((n, b) => n + b.reps, 0)).toBe(200);
  });
});

describe("backtest on maven-crm (mapping file)", () => {
  const result = runBacktest({
    variants: [FLAT_AE, ACTIVITY].map(parseVariantSpec),
    data: path("data/mappings/maven-crm.yaml"),
  });

  it("costs 10% of every Won close_value under the flat plan (independent of the importer)", () => {
    const won = csvRows(datasetFile("maven-crm/sales_pipeline.csv")).filter((r) => r.deal_stage === "Won");
    expect(won).toHaveLength(4238);
    const expected = won.reduce((s, r) => s + Number(r.close_value), 0) * 0.1;
    expect(result.range).toEqual({ start: "2017-03-01", end: "2017-12-31" });
    expect(result.variants[0]!.detail.metrics["cost.total"]).toBeCloseTo(expected, 0);
    expect(result.variants[0]!.replay.reps).toHaveLength(35);
  });

  it("shows the quarter-end bunching of won deals", () => {
    const timing = result.variants[1]!.detail.timing;
    // Oracle: share of won close_value in Mar/Jun/Sep/Dec, counted straight from the CSV.
    const won = csvRows(datasetFile("maven-crm/sales_pipeline.csv")).filter((r) => r.deal_stage === "Won");
    const total = won.reduce((s, r) => s + Number(r.close_value), 0);
    const quarterEnd = won
      .filter((r) => ["03", "06", "09", "12"].includes(r.close_date!.slice(5, 7)))
      .reduce((s, r) => s + Number(r.close_value), 0);
    expect(timing.lastMonthShare).toBeCloseTo(quarterEnd / total, 10);
    expect(timing.lastMonthShare).toBeGreaterThan(timing.uniformLastMonthShare + 0.05);
  });

  it("pays more under accelerators than at a flat 10% when attainment is high, and never negative", () => {
    for (const v of result.variants) {
      for (const r of v.replay.reps) expect(r.paidCents).toBeGreaterThanOrEqual(0);
    }
    expect(result.variants[1]!.detail.metrics["payout.p50"]).toBeGreaterThan(0);
  });
});

describe("backtest on ravenstack (mapping file)", () => {
  const mapping = path("data/mappings/ravenstack.yaml");
  const result = runBacktest({ variants: [FLAT_CSM, CSM].map(parseVariantSpec), data: mapping });

  it("costs 5% of the expansion ARR of covered accounts (independent aggregation of the tables)", () => {
    const { tables } = loadDataset(mapping);
    const { start, end } = result.range;
    const expansion = tables.arr_movements
      .filter((m) => m.type === "expansion" && m.date >= start && m.date <= end)
      .reduce((s, m) => s + m.arr_change, 0);
    expect(result.variants[0]!.detail.metrics["cost.total"]).toBeCloseTo(expansion * 0.05, 0);
    expect(result.variants[0]!.replay.reps).toHaveLength(10);
  });

  it("replays the CSM outcome plan with customer outcomes from the history", () => {
    const csm = result.variants[1]!;
    expect(csm.replay.reps.every((r) => r.statements.length > 0)).toBe(true);
    expect(Number.isFinite(result.outcomes.csat)).toBe(true);
    expect(Number.isFinite(result.outcomes.logoChurn)).toBe(true);
  });
});

describe("backtest report", () => {
  it("states the replay caveat", () => {
    expect(REPLAY_CAVEAT).toMatch(/assumes/);
    expect(REPLAY_CAVEAT).toMatch(/planbench run/);
  });
});
