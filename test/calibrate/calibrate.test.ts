import { describe, expect, it } from "vitest";
import { calibrateWorld } from "../../sim/calibrate/calibrateWorld.js";
import { fitSales } from "../../sim/calibrate/fitSales.js";
import { loadDataset } from "../../sim/data/load.js";
import type { CanonicalTables, OpportunityRow } from "../../sim/data/rows.js";
import { BASE_WORLD } from "./fixtures.js";

const identity = { id: "fit", name: "fit", description: "" };

function handTables(): CanonicalTables {
  // 2 AEs on SMB all of 2024 (24 AE-months). 100 SMB opportunities created in 2024:
  // 40 won, 60 lost; won list ARR alternates 10,000·e^{+0.5} and 10,000·e^{−0.5}; cycle 2 months.
  const opportunities: OpportunityRow[] = [];
  for (let i = 0; i < 100; i++) {
    const won = i < 40;
    opportunities.push({
      opportunity_id: `o${i}`,
      account_id: "a1",
      owner_rep_id: "r1",
      created_date: "2024-03-10",
      closed_date: "2024-05-20",
      stage: won ? "won" : "lost",
      amount: won ? 10_000 * Math.exp(i % 2 === 0 ? 0.5 : -0.5) * 0.9 : null,
      list_amount: won ? 10_000 * Math.exp(i % 2 === 0 ? 0.5 : -0.5) : null,
      discount: won ? 0.1 : null,
      term_months: won ? (i < 30 ? 12 : 36) : null,
      product: null,
    });
  }
  const rep = (id: string) => ({
    rep_id: id,
    name: id,
    role: "AE" as const,
    team: "t",
    region: "r",
    segment: "SMB",
    hire_date: "2020-01-01",
    termination_date: null,
    manager_id: null,
  });
  return {
    reps: [rep("r1"), rep("r2")],
    accounts: [
      { account_id: "a1", name: "a1", segment: "SMB", region: "r", industry: null, created_date: null },
    ],
    opportunities,
    arr_movements: [],
    usage: [],
    surveys: [],
    assignments: [],
  };
}

describe("fitSales (hand-computed history)", () => {
  const { sales, evidence } = fitSales(
    handTables(),
    { start: "2024-01-01", end: "2024-12-31" },
    BASE_WORLD.sales,
  );
  it("fits the lognormal deal size, win rate, cycle, discount, terms and lead flow", () => {
    // median = exp(mean of ln list) = exp(ln 10,000) = 10,000; sigma = sqrt(40 × 0.25 / 39) = 0.50637
    expect(sales.SMB.dealSizeMedian).toBeCloseTo(10_000, 6);
    expect(sales.SMB.dealSizeSigma).toBeCloseTo(Math.sqrt(10 / 39), 10);
    // 40 won / 100 closed = 0.4; created March, closed May = 2 months; mean discount 0.1
    expect(sales.SMB.winRate).toBe(0.4);
    expect(sales.SMB.cycleMonths).toEqual([2, 2]);
    expect(sales.SMB.typicalDiscount).toBeCloseTo(0.1, 12);
    // terms: 30 of 40 at 12 months, 10 at 36 → [0.75, 0, 0.25]
    expect(sales.SMB.termMix).toEqual([0.75, 0, 0.25]);
    // 100 created / 24 AE-months = 4.1667 leads per AE per month
    expect(sales.SMB.leadsPerMonth).toBeCloseTo(100 / 24, 12);
  });
  it("keeps the base value where history has too little evidence, and says so", () => {
    expect(sales.MM).toEqual(BASE_WORLD.sales.MM);
    const mm = evidence.filter((e) => e.segment === "MM");
    expect(mm.every((e) => e.source === "base")).toBe(true);
  });
});

describe("calibrateWorld on data/sample recovers the generator's parameters", () => {
  // Oracle: sim/data/generate/config.ts made this history (medians $26k / $78k / $234k list ARR,
  // 7.5 / 3.75 / 1.9 leads per AE-month, win rates 28% / 24% / 20% before AE skill).
  const { tables } = loadDataset("data/sample");
  const { world } = calibrateWorld(tables, { start: "2022-01-01", end: "2024-12-31" }, BASE_WORLD, identity);
  it("deal sizes within 10% of the generator's medians", () => {
    expect(world.sales.SMB.dealSizeMedian / 26_000).toBeCloseTo(1, 1);
    expect(world.sales.MM.dealSizeMedian / 78_000).toBeCloseTo(1, 1);
    expect(world.sales.ENT.dealSizeMedian / 234_000).toBeCloseTo(1, 1);
  });
  it("lead flow within 5% and win rates near the configured ones", () => {
    expect(Math.abs(world.sales.SMB.leadsPerMonth / 7.5 - 1)).toBeLessThan(0.05);
    expect(Math.abs(world.sales.MM.leadsPerMonth / 3.75 - 1)).toBeLessThan(0.05);
    expect(Math.abs(world.sales.ENT.leadsPerMonth / 1.9 - 1)).toBeLessThan(0.05);
    expect(world.sales.SMB.winRate).toBeGreaterThan(world.sales.MM.winRate);
    expect(world.sales.MM.winRate).toBeGreaterThan(world.sales.ENT.winRate);
    expect(Math.abs(world.sales.SMB.winRate - 0.28)).toBeLessThan(0.03);
  });
  it("churn is lower in larger segments and higher for low adoption", () => {
    expect(world.customers.SMB.monthlyChurnHazard).toBeGreaterThan(world.customers.ENT.monthlyChurnHazard);
    expect(world.customers.SMB.poorFitChurnMultiplier).toBeGreaterThan(1);
  });
});
