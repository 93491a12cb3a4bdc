import { describe, expect, it } from "vitest";
import { customerOutcomes } from "../../sim/backtest/customerOutcomes.js";
import type { ArrMovementRow, SurveyRow, UsageRow } from "../../sim/data/rows.js";

let id = 0;
const move = (
  account: string,
  date: string,
  type: ArrMovementRow["type"],
  change: number,
  after: number,
): ArrMovementRow => ({
  movement_id: `m${++id}`,
  account_id: account,
  date,
  type,
  arr_change: change,
  arr_after: after,
  opportunity_id: null,
  rep_id: null,
});

const movements: ArrMovementRow[] = [
  move("A", "2023-03-01", "new", 100, 100),
  move("B", "2023-06-01", "new", 200, 200),
  move("C", "2023-09-01", "new", 300, 300),
  // window FY2024 (2024-01-01 … 2024-12-31): cohort A 100, B 200, C 300 = 600
  move("A", "2024-04-01", "expansion", 50, 150), // A ends at 150 (kept 100)
  move("B", "2024-05-01", "contraction", -80, 120), // B ends at 120 (kept 120)
  move("C", "2024-07-01", "churn", -300, 0), // C ends at 0
  move("D", "2024-02-01", "new", 400, 400), // new in the window: not in the cohort
];

const usage: UsageRow[] = [
  { account_id: "D", month: "2024-03", active_users: 5, usage_depth: 0.3, events: 10 }, // activated within 90 days
  { account_id: "D", month: "2024-12", active_users: 5, usage_depth: 0.5, events: 10 },
];

const survey = (kind: SurveyRow["kind"], score: number): SurveyRow => ({
  response_id: `s${++id}`,
  account_id: "A",
  date: "2024-06-01",
  kind,
  score,
  rep_id: null,
});

describe("customerOutcomes", () => {
  const outcomes = customerOutcomes(
    movements,
    usage,
    [
      survey("nps", 10),
      survey("nps", 9),
      survey("nps", 7),
      survey("nps", 3),
      survey("csat", 4),
      survey("csat", 5),
    ],
    { start: "2024-01-01", end: "2024-12-31", activationDays: 90, activationDepth: 0.2 },
  );
  it("computes NRR and GRR on the start-of-window cohort", () => {
    // hand-computed: NRR = (150 + 120 + 0) / 600 = 0.45; GRR = (100 + 120 + 0) / 600 = 0.3667
    expect(outcomes.nrr).toBeCloseTo(270 / 600, 12);
    expect(outcomes.grr).toBeCloseTo(220 / 600, 12);
    expect(outcomes.retentionWindows).toBe(1);
  });
  it("computes logo churn, activation, adoption and survey scores", () => {
    // active in the range: A, B, C, D = 4; churned: C → 1/4
    expect(outcomes.logoChurn).toBe(0.25);
    // new in range with a full window: D (Feb 1 + 90 days ≤ Dec 31), activated in March → 1/1
    expect(outcomes.activation).toBe(1);
    // adoption: mean of 0.3 and 0.5 = 0.4
    expect(outcomes.adoption).toBeCloseTo(0.4, 12);
    // NPS: 2 promoters, 1 detractor of 4 → 100 × (2 − 1) / 4 = 25; CSAT mean 4.5
    expect(outcomes.npsReported).toBe(25);
    expect(outcomes.csat).toBe(4.5);
    expect(outcomes.ces).toBeNaN();
  });
  it("says 'not available' (NaN), not 0%, for churn and activation the history does not record", () => {
    // a CRM export: ARR movements derived from won deals only, no usage table (maven-crm's shape)
    const wonOnly = movements.filter((m) => m.type === "new");
    const o = customerOutcomes(wonOnly, [], [], {
      start: "2024-01-01",
      end: "2024-12-31",
      activationDays: 90,
      activationDepth: 0.2,
    });
    expect(o.logoChurn).toBeNaN();
    expect(o.activation).toBeNaN();
    expect(o.accounts).toBe(4); // A, B, C active from before the range, D new in it
  });
  it("reports n/a retention when history is shorter than a year", () => {
    const short = customerOutcomes(movements, usage, [], {
      start: "2024-01-01",
      end: "2024-06-30",
      activationDays: 90,
      activationDepth: 0.2,
    });
    expect(short.nrr).toBeNaN();
  });
});
