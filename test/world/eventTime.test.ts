/**
 * The event-time customer model (sim/world/accountPaths.ts, accountSchedule.ts, customers.ts)
 * against the monthly scan it replaced, over the same 100 trials of scenarios/experiments/quick.yaml
 * (variants Activity era — no CSM effort lever in play — and Outcome — CSMs change effort, so
 * their accounts are stepped month by month), configured and honest populations.
 *
 * Oracle: fixtures/monthlyCustomerModel.quick.json, every per-trial metric of those cells as the
 * monthly model computed them — with issue 12's rep behaviour and customers (the misfit churn
 * multiplier, unqualified prospects, collections, survey inflation in expectation; commit d755744,
 * i12 before the event-time merge; first made at 8e63ba3 for the model without them) —
 * `node dist/bench/modelSamples.js <that checkout> scenarios/experiments/quick.yaml 100 0,1`.
 * Keyed draws are shared, so:
 *  - what the survey draws do not touch — bookings, churn, expansions, contractions, activation,
 *    logo churn, attainment — is equal trial for trial (to 1e-9, the running book sums round
 *    differently from a month-by-month sum);
 *  - survey answers are now one geometric gap per answer instead of a Bernoulli draw per
 *    quarter (same law), so NPS — and the pay that reads it — differ trial by trial but must
 *    agree in distribution: paired mean difference within 4 standard errors and a two-sample
 *    Kolmogorov–Smirnov D below its 0.1% critical value 1.95·√(2/n).
 * Measured at the merge (n = 100, 4 cells): survey-touched metrics |paired mean diff| ≤ 2.65 SE
 * (NPS ≤ 0.93 SE, e.g. Outcome configured npsReported 18.76 → 18.65, its survey inflation over
 * npsTrue 7.10 → 7.08 points), max KS D = 0.12 (critical 0.276); every other metric equal trial for
 * trial to 2.1e-15 relative. A second test checks the geometric gaps answer at the response rate
 * over ~10^5 account-quarters.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadExperimentFile } from "../../sim/language/experiment/loadExperiment.js";
import { TRIAL_METRICS } from "../../sim/metrics/trialMetricIds.js";
import { simulateTrials } from "../../sim/trial/simulateTrial.js";
import { baselineWorld } from "../../sim/world/baseline.js";
import { simulateWorld } from "../../sim/world/simulateWorld.js";
import { companyGroup } from "../../sim/world/state.js";

interface Samples {
  readonly trials: number;
  readonly cells: Record<string, Record<string, (number | null)[]>>;
}

const ROOT = join(import.meta.dirname, "../..");
const OLD = JSON.parse(
  readFileSync(join(import.meta.dirname, "fixtures/monthlyCustomerModel.quick.json"), "utf8"),
) as Samples;

/** Metrics the survey draws reach: NPS itself, and pay and cost through the Outcome plans' NPS modifiers. */
const SURVEY_TOUCHED = new Set<string>([
  "customer.npsTrue",
  "customer.npsReported",
  "cost.total",
  "cost.cash", // (cash and earned pay: the Outcome plans' NPS modifiers)
  "cost.ratio",
  "cost.expense",
  "cost.contractAsset",
  "payPerformance.rho",
  ...TRIAL_METRICS.filter((id) => id.startsWith("payout.")),
]);

function newSamples(): Samples["cells"] {
  const experiment = loadExperimentFile(join(ROOT, "scenarios/experiments/quick.yaml")).params;
  const cells: Samples["cells"] = {};
  for (const v of [0, 1])
    for (const mode of ["configured", "honest"])
      cells[`${v}/${mode}`] = Object.fromEntries(TRIAL_METRICS.map((id) => [id, [] as (number | null)[]]));
  const simulate = simulateTrials(experiment);
  for (let trial = 0; trial < OLD.trials; trial++) {
    const of = simulate(trial, 0);
    for (const v of [0, 1])
      for (const mode of ["configured", "honest"] as const) {
        const metrics = of(v, { kind: mode }).metrics;
        const cell = cells[`${v}/${mode}`]!;
        TRIAL_METRICS.forEach((id, k) => {
          const x = metrics[k]!;
          cell[id]!.push(Number.isFinite(x) ? x : null);
        });
      }
  }
  return cells;
}

function ksStatistic(a: readonly number[], b: readonly number[]): number {
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i]!, y[j]!);
    while (i < x.length && x[i]! <= v) i++;
    while (j < y.length && y[j]! <= v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}

describe("event-time customers agree with the monthly scan", () => {
  const now = newSamples();
  for (const cell of Object.keys(OLD.cells))
    it(`cell ${cell}`, () => {
      for (const id of TRIAL_METRICS) {
        const old = OLD.cells[cell]![id]!;
        const neu = now[cell]![id]!;
        const pairs = old.flatMap((x, t) => (x === null || neu[t] === null ? [] : [[x, neu[t]!] as const]));
        expect(pairs.length, `${cell} ${id}: same defined trials`).toBe(old.filter((x) => x !== null).length);
        if (!SURVEY_TOUCHED.has(id)) {
          for (const [x, y] of pairs)
            expect(Math.abs(y - x), `${cell} ${id}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x)));
          continue;
        }
        const n = pairs.length;
        const diffs = pairs.map(([x, y]) => y - x);
        const mean = diffs.reduce((s, d) => s + d, 0) / n;
        const sd = Math.sqrt(diffs.reduce((s, d) => s + (d - mean) ** 2, 0) / (n - 1));
        expect(Math.abs(mean), `${cell} ${id}: paired mean difference`).toBeLessThanOrEqual(
          4 * (sd / Math.sqrt(n)) + 1e-9,
        );
        const d = ksStatistic(
          pairs.map((p) => p[0]),
          pairs.map((p) => p[1]),
        );
        expect(d, `${cell} ${id}: KS D`).toBeLessThan(1.95 * Math.sqrt(2 / n));
      }
    });
});

describe("survey answers by geometric gaps", () => {
  it("answer a share responseRate of the alive account-quarters", () => {
    const experiment = loadExperimentFile(join(ROOT, "scenarios/experiments/quick.yaml")).params;
    let answers = 0;
    let asked = 0;
    for (let trial = 0; trial < 3; trial++) {
      const s = simulateWorld({
        seed: "surveys",
        trial,
        start: experiment.start,
        horizonMonths: 24,
        tailMonths: 12,
        world: baselineWorld(36),
        scenarioName: "baseline",
        population: experiment.population,
        mode: { kind: "honest" },
        plans: {},
        responses: {},
        decide: null,
      });
      const t = s.tracker;
      const g = companyGroup(s);
      for (let m = 0; m < s.months; m++) {
        if (s.cal.calendarMonth[m]! % 3 !== 0) continue;
        answers += t.responses[t.at(g, m)]!;
        asked += t.logos[t.at(g, m)]! - t.logosLost[t.at(g, m)]!; // alive through the month's churn
      }
    }
    const rate = baselineWorld().surveys.responseRate;
    const se = Math.sqrt((rate * (1 - rate)) / asked);
    expect(asked).toBeGreaterThan(10_000);
    expect(Math.abs(answers / asked - rate)).toBeLessThan(4 * se);
  });
});
