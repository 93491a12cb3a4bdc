/**
 * A history written from the simulator's own world (issue 17 item 4; sim/engine/history/simulatedHistory.ts):
 * it loads cleanly, the backtest pays on it what the simulation paid, its timing profile is the
 * simulation's, and it is the same bytes every time. Oracle: the simulation itself (truth.json),
 * and for the pay, simulateTrial's own repPay for the same cell.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runBacktest } from "../../sim/backtest/runBacktest.js";
import { historyProfiles, wonDeals } from "../../sim/calibrate/historyProfiles.js";
import { loadDataset } from "../../sim/data/load.js";
import {
  type SimulatedHistoryResult,
  type SimulatedPopulation,
  writeSimulatedHistory,
} from "../../sim/engine/history/simulatedHistory.js";
import { loadExperimentFile } from "../../sim/language/experiment/loadExperiment.js";
import { periodCurves } from "../../sim/metrics/kernels/periodCurves.js";
import { simulateHistory } from "../../sim/trial/history/simulateHistory.js";
import { simulateTrial } from "../../sim/trial/simulateTrial.js";
import { periodWeeks, trialTimingCurves } from "../../sim/trial/timingCurves.js";
import { tempDir } from "../data/tmp.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

const EXPERIMENT = join(PROJECT_ROOT, "test/trial/fixtures/history-small.yaml");
const PLANS = join(PROJECT_ROOT, "scenarios/plans");
const VARIANT_FILES: Readonly<Record<string, readonly string[]>> = {
  "Activity era": ["ae-activity-era.yaml", "csm-renewal.yaml"],
  Outcome: ["ae-outcome.yaml", "csm-outcome.yaml"],
  Vesting: ["ae-multiyear-vesting.yaml", "csm-outcome.yaml"],
  "Capped YTD": ["ae-capped-ytd.yaml", "csm-outcome.yaml"],
};

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

function write(
  variant: string,
  name: string,
  extra: { seed?: string; population?: SimulatedPopulation } = {},
) {
  const out = tempDir(`history-${name}`);
  return {
    out,
    result: writeSimulatedHistory({ experiment: EXPERIMENT, variant, out, tables: "csv", ...extra }),
  };
}

/** Paid cents per rep id of the variant's plans replayed on the written history's horizon. */
function backtestCents(out: string, variant: string, result: SimulatedHistoryResult) {
  const bt = runBacktest({
    variants: [{ name: variant, files: VARIANT_FILES[variant]!.map((f) => join(PLANS, f)) }],
    data: out,
    from: result.truth.range.start,
    to: result.truth.range.end,
  });
  return bt.variants[0]!.replay.reps;
}

