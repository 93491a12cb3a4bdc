/**
 * The rep-year convention behind attainment.* (sim/metrics/kernels/repYears.ts), on hand-made
 * statements: whole fiscal years only, every touched year when none is whole, statements that
 * end outside the window left out, and the on-plan filter.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Calendar, Plan } from "../../../sim/language/canonical.js";
import { loadPlanFile } from "../../../sim/language/loadPlan.js";
import { fiscalYearPeriods } from "../../../sim/plan/calendar.js";
import { parseDay } from "../../../sim/plan/dates.js";
import type { Statement } from "../../../sim/plan/statement.js";
import { attainmentYears, repYearAttainments } from "../../../sim/trial/repYears.js";
import { PROJECT_ROOT } from "../../helpers/datasets.js";

const base = loadPlanFile(join(PROJECT_ROOT, "scenarios/plans/ae-activity-era.yaml"));
const metric = base.quotas[0]!.metric;
const planWith = (calendar: Calendar): Plan => ({ ...base, calendar });

/** Quarterly statements of fiscal years `from`…`to`, each credited `credit` against quota 100. */
function statements(
  calendar: Calendar,
  from: number,
  to: number,
  credit: (q: number) => number,
): Statement[] {
  const out: Statement[] = [];
  for (let fy = from; fy <= to; fy++)
    for (const p of fiscalYearPeriods(calendar, fy))
      out.push({
        period: p.info,
        credited: { [metric]: credit(p.info.index) },
        quota: { [metric]: 100 },
      } as unknown as Statement);
  return out;
}

function attainments(plan: Plan, st: Statement[], from: string, to: string, onPlan = [-Infinity, Infinity]) {
  const years = attainmentYears(plan.calendar, parseDay(from), parseDay(to));
  const out = new Float64Array(8);
  const n = repYearAttainments(plan, st, years, onPlan[0]!, onPlan[1]!, out);
  return Array.from(out.subarray(0, n));
}

describe("rep-year attainments", () => {
  const jan = { period: "quarter" as const, fiscalYearStartMonth: 1 };
  const feb = { period: "quarter" as const, fiscalYearStartMonth: 2 };

  it("pools each whole fiscal year's statements: Σ credited / Σ quota", () => {
    // FY2025 quarters credit 50, 100, 150, 100 → 400 / 400 = 100%; FY2026 all 120 → 120%
    const st = [
      ...statements(jan, 2025, 2025, (q) => [50, 100, 150, 100][q]!),
      ...statements(jan, 2026, 2026, () => 120),
    ];
    expect(attainments(planWith(jan), st, "2025-01-01", "2026-12-31")).toEqual([1, 1.2]);
  });

  it("leaves out a fiscal year the window cuts when a whole one exists", () => {
    // window Jan 2025 – Dec 2026 with a February fiscal year: FY2025 (Feb 2025 – Jan 2026) is the only
    // whole year; FY2024 (1 month inside) and FY2026 (11 months inside) are cut
    const st = statements(feb, 2024, 2026, () => 90);
    expect(attainments(planWith(feb), st, "2025-01-01", "2026-12-31")).toEqual([0.9]);
  });

  it("counts every touched year's part when the window holds no whole year", () => {
    // window Oct 2025 – Mar 2026, January fiscal year: Q4 of FY2025 (credit 80) and Q1 of FY2026 (credit 130)
    const st = statements(jan, 2025, 2026, (q) => (q === 3 ? 80 : 130));
    expect(attainments(planWith(jan), st, "2025-10-01", "2026-03-31")).toEqual([0.8, 1.3]);
  });

  it("leaves out a rep-year the rep was on the plan for under a quarter of", () => {
    const st = statements(jan, 2025, 2026, () => 100);
    // hired 2025-11-01: 61 days of FY2025 (under 25%), all of FY2026
    expect(
      attainments(planWith(jan), st, "2025-01-01", "2026-12-31", [parseDay("2025-11-01"), Infinity]),
    ).toEqual([1]);
  });
});
