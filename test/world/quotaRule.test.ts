/**
 * Quota-setting rule in simulation (sim/plan/quotaRule.ts): Q(y+1) = clamp(Q(y) + share ×
 * (C(y) − Q(y)), floor × A, cap × A). Oracle: hand computation in the comments, and on a whole
 * simulated run the evaluator's own statements (year-1 credit → year-2 quota).
 */
import { describe, expect, it } from "vitest";
import type { LedgerEvent } from "../../sim/core/ledger.js";
import type { Plan } from "../../sim/language/canonical.js";
import { parseDay } from "../../sim/plan/dates.js";
import { nextQuota, ratchetOverrides, ratchetPath } from "../../sim/plan/quotaRule.js";
import type { Statement } from "../../sim/plan/statement.js";
import { simulateTrial } from "../../sim/trial/simulateTrial.js";
import {
  aes,
  CONFIGURED,
  DEFAULT_MIX,
  fixturePlan,
  HONEST,
  modelExperiment,
  runCell,
} from "../model/harness.js";

const A = 900_000;

describe("nextQuota", () => {
  const rule = { share: 1, floor: 1, cap: 1.5 };
  it("share 100%: next quota = this year's credit, inside [floor, cap] × A", () => {
    expect(nextQuota(rule, A, 1_200_000, A)).toBe(1_200_000);
    expect(nextQuota(rule, A, 1_500_000, A)).toBe(1_350_000); // cap 150% × 900k
    expect(nextQuota(rule, A, 600_000, A)).toBe(900_000); // floor 100% × 900k
  });
  it("share 50% moves half-way from this year's quota", () => {
    // 1,200,000 + 50% × (1,000,000 − 1,200,000) = 1,100,000
    expect(nextQuota({ share: 0.5, floor: 0.8, cap: null }, 1_200_000, 1_000_000, A)).toBe(1_100_000);
  });
});

describe("ratchetPath", () => {
  const plan: Plan = {
    ...fixturePlan("ae-annual-ratchet"),
  };
  const quota = plan.quotas[0]!;
  const booking = (date: string, arr: number): LedgerEvent => ({
    id: date,
    date,
    type: "booking",
    account: "a",
    deal: date,
    arr,
    tcv: arr,
    termMonths: 12,
    discount: 0,
    milestone: "",
  });
  const events = [
    booking("2025-02-10", 999_999), // before the rep is on the plan: not counted
    booking("2025-05-10", 300_000),
    booking("2025-11-10", 600_000),
    booking("2026-03-10", 1_000_000),
  ];
  const days = events.map((e) => parseDay(e.date));
  const firstDay = parseDay("2025-04-01");
  it("annualises a partial first year and follows the rule year by year", () => {
    // FY2025 covered from Q2: 3 of 4 equal quarters → C = 900,000 / 0.75 = 1,200,000 → Q2026 = 1,200,000
    // FY2026: C = 1,000,000 → 1,200,000 + 100% × (1,000,000 − 1,200,000) = 1,000,000
    const path = ratchetPath(plan, quota, events, days, firstDay, 2027);
    expect(path[0]).toBe(A);
    expect(path[1]).toBeCloseTo(1_200_000, 6);
    expect(path[2]).toBeCloseTo(1_000_000, 6);
    expect(
      ratchetOverrides(plan, events, days, firstDay, 2027).map((o) => [o.fiscalYear, Math.round(o.annual)]),
    ).toEqual([
      [2026, 1_200_000],
      [2027, 1_000_000],
    ]);
  });
  it("events of the year in progress do not count (the view asks at its start)", () => {
    expect(ratchetPath(plan, quota, events, days, firstDay, 2026)).toHaveLength(2);
  });
  it("no ratchet: no overrides", () => {
    const fixed = fixturePlan("ae-annual-accelerating");
    expect(ratchetOverrides(fixed, events, days, firstDay, 2027)).toEqual([]);
  });
});

