/**
 * The pilot designer on data/sample: AEs of region NA piloting ae-outcome against a flat 10%
 * control (test/backtest/fixtures/flat-ae.yaml, so the control's cost is an independent oracle).
 * Oracles: counts and sums straight from the CSVs; the analytic formula for the shape of power.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { designPilot } from "../../sim/pilot/designPilot.js";
import type { OutcomeDesign } from "../../sim/pilot/powerGrid.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

const path = (p: string) => join(PROJECT_ROOT, p);

function csvRows(file: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(file, "utf8").split(/\r?\n/).filter(Boolean);
  const columns = head!.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [columns[i]!, v])));
}

const SIZES = [8, 15, 30];
const MONTHS = [3, 6, 12];
const R = 400;

describe("pilot on data/sample (AE, region=NA)", () => {
  const design = designPilot({
    data: path("data/sample"),
    plan: path("scenarios/plans/ae-outcome.yaml"),
    control: path("test/backtest/fixtures/flat-ae.yaml"),
    group: ["region=NA"],
    outcomes: ["nrr", "cost", "nps"],
    // effects inside the grid's range of MDEs (≈ 9–30 NRR pts, 3–13 cost pts), so power moves
    effects: { nrr: 0.12, cost: -0.05, nps: 15 },
    sizes: SIZES,
    durations: MONTHS,
    replicates: R,
    seed: 11,
    prefer: "arrow", // the same tables (CSV → Arrow is lossless, test/data/roundtrip.test.ts), read faster
  });
  const outcome = (id: string) => design.outcomes.find((o) => o.outcome === id)!;
  const cell = (o: OutcomeDesign, size: number, months: number) =>
    o.cells.find((c) => c.size === size && c.months === months)!;

  it("selects the 30 NA AEs against the other 60 (counted from reps.csv)", () => {
    const aes = csvRows(path("data/sample/reps.csv")).filter((r) => r.role === "AE");
    expect(design.group.pilotReps).toEqual(
      aes
        .filter((r) => r.region === "NA")
        .map((r) => r.rep_id)
        .sort(),
    );
    expect(design.group.restReps).toBe(aes.filter((r) => r.region !== "NA").length);
    expect(design.card.pilot.reps).toBe(30);
  });

  it("reports the control's cost ratio as 10% of bookings made while employed / bookings credited", () => {
    const reps = new Map(csvRows(path("data/sample/reps.csv")).map((r) => [r.rep_id!, r]));
    let paid = 0;
    let credited = 0;
    for (const o of csvRows(path("data/sample/opportunities.csv"))) {
      const rep = reps.get(o.owner_rep_id!)!;
      if (o.stage !== "won" || rep.role !== "AE" || rep.region !== "NA") continue;
      if (o.closed_date! < design.range.start || o.closed_date! > design.range.end) continue;
      credited += Number(o.amount);
      const employed =
        o.closed_date! >= rep.hire_date! && (!rep.termination_date || o.closed_date! <= rep.termination_date);
      if (employed) paid += 0.1 * Number(o.amount);
    }
    expect(design.card.pilot.costRatioControl.value).toBeCloseTo(paid / credited, 5);
  });

  it("has the outcomes the sample supports, with counts, and the pay difference behind the pilot cost", () => {
    for (const f of [
      design.card.pilot.nrr,
      design.card.pilot.grr,
      design.card.pilot.nps,
      design.card.pilot.csat,
    ])
      expect(f.value).not.toBeNull();
    expect(design.card.pilot.nps.note).toMatch(/^\d+ responses$/);
    const card = design.card.pilot;
    expect(design.card.payDifferencePerRepYear).toBeCloseTo(
      card.payMeanCandidate.value! - card.payMeanControl.value!,
      6,
    );
    // hand formula: extra pay = (candidate − control) per rep-year × 30 reps × months / 12
    for (const c of design.pilotCost)
      expect(c.extraPay).toBeCloseTo((design.card.payDifferencePerRepYear * 30 * c.months) / 12, 6);
  });

  it("simulates from history windows: P + D consecutive months of the 40-month history", () => {
    expect(design.pre).toBe(12);
    for (const o of design.outcomes) {
      for (const c of o.cells) {
        expect(c.method).toBe("history");
        expect(c.windows).toBe(design.historyMonths - design.pre - c.months + 1);
      }
    }
  });

  it("raises power with pilot size and with duration", () => {
    for (const id of ["nrr", "cost", "nps"]) {
      const o = outcome(id);
      // analytic (deterministic, history's σ and ρ): strictly increasing along both axes
      for (const n of SIZES)
        for (let i = 1; i < MONTHS.length; i++)
          expect(cell(o, n, MONTHS[i]!).analyticPower).toBeGreaterThan(
            cell(o, n, MONTHS[i - 1]!).analyticPower,
          );
      for (const m of MONTHS)
        for (let i = 1; i < SIZES.length; i++)
          expect(cell(o, SIZES[i]!, m).analyticPower).toBeGreaterThan(
            cell(o, SIZES[i - 1]!, m).analyticPower,
          );
      // simulated: each step may dip by Monte Carlo noise (3 binomial SEs of the difference), the corners clearly rise
      const noisyStep = (a: { power: number; powerSe: number }, b: { power: number; powerSe: number }) =>
        expect(b.power).toBeGreaterThanOrEqual(a.power - 3 * Math.hypot(a.powerSe, b.powerSe));
      for (const n of SIZES)
        for (let i = 1; i < MONTHS.length; i++) noisyStep(cell(o, n, MONTHS[i - 1]!), cell(o, n, MONTHS[i]!));
      for (const m of MONTHS)
        for (let i = 1; i < SIZES.length; i++) noisyStep(cell(o, SIZES[i - 1]!, m), cell(o, SIZES[i]!, m));
      expect(cell(o, 30, 12).power - cell(o, 8, 3).power).toBeGreaterThan(0.3);
      expect(cell(o, 30, 12).mde).toBeLessThan(cell(o, 8, 3).mde);
    }
  });

  it("keeps the test's size near α under the null and agrees with the formula in magnitude", () => {
    const cells = design.outcomes.flatMap((o) => o.cells);
    const falsePositive = cells.reduce((s, c) => s + c.falsePositive, 0) / cells.length;
    // 27 cells × 400 replicates; cells share windows, so allow 0.03 rather than the iid 0.004
    expect(Math.abs(falsePositive - 0.05)).toBeLessThan(0.03);
    // The history bootstrap keeps what the Gaussian AR(1) formula cannot: heavy tails (NPS: ratio
    // ≈ 1.0–1.3) and the quarterly structure of pay spread over its quarter (cost: ≈ 0.6–1.0 at
    // 12 months, where lag-1 ρ misses the within-quarter correlation). Measured ratios 0.58–1.31:
    // the bound asks for the same order of magnitude.
    for (const c of cells) {
      expect(Math.abs(c.mde) / c.analyticMde).toBeGreaterThan(0.5);
      expect(Math.abs(c.mde) / c.analyticMde).toBeLessThan(2);
    }
  });

  it("recommends the shortest duration reaching 80% power for the whole group", () => {
    for (const o of design.outcomes) {
      const reaching = o.cells.filter((c) => c.size === 30 && c.power >= 0.8).map((c) => c.months);
      expect(o.recommendation!.months).toBe(reaching.length > 0 ? Math.min(...reaching) : null);
    }
    expect(outcome("cost").recommendation!.months).not.toBeNull();
  });
});
