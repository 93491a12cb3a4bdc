/**
 * The example plan with product SPIFFs and a mid-year promotion
 * (scenarios/plans/ae-product-spiffs.yaml on scenarios/ledgers/ae-promotion.yaml), hand-computed
 * line by line, and `planbench explain` reproducing it to the cent.
 *
 * Assignments: target variable 80,000 and quota 800,000 until 31 May; 96,000 and 1,200,000 from
 * 1 June. Quarterly quotas 200,000 (Q1), (200,000 × 61 + 300,000 × 30) / 91 = 232,967.03 (Q2),
 * 300,000 (Q3, Q4). Bonus targets (25% of target variable a year): 5,000 (Q1),
 * (5,000 × 61 + 6,000 × 30) / 91 = 5,329.67 (Q2), 6,000 (Q3, Q4).
 *
 * Q1: bookings 60,000 (GTX Basic) + 90,000 (GTX Pro) + 70,000.50 (MG Advanced) = 220,000.50
 *   commission 200,000 × 10% = 20,000.00 + 20,000.50 × 15% = 3,000.075 → 3,000.08
 *   bonus x = 220,000.50 / 200,000 = 1.1000025 → 5,000 × 1.1000025 = 5,500.0125 → 5,500.01
 *   pro goal: pro bookings 160,000.50 of 300,000 × 6,000 = 3,200.01
 *   total 31,700.10
 * Q2: 40,000 (GTX Pro) + 50,000 (GTX Basic) + 150,000 (MG Advanced) = 240,000
 *   commission 232,967.03 × 10% = 23,296.703 → 23,296.70 + 7,032.97 × 15% = 1,054.9455 → 1,054.95
 *   bonus 5,329.67 × 240,000 / 232,967.03 = 5,490.5658 → 5,490.57
 *   pro SPIFF (Q2–Q3 window) 2% × 40,000 = 800 + 2% × 150,000 = 3,000
 *   pro goal: 350,000.50 → 7,000.01, capped at the 6,000 pool − 3,200.01 paid = 2,799.99
 *   total 36,442.21
 * Q3: 120,000 (GTX Pro) + 90,000 (GTX Basic) = 210,000, 70%
 *   commission 21,000; bonus 6,000 × (70% − 50%) / 50% = 2,400; pro SPIFF 2% × 120,000 = 2,400;
 *   pro goal already at its cap: 0; total 25,800.00
 * Q4: 80,000 (MG Advanced) + 250,000 (GTX Basic) = 330,000, 110%
 *   commission 30,000 + 30,000 × 15% = 4,500; bonus 6,000 × 1.1 = 6,600; the SPIFF window is
 *   over; total 41,100.00
 * Year: 31,700.10 + 36,442.21 + 25,800.00 + 41,100.00 = 135,042.31
 */
import { describe, expect, it } from "vitest";
import { loadPlanFile } from "../../sim/language/loadPlan.js";
import { evaluate } from "../../sim/plan/evaluate.js";
import { loadLedgerFile } from "../../sim/plan/ledgerFile.js";
import type { Statement } from "../../sim/plan/statement.js";
import { runCli } from "../helpers/cli.js";

const PLAN = "scenarios/plans/ae-product-spiffs.yaml";
const LEDGER = "scenarios/ledgers/ae-promotion.yaml";

const byComponent = (s: Statement) => {
  const out: Record<string, number> = {};
  for (const l of s.lines) out[l.component] = (out[l.component] ?? 0) + l.amountCents;
  return out;
};

describe("example: product SPIFFs and a mid-year promotion", () => {
  const statements = evaluate(loadPlanFile(PLAN), loadLedgerFile(LEDGER).ledgers[0]!, {
    start: "2025-01-01",
    end: "2025-12-31",
  });

  it("quotas and bonus targets are prorated by the days of each assignment", () => {
    expect(statements.map((s) => s.quota.newArr)).toEqual([200_000, 232_967.03, 300_000, 300_000]);
    expect(statements.map((s) => s.lines.find((l) => l.component === "quotaBonus")!.basis)).toEqual([
      5_000, 5_329.67, 6_000, 6_000,
    ]);
    expect(statements[1]!.assignments!.map((a) => [a.from, a.to, a.days])).toEqual([
      ["2025-04-01", "2025-05-31", 61],
      ["2025-06-01", "2025-06-30", 30],
    ]);
  });

  it("every component of every quarter is as hand-computed", () => {
    expect(statements.map(byComponent)).toEqual([
      { newArr: 2_300_008, quotaBonus: 550_001, proGoal: 320_001 },
      { newArr: 2_435_165, quotaBonus: 549_057, proSpiff: 380_000, proGoal: 279_999 },
      { newArr: 2_100_000, quotaBonus: 240_000, proSpiff: 240_000, proGoal: 0 },
      { newArr: 3_450_000, quotaBonus: 660_000, proGoal: 0 },
    ]);
    expect(statements.map((s) => s.totalCents)).toEqual([3_170_010, 3_644_221, 2_580_000, 4_110_000]);
  });

  it("planbench explain reproduces the totals to the cent", async () => {
    const text = await runCli(["explain", "--plan", PLAN, "--ledger", LEDGER, "--rep", "ae-kim"]);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe("");
    expect(text.stdout).toContain("Total FY2025-Q1 … FY2025-Q4: $135,042.31");
    expect(text.stdout).toContain("Tier 2 (100%+): $20,000.50 × 15% = $3,000.08");
    expect(text.stdout).toContain(
      "SPIFF for booking k6 (2025-06-18) MG Advanced: $150,000.00 proArr × 2% = $3,000.00",
    );
    expect(text.stdout).toContain(
      "proArr: k5 (2025-05-20) not credited: product GTX Basic not in [GTX Pro, MG Advanced]",
    );
    const json = await runCli(["explain", "--plan", PLAN, "--ledger", LEDGER, "--rep", "ae-kim", "--json"]);
    const parsed = JSON.parse(json.stdout) as Statement[];
    expect(parsed.map((s) => s.totalCents)).toEqual([3_170_010, 3_644_221, 2_580_000, 4_110_000]);
    expect(parsed.reduce((a, s) => a + s.totalCents, 0)).toBe(13_504_231);
  });
});