const annualOf = (sts: readonly Statement[]): number => sts.reduce((a, s) => a + s.quota.newArr!, 0);

describe("a simulated run under a ratchet", () => {
  const plan = fixturePlan("ae-annual-ratchet");
  const exp = modelExperiment([[plan]], { headcount: aes(2, 2, 1), horizonMonths: 24 });
  const cell = runCell(exp, 0, CONFIGURED, 0);
  it("each rep's year-2 quota is the rule applied to its year-1 credit (the evaluator's statements)", () => {
    let above = 0;
    cell.pay.statements.forEach((sts, r) => {
      const y1 = sts.filter((s) => s.period.fiscalYear === 2025);
      const y2 = sts.filter((s) => s.period.fiscalYear === 2026);
      const credit = y1.reduce((a, s) => a + s.credited.newArr!, 0);
      const expected = Math.max(A, credit); // share 100%, floor 100%, no cap
      if (credit > A) above++;
      // a statement reports the period's quota: the year's four sum to the annual quota (to the
      // cent: the evaluator credits each event and splits the annual quota in whole cents, the
      // rule reads the unrounded credit, so they differ by at most half a cent per event)
      const bookings = cell.state.book.eventsOf(r).filter((e) => e.type === "booking").length;
      expect(annualOf(y1), `rep ${r}`).toBeCloseTo(A, 6);
      expect(Math.abs(annualOf(y2) - expected), `rep ${r}`).toBeLessThanOrEqual(
        0.005 * (bookings + 1) + 1e-6,
      );
    });
    expect(above).toBeGreaterThan(0); // the rule moved someone's quota
  });
  it("the behaviour model saw the same year-2 quota", () => {
    const n = cell.state.reps.length;
    cell.decisions.forEach((d, i) => {
      const r = i % n;
      const month = Math.floor(i / n);
      const y2 = cell.pay.statements[r]!.filter((s) => s.period.fiscalYear === 2026);
      // the evaluator's annual quota is the rule's, rounded to the cent
      if (month >= 12) expect(Math.abs(d.view.annualQuota - annualOf(y2))).toBeLessThanOrEqual(0.005 + 1e-6);
      else expect(d.view.annualQuota).toBe(A);
    });
  });
});

describe("the engine runs the ratchet as the harness does", () => {
  // simulateTrial pays an honest cell through a world shared by the variants (planView.ts); the
  // per-rep quotas come from the events, so it must equal a world run with the plan itself
  const exp = modelExperiment([[fixturePlan("ae-annual-ratchet")], [fixturePlan("ae-annual-accelerating")]], {
    headcount: aes(2, 1, 1),
    behaviour: DEFAULT_MIX,
    horizonMonths: 24,
    tailMonths: 3,
  });
  const bytes = (x: Float64Array): number[] => [...new Uint8Array(x.buffer, x.byteOffset, x.byteLength)];
  for (const mode of [CONFIGURED, HONEST])
    it(`${mode.kind}: simulateTrial = runCell, bit for bit`, () => {
      for (const variant of [1, 0]) {
        const c = runCell(exp, variant, mode, 1);
        const o = simulateTrial(exp, { trial: 1, scenario: 0, variant, population: mode });
        expect(bytes(c.metrics)).toEqual(bytes(o.metrics));
        expect(bytes(c.pay.repPay)).toEqual(bytes(o.repPay));
      }
    });
  it("honest reps pay more under the fixed quota than under the ratchet once quotas rise", () => {
    // same honest world (no decision reads the plan): the ratchet only raises year-2 quotas, and
    // under accelerators a higher quota never pays more
    const ratchet = runCell(exp, 0, HONEST, 1).pay.repPay;
    const fixed = runCell(exp, 1, HONEST, 1).pay.repPay;
    for (let r = 0; r < ratchet.length; r++) expect(ratchet[r]!).toBeLessThanOrEqual(fixed[r]! + 1e-9);
  });
});
