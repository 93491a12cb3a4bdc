/**
 * Finding: the day-level timing Larkin (2014, "The Cost of High-Powered Incentives", J. Labor
 * Econ. 32(2)) documents under an accelerating quarterly plan — volume concentrates on the
 * quarter's last day, the quarter's first week carries a spike of deals that slipped past the
 * deadline (≈ 3.9× a mid-quarter week), and discounts are U-shaped over the quarter (≈ 35% at the
 * start, ≈ 29% mid-quarter, ≈ 37% at the end) — none of which a linear plan produces. In the model
 * it emerges from the plan's nonlinearity (sim/behavior/deadline.ts, timing.ts): gaming reps near
 * an accelerator hold deals to the deadline, pull deals in on the last day, and a quarter of the
 * held deals slip into the next quarter's first week keeping the deadline concession.
 *
 * Setup: baseline world, 12 AEs (6 SMB, 5 MM, 1 ENT), the default behaviour mix (50% honest,
 * 35% at propensity 0.5, 15% at 1), 12-month horizon from January, 16 paired trials; plans: the
 * shipped ae-activity-era (quarterly, 1.5× above 100%, 2× above 125%) vs test/model/fixtures/
 * ae-linear (the same 11.1%, no tiers). Curves: sim/metrics/kernels/periodCurves.ts over each
 * trial's bookings (13 weeks of the quarter, the last day apart), pooled over trials.
 * Mid-quarter = weeks 4–10; quarter end = week 13 and the last day.
 *
 * Measured (16 trials, pooled): accelerating vs linear — last-day share 19.8% vs 1.2% (every
 * rep strategic, 8 trials: 35%; Larkin describes about three quarters on the last day, with
 * 12–24-month cycles reps fully control — half of the default mix never games, and the world's
 * 1–6-month cycles leave less to move); week 1 holds 1.92× a mid-quarter week vs 1.05× (strategic
 * 3.5×; Larkin 3.9×); discount start 14.2%, mid 12.8%, end (week 13 and the last day) 25.1%: start
 * − mid +1.4 points, end − mid +12.3 vs ≈ 0 linear (Larkin +6 and +8 on a 29% base; the world's
 * typical discounts are 8–18%, and the rep's concession is capped at its 15-point authority).
 * Bands (default mix): last-day share 5–60%; week-1 / mid-quarter week 1.2–5×; discount start −
 * mid 0.5–10 points, end − mid 2–15 points; linear: last day under 3%, ratio under 1.3, no U
 * (|start − mid| and |end − mid| under 1 point).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { curveLength, periodCurves } from "../../sim/metrics/kernels/periodCurves.js";
import { periodWeeks, trialTimingCurves } from "../../sim/trial/timingCurves.js";
import { aes, type Cell, CONFIGURED, examplePlan, fixturePlan, modelExperiment, runCell } from "./harness.js";

const TRIALS = 16;
const exp = modelExperiment([[examplePlan("ae-activity-era")], [fixturePlan("ae-linear")]], {
  headcount: aes(6, 5, 1),
  horizonMonths: 12,
});
const W = periodWeeks({ period: "quarter", fiscalYearStartMonth: 1 });

/** Curve sums pooled over the trials of one variant (configured population). */
function pooled(variant: number): Float64Array {
  const acc = new Float64Array(curveLength(W));
  for (let t = 0; t < TRIALS; t++) {
    const c: Cell = runCell(exp, variant, CONFIGURED, t);
    const sums = trialTimingCurves(c.state, exp.variants[variant]!.plans[0]!.calendar);
    for (let k = 0; k < acc.length; k++) acc[k] = acc[k]! + sums[k]!;
  }
  return acc;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function summary(acc: Float64Array) {
  const c = periodCurves(acc, W);
  const mid = c.volumeShareByWeek.slice(3, 10);
  const b = W + 1;
  // value-weighted discount over buckets [from, to)
  const discount = (from: number, to: number) => {
    let v = 0;
    let d = 0;
    for (let w = from; w < to; w++) {
      v += acc[b + w]!;
      d += acc[2 * b + w]!;
    }
    return d / v;
  };
  return {
    curves: c,
    lastDay: c.lastDayShare,
    spike: c.volumeShareByWeek[0]! / mean(mid),
    start: discount(0, 1),
    mid: discount(3, 10),
    end: discount(W - 1, W + 1),
  };
}

let accel: ReturnType<typeof summary>;
let linear: ReturnType<typeof summary>;
beforeAll(() => {
  accel = summary(pooled(0));
  linear = summary(pooled(1));
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  for (const [name, s] of [
    ["accelerating", accel],
    ["linear", linear],
  ] as const) {
    console.log(
      `${name}: last day ${pct(s.lastDay)}, week 1 ${s.spike.toFixed(2)}× a mid-quarter week, discount start ${pct(s.start)} mid ${pct(s.mid)} end ${pct(s.end)}`,
    );
    console.log(
      `  volume by week ${s.curves.volumeShareByWeek.map(pct).join(" ")} | last day ${pct(s.lastDay)}`,
    );
  }
}, 300_000);

describe("deal timing at day level (Larkin 2014)", () => {
  it("volume concentrates on the quarter's last day under the accelerating plan, not the linear one", () => {
    expect(accel.lastDay).toBeGreaterThan(0.05);
    expect(accel.lastDay).toBeLessThan(0.6);
    expect(linear.lastDay).toBeLessThan(0.03);
  });

  it("the quarter's first week carries a spike of deals that slipped past the deadline", () => {
    expect(accel.spike).toBeGreaterThan(1.2);
    expect(accel.spike).toBeLessThan(5);
    expect(linear.spike).toBeLessThan(1.3);
  });

  it("discounts are U-shaped over the quarter under the accelerating plan, flat under the linear one", () => {
    expect(accel.start - accel.mid).toBeGreaterThan(0.005);
    expect(accel.start - accel.mid).toBeLessThan(0.1);
    expect(accel.end - accel.mid).toBeGreaterThan(0.02);
    expect(accel.end - accel.mid).toBeLessThan(0.15);
    expect(Math.abs(linear.start - linear.mid)).toBeLessThan(0.01);
    expect(Math.abs(linear.end - linear.mid)).toBeLessThan(0.01);
  });
});