describe("simulated history (generate-data --from-experiment)", () => {
  let activity: { out: string; result: SimulatedHistoryResult };
  beforeAll(() => {
    activity = write("Activity era", "activity");
  });

  it("loads with the canonical loader: no rejected and no skipped rows, row counts as in the manifest", () => {
    const loaded = loadDataset(activity.out);
    expect(loaded.rejected).toEqual([]);
    for (const s of loaded.skipped) expect(s.lines.length, s.table).toBe(0);
    const t = loaded.tables;
    for (const [table, n] of Object.entries(activity.result.manifest.rows))
      expect(t[table as keyof typeof t].length, table).toBe(n);
    // every kind of row is there: lost and open deals beside won ones, and all four movement kinds
    const stages = new Set(t.opportunities.map((o) => o.stage));
    expect([...stages].sort()).toEqual(["lost", "open", "won"]);
    const types = new Set(t.arr_movements.map((m) => m.type));
    for (const type of ["new", "expansion", "churn", "renewal"])
      expect(types.has(type as never), type).toBe(true);
    expect(t.usage.length).toBeGreaterThan(0);
    expect(t.surveys.length).toBe(2 * activity.result.truth.surveys.responses);
    // the written NPS rows are the reported scores: their NPS is truth.json's npsReported
    const scores = t.surveys.filter((r) => r.kind === "nps").map((r) => r.score);
    const net = scores.reduce((n, x) => n + (x >= 9 ? 1 : x <= 6 ? -1 : 0), 0);
    expect((100 * net) / scores.length).toBeCloseTo(activity.result.truth.surveys.npsReported!, 9);
    expect(activity.result.truth.surveys.npsTrue).not.toBeNull();
  });

  it("records without changing the world: the cell's pay equals simulateTrial's, rep by rep", () => {
    const { params } = loadExperimentFile(EXPERIMENT);
    for (const kind of ["configured", "inert"] as const) {
      const request = { trial: 1, scenario: 0, variant: 1, population: { kind } };
      const own = simulateTrial(params, request);
      const recorded = simulateHistory(params, request);
      expect([...recorded.pay.repPay], kind).toEqual([...own.repPay]);
    }
  });

  it("backtesting the variant's plans on the history pays each rep the simulation's own pay, to the cent", () => {
    const reps = backtestCents(activity.out, "Activity era", activity.result);
    const truth = activity.result.truth.pay;
    expect(reps.map((r) => [r.rep.id, r.paidCents])).toEqual(
      [...truth.reps].sort((a, b) => (a.rep_id < b.rep_id ? -1 : 1)).map((r) => [r.rep_id, r.horizonCents]),
    );
    expect(truth.horizonCents).toBeGreaterThan(0);
    expect(reps.reduce((sum, r) => sum + r.paidCents, 0)).toBe(truth.horizonCents);
  });

  it("agrees to the cent under every population mode, and for AE plans on bookings alone (Capped YTD)", () => {
    for (const population of ["honest", "inert"] as const) {
      const { out, result } = write("Activity era", `activity-${population}`, { population });
      const paid = new Map(backtestCents(out, "Activity era", result).map((r) => [r.rep.id, r.paidCents]));
      for (const r of result.truth.pay.reps)
        expect(paid.get(r.rep_id), `${population} ${r.rep_id}`).toBe(r.horizonCents);
    }
    // YTD attainment, netting and the total-variable cap read bookings only: the AEs agree exactly;
    // the CSMs' outcome bonuses read observations the history defines otherwise (data/README.md)
    const { out, result } = write("Capped YTD", "capped");
    const paid = new Map(backtestCents(out, "Capped YTD", result).map((r) => [r.rep.id, r.paidCents]));
    for (const r of result.truth.pay.reps)
      if (r.role === "AE") expect(paid.get(r.rep_id), r.rep_id).toBe(r.horizonCents);
  });

  // Lines that agree to the cent on statements whose period lies inside the history, and lines
  // that cannot (data/README.md, "Simulated histories"): the backtest derives activation from
  // usage depth ≥ 0.3 at a month end where the world has an activation day; the tables have no
  // collections, so holdbacks released on collection stay held (and a clawback then cancels
  // rather than recovers them); measured metrics (GRR, usage depth, NPS, CSAT) are observed over
  // the tables' coverage instead of the world's trailing books, and team- or company-scope ones
  // not at all (so an NPS modifier of team scope, and a clawback of commission it modified, differ).
  it.each([
    ["Outcome", ["newArr/tier", "newArr/adjustment", "expansionPool/pool"], ["activation/milestone"]],
    [
      "Vesting",
      [
        "newArr/tier",
        "newArr/adjustment",
        "newArr/ytdNetting",
        "newArr/deferral",
        "newArr/holdback",
        "newArr/cap",
      ],
      ["newArr/release"],
    ],
  ] as const)(
    "%s: the booking-driven lines agree to the cent, the lines of other conventions differ",
    (variant, same, differ) => {
      const { out, result } = write(variant, variant.toLowerCase());
      const { params } = loadExperimentFile(EXPERIMENT);
      const index = params.variants.findIndex((v) => v.name === variant);
      const sim = simulateHistory(params, {
        trial: 0,
        scenario: 0,
        variant: index,
        population: { kind: "configured" },
      });
      const { start, end } = result.truth.range;
      type Lines = readonly {
        period: { start: string; end: string };
        lines: readonly { component: string; kind: string; amountCents: number }[];
      }[];
      // Σ cents by component/kind of the AEs' statements whose period lies inside the history (the
      // first period of a plan whose fiscal year does not start with the history is prorated to the
      // simulation's start in the trial, not in the backtest: the tables cannot say when a plan began)
      const sums = (statements: Iterable<Lines>) => {
        const out = new Map<string, number>();
        for (const list of statements)
          for (const st of list)
            if (st.period.start >= start && st.period.end <= end)
              for (const l of st.lines)
                out.set(
                  `${l.component}/${l.kind}`,
                  (out.get(`${l.component}/${l.kind}`) ?? 0) + l.amountCents,
                );
        return out;
      };
      const simulated = sums(
        sim.state.reps.flatMap((rep, r) => (rep.role === "AE" ? [sim.pay.statements[r]!] : [])),
      );
      const replayed = sums(
        backtestCents(out, variant, result).flatMap((r) => (r.rep.role === "AE" ? [r.statements] : [])),
      );
      for (const key of same) {
        expect(simulated.get(key), key).not.toBe(0);
        expect(replayed.get(key), key).toBe(simulated.get(key));
      }
      for (const key of differ)
        expect(Math.abs(replayed.get(key) ?? 0), key).toBeLessThan(Math.abs(simulated.get(key)!));
    },
  );

  it("the timing profile of the written won deals (calibrate's historyProfiles) equals truth.json's", () => {
    const loaded = loadDataset(activity.out);
    const { truth } = activity.result;
    const { params } = loadExperimentFile(EXPERIMENT);
    const calendar = params.variants[0]!.plans.find((p) => p.role === "AE")!.calendar;
    const fromTables = historyProfiles(
      wonDeals(loaded.tables, truth.range),
      calendar,
      truth.range,
      "simulation",
    );
    expect(fromTables).toEqual(truth.timing);
    expect(truth.timing.volumeShareByMonthOfPeriod.length).toBe(3);
    expect(truth.timing.volumeShareByWeek.length).toBe(13);
    // and it is the simulation's own curve (what `run` measures for timing.* metrics)
    const sim = simulateHistory(params, {
      trial: 0,
      scenario: 0,
      variant: 0,
      population: { kind: "configured" },
    });
    const own = periodCurves(trialTimingCurves(sim.state, calendar), periodWeeks(calendar));
    expect(truth.timing.volumeShareByWeek).toEqual(own.volumeShareByWeek);
    expect(truth.timing.lastDayShare).toBe(own.lastDayShare);
    // new ARR: Σ of the won amounts (split deals in halves, so equal up to rounding of the sum)
    const won = loaded.tables.opportunities.filter((o) => o.stage === "won");
    expect(won.length).toBeGreaterThanOrEqual(truth.dealsWon); // a split deal is two rows
    const sum = won.reduce((s, o) => s + o.amount!, 0);
    expect(Math.abs(sum - truth.newArr)).toBeLessThan(1e-6 * truth.newArr);
    // and per rep: the won amounts of each owner
    for (const r of truth.pay.reps) {
      const mine = won.filter((o) => o.owner_rep_id === r.rep_id).reduce((x, o) => x + o.amount!, 0);
      expect(Math.abs(mine - r.newArr), r.rep_id).toBeLessThanOrEqual(1e-9 * Math.max(1, r.newArr));
    }
  });

  it("is deterministic: the same inputs write the same bytes; another seed writes another history", () => {
    const again = write("Activity era", "activity-again");
    const files = readdirSync(activity.out).sort();
    expect(readdirSync(again.out).sort()).toEqual(files);
    for (const f of files) expect(sha(join(again.out, f)), f).toBe(sha(join(activity.out, f)));
    expect(Object.keys(activity.result.manifest.files).sort()).toEqual(
      files.filter((f) => f !== "manifest.json"),
    );
    const other = write("Activity era", "activity-seed", { seed: "18" });
    expect(sha(join(other.out, "opportunities.csv"))).not.toBe(sha(join(activity.out, "opportunities.csv")));
    expect(other.result.truth.seed).toBe("18");
  });
});
