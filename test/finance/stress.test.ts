/**
 * Stress results ordered as economics says they must be, on the real world simulator (built
 * dist/, like the engine tests), and finance's shipped downturn experiment end to end.
 *
 * Oracle (reasoning, not a fitted number): in the downturn (fewer, smaller, slower deals; more
 * churn) a company books less new ARR and keeps less of its customers, so cash cost falls, more
 * reps earn under half their target (payout compression) and GRR falls — for every plan. For a
 * flat commission the AE's cost per dollar booked is constant while the CSMs' renewal commission
 * is paid on the installed base, which shrinks far less than bookings: cost.ratio rises. With
 * marginal accelerators the AE's rate falls as fewer reps pass quota, which offsets it. All
 * comparisons are paired (same trials, reps and customers in both scenarios).
 */

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runMarkdown } from "../../reports/markdown/run.js";
import { runExperiment } from "../../sim/engine/run/runExperiment.js";
import type { RunSummary } from "../../sim/engine/run/summary.js";
import { loadExperimentFile } from "../../sim/language/experiment/loadExperiment.js";

type Est = { mean: number; ci95: [number, number] };
type Paired = { difference: number; ci95: [number, number] };

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "planbench-finance-"));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function run(path: string, trials: number): Promise<{ summary: RunSummary; markdown: string }> {
  const result = await runExperiment({
    renderMarkdown: runMarkdown,
    loaded: loadExperimentFile(path),
    experimentPath: path,
    trials,
    blockSize: 3,
    workers: 2,
    out: tempDir(),
    resume: false,
  });
  if (result.kind !== "complete") throw new Error("expected a complete run");
  return { summary: result.outputs.summary, markdown: result.outputs.markdown };
}

function row(summary: RunSummary, variant: string, scenario: string) {
  const r = summary.stress.rows.find((x) => x.variant === variant && x.scenario === scenario);
  if (!r) throw new Error(`no stress row ${variant} × ${scenario}`);
  return r;
}
const value = (r: ReturnType<typeof row>, id: string) => r.values[id] as Est;
const change = (r: ReturnType<typeof row>, id: string) => r.vsBase?.[id] as Paired;
const above = (p: Paired) => p.ci95[0] > 0;
const below = (p: Paired) => p.ci95[1] < 0;

describe("stress ordering: downturn vs baseline", () => {
  let summary: RunSummary;
  beforeAll(async () => {
    ({ summary } = await run("test/finance/fixtures/stress-order.yaml", 6));
  }, 300_000);

  test("every variant: less cash cost, less new ARR, lower GRR, more payout compression", () => {
    for (const variant of ["Flat", "Accelerators"]) {
      const d = row(summary, variant, "Downturn");
      expect(below(change(d, "cost.total")), variant).toBe(true);
      expect(below(change(d, "cost.expense")), variant).toBe(true);
      expect(below(change(d, "arr.new")), variant).toBe(true);
      expect(below(change(d, "customer.grr")), variant).toBe(true);
      expect(above(change(d, "payout.zeroShare")), variant).toBe(true);
      const b = row(summary, variant, "Baseline");
      const pb = b.values["cost.overBudgetProb"] as { p: number };
      const pd = d.values["cost.overBudgetProb"] as { p: number };
      expect(pd.p, variant).toBeLessThanOrEqual(pb.p);
    }
  });

  test("a flat commission plan's cost ratio is above the baseline's in the downturn", () => {
    const d = row(summary, "Flat", "Downturn");
    expect(above(change(d, "cost.ratio"))).toBe(true);
    expect(value(d, "cost.ratio").mean).toBeGreaterThan(
      value(row(summary, "Flat", "Baseline"), "cost.ratio").mean,
    );
  });

  test("accelerators make the ratio pro-cyclical: the flat plan's ratio rises more", () => {
    const flat = change(row(summary, "Flat", "Downturn"), "cost.ratio").difference;
    const accelerated = change(row(summary, "Accelerators", "Downturn"), "cost.ratio").difference;
    expect(flat).toBeGreaterThan(accelerated);
  });

  test("without holdbacks, vesting or clawbacks every dollar paid is expensed or still capitalised", () => {
    // flat commission + CSM renewal commission: cash = expense + the contract asset left, trial
    // by trial, so the means agree to rounding
    for (const scenario of ["Baseline", "Downturn"]) {
      const r = row(summary, "Flat", scenario);
      const cash = value(r, "cost.total").mean;
      const expense = value(r, "cost.expense").mean;
      const asset = value(r, "cost.contractAsset").mean;
      expect(expense).toBeLessThan(cash);
      expect(Math.abs(cash - expense - asset)).toBeLessThan(1e-6 * cash);
    }
  });
});

describe("finance's shipped downturn experiment", () => {
  test("P(cost > budget), P95 cost and the expense view per variant and scenario, with CIs", async () => {
    const path = "scenarios/experiments/downturn.yaml";
    const { summary, markdown } = await run(path, 3);
    const loaded = loadExperimentFile(path).params;
    expect(summary.stress.rows).toHaveLength(loaded.variants.length * loaded.scenarios.length);
    expect(summary.experiment.budgetOverHorizon).toBe(6_000_000); // 3M a year × 24 / 12
    for (const r of summary.stress.rows) {
      const p = r.values["cost.overBudgetProb"] as { p: number; ci95: [number, number] };
      const q = r.values["cost.p95"] as { value: number; ci95: [number, number] };
      const e = r.values["cost.expense"] as Est;
      expect(p.ci95[0]).toBeLessThanOrEqual(p.p);
      expect(p.ci95[1]).toBeGreaterThanOrEqual(p.p);
      expect(q.value).toBeGreaterThan(0);
      expect(e.ci95[0]).toBeLessThanOrEqual(e.mean);
      expect(e.mean).toBeGreaterThan(0);
      expect(r.vsBase === null).toBe(r.scenario === "Baseline");
    }
    expect(markdown).toContain("## Stress table (population as configured)");
    expect(markdown).toContain("## Cash vs expense (ASC 340-40)");
    expect(markdown).toContain("| Outcome | Downturn |");
    expect(readFileSync(path, "utf8")).toContain("accounting:");
  }, 300_000);
});
