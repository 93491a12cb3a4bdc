/**
 * Dated plan assignments (Ledger.assignments): quotas and targets prorated by the days of each
 * assignment in a period, rounded once; a change of plan merges the plans' statements. Hand-computed.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Assignment } from "../../sim/core/ledger.js";
import { evaluateAssignments } from "../../sim/plan/assignments.js";
import { evaluate } from "../../sim/plan/evaluate.js";
import { formatStatement } from "../../sim/plan/explain.js";
import { runCli } from "../helpers/cli.js";
import { bonus, booking, commission, FY2025, ledger, plan, quota, totals } from "./fixtures.js";

const assign = (over: Partial<Assignment>): Assignment => ({
  from: "2025-01-01",
  to: null,
  plan: null,
  targetVariable: null,
  quotas: {},
  territory: "",
  ...over,
});

describe("assignments within one plan", () => {
  it("a promotion on 1 June: target 20,000 for 151 days and 24,000 for 214 days pays 22,345.21", () => {
    const p = plan({
      calendar: { period: "year", fiscalYearStartMonth: 1 },
      payMix: { baseSalary: 80_000, targetVariable: 20_000 },
      quotas: [quota({ annual: 1_000_000, periodWeights: [1], prorate: true })],
      components: [
        bonus({
          id: "target",
          metric: "newArr",
          measure: "attainment",
          weight: 1,
          targetAmount: 20_000,
          curve: [{ x: 0, y: 1 }],
        }),
      ],
    });
    const l = {
      ...ledger([booking("2025-03-01", 500_000)]),
      assignments: [
        assign({ to: "2025-05-31", targetVariable: 20_000 }),
        assign({ from: "2025-06-01", targetVariable: 24_000 }),
      ],
    };
    const [fy] = evaluate(p, l, FY2025);
    // hand-computed: Jan–May = 31 + 28 + 31 + 30 + 31 = 151 days, Jun–Dec = 214 days;
    // (20,000 × 151 + 24,000 × 214) / 365 = (3,020,000 + 5,136,000) / 365 = 8,156,000 / 365
    // = 22,345.2055 → 22,345.21 (rounded once; per assignment it would be 8,273.97 + 14,071.23 = 22,345.20)
    expect(totals([fy!])).toEqual([22_345.21]);
    expect(fy!.lines[0]!.description).toContain(
      "$22,345.21 target ($20,000.00 × 151 + $24,000.00 × 214) / 365 days × 1",
    );
    expect(fy!.assignments!.map((a) => [a.from, a.to, a.days, a.targetVariable])).toEqual([
      ["2025-01-01", "2025-05-31", 151, 20_000],
      ["2025-06-01", "2025-12-31", 214, 24_000],
    ]);
    expect(formatStatement(fy!)).toContain(
      "Assignment test-plan 2025-06-01 – 2025-12-31: 214 of 365 days; target variable $24,000.00",
    );
  });

  it("a new quota from 1 June blends the quarter's quota by days", () => {
    const p = plan({ quotas: [quota({ annual: 800_000, prorate: true })], components: [commission()] });
    const l = {
      ...ledger([]),
      assignments: [
        assign({ to: "2025-05-31", quotas: { newArr: 800_000 } }),
        assign({ from: "2025-06-01", quotas: { newArr: 1_200_000 } }),
      ],
    };
    const s = evaluate(p, l, FY2025);
    // hand-computed: Q2 = (200,000 × 61 + 300,000 × 30) / 91 = 21,200,000 / 91 = 232,967.0329… → 232,967.03
    expect(s.map((x) => x.quota.newArr)).toEqual([200_000, 232_967.03, 300_000, 300_000]);
  });

  it("days outside every assignment are off the plan: no quota, no credit", () => {
    const p = plan({ quotas: [quota({ annual: 800_000, prorate: true })], components: [commission()] });
    const l = {
      ...ledger([booking("2025-02-10", 10_000), booking("2025-05-10", 20_000)]),
      assignments: [assign({ from: "2025-04-01" })],
    };
    const s = evaluate(p, l, FY2025);
    // hand-computed: Q1 not assigned: quota 0, the February deal earns nothing; Q2 20,000 × 10% = 2,000
    expect(totals(s)).toEqual([0, 2_000, 0, 0]);
    expect(s[0]!.quota.newArr).toBe(0);
  });
});

describe("a change of plan", () => {
  it("each plan pays on its own days; the statements merge", () => {
    const a = plan({ id: "ae-mid", components: [commission({ tiers: [{ from: 0, to: null, rate: 0.1 }] })] });
    const b = plan({
      id: "ae-senior",
      components: [commission({ tiers: [{ from: 0, to: null, rate: 0.12 }] })],
    });
    const l = {
      ...ledger([booking("2025-05-10", 100_000), booking("2025-08-10", 100_000)]),
      assignments: [
        assign({ to: "2025-06-30", plan: "ae-mid" }),
        assign({ from: "2025-07-01", plan: "ae-senior" }),
      ],
    };
    const s = evaluateAssignments([a, b], l, FY2025);
    // hand-computed: Q2 100,000 × 10% = 10,000 under ae-mid; Q3 100,000 × 12% = 12,000 under ae-senior
    expect(totals(s)).toEqual([0, 10_000, 12_000, 0]);
    expect(s[1]!.lines.map((x) => x.component)).toEqual(["ae-mid/newArr"]);
    expect(s[2]!.lines.map((x) => x.component)).toEqual(["ae-senior/newArr"]);
    expect(s[2]!.planId).toBe("ae-senior");
    expect(() => evaluateAssignments([a], l, FY2025)).toThrow(/names plan 'ae-senior', which was not given/);
  });
});

describe("planbench explain with a change of plan", () => {
  const dir = join(process.cwd(), "test", ".tmp", "plan-change");
  mkdirSync(dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const planText = (id: string, rate: string) =>
    `id: ${id}\nrole: AE\npayMix: {baseSalary: 100k, targetVariable: 100k}\ncomponents:\n  - {id: c, kind: commission, metric: newArr, rate: ${rate}}\n`;

  it("merges the plans' statements; a plan left out is a warning", async () => {
    const mid = write("mid.yaml", planText("ae-mid", "10%"));
    const senior = write("senior.yaml", planText("ae-senior", "12%"));
    const ledgerPath = write(
      "ledger.yaml",
      [
        "assignments:",
        "  - {rep: r1, from: 2025-01-01, to: 2025-06-30, plan: ae-mid}",
        "  - {rep: r1, from: 2025-07-01, plan: ae-senior}",
        "events:",
        "  - {rep: r1, date: 2025-05-10, type: booking, account: a, arr: 100000}",
        "  - {rep: r1, date: 2025-08-10, type: booking, account: b, arr: 100000}",
      ].join("\n"),
    );
    const both = await runCli([
      "explain",
      "--plan",
      mid,
      "--plan",
      senior,
      "--ledger",
      ledgerPath,
      "--rep",
      "r1",
    ]);
    // hand-computed: Q2 100,000 × 10% = 10,000 (ae-mid); Q3 100,000 × 12% = 12,000 (ae-senior)
    expect(both.code).toBe(0);
    expect(both.stdout).toContain("ae-senior/c  Rate: $100,000.00 × 12% = $12,000.00");
    expect(both.stdout).toContain("Total FY2025-Q1 … FY2025-Q4: $22,000.00");
    const one = await runCli(["explain", "--plan", mid, "--ledger", ledgerPath, "--rep", "r1"]);
    expect(one.stderr).toContain("rep 'r1' is assigned to plan 'ae-senior', which was not given");
    expect(one.stdout).toContain("Total FY2025-Q1 … FY2025-Q4: $10,000.00");
  });
});
