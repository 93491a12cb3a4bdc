/**
 * The history world source in the trial layer (issue 17): an inert population under the historical
 * plan, nothing un-gamed, books exactly the resampled history (the inverses of historyDeal.ts);
 * results do not depend on which trials ran before (keyed randomness); un-gaming moves deals only
 * inside their period and never before the month after their creation.
 */
import { describe, expect, it } from "vitest";
import { resolveHistory } from "../../sim/history/resolveHistory.js";
import { loadExperimentFile } from "../../sim/language/experiment/loadExperiment.js";
import { TRIAL_METRICS } from "../../sim/metrics/trialMetricIds.js";
import { keyedStream } from "../../sim/random/index.js";
import { simulateTrials } from "../../sim/trial/simulateTrial.js";
import { SimCalendar } from "../../sim/world/clock.js";
import { ungamedDay } from "../../sim/world/ungamedDay.js";
import { historyExperiment } from "./fixtures.js";

const metric = (m: Float64Array, id: string) =>
  m[TRIAL_METRICS.indexOf(id as (typeof TRIAL_METRICS)[number])]!;

describe("history world source", () => {
  const resolved = resolveHistory(loadExperimentFile(historyExperiment()).params)!;
  const exp = resolved.experiment;
  const h = exp.history!;

  it("inert reps under the historical plan book exactly the resampled history's won deals", () => {
    const trial = 3;
    let won = 0;
    let arr = 0;
    const quarters = exp.horizonMonths / h.blockMonths;
    const byRepBlock = new Map<string, number[]>();
    h.deals.rep.forEach((r, i) => {
      const key = `${r}/${h.deals.block[i]}`;
      byRepBlock.set(key, [...(byRepBlock.get(key) ?? []), i]);
    });
    for (let r = 0; r < h.reps.length; r++) {
      const blocks = keyedStream(exp.seed, trial, "historyBlocks", r);
      blocks.next(); // the block before month 0 (only deals un-gaming moves into period 0 count)
      for (let b = 0; b < quarters; b++) {
        const k = Math.floor(blocks.next() * h.blocks);
        for (const i of byRepBlock.get(`${r}/${k}`) ?? [])
          if (h.deals.won[i] === 1) {
            won++;
            arr += h.deals.amount[i]!;
          }
      }
    }
    const out = simulateTrials(exp)(trial, 0)(0, { kind: "inert" });
    expect(metric(out.metrics, "deals.won")).toBe(won);
    expect(metric(out.metrics, "arr.new")).toBeCloseTo(arr, 2);
  });

  it("a trial draws the same whichever trials ran before it (keyed by seed, trial, rep)", () => {
    const a = simulateTrials(exp);
    a(0, 0)(1, { kind: "configured" });
    a(1, 0)(1, { kind: "configured" });
    const late = a(2, 0)(1, { kind: "configured" }).metrics;
    const fresh = simulateTrials(exp)(2, 0)(1, { kind: "configured" }).metrics;
    expect([...late]).toEqual([...fresh]);
  });

  it("un-gaming moves a deal inside its period (or, pulled in, to the next one's first month), never before the month after its creation", () => {
    const cal = new SimCalendar("2025-01-01", 12);
    // everything on the period's last day moves; weeks 0 and 9 are short. Period: Apr–Jun 2025
    // (months 3–5); a deal created in May (4) may close from June (day 61 of the period): week 9
    const u = {
      moveProb: [...new Array(13).fill(0), 1],
      deficit: [0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0, 0, 0, 0],
    };
    // created in month 4: held inside June (week 9) or pulled in from July (next period's week 0),
    // in proportion to the two windows' shortfalls (0.5 × 7/7 each): half and half
    const months = Array.from(
      { length: 50 },
      (_, k) => ungamedDay(u, cal, 3, 3, 5, 29, 4, 0.5, k / 50)!.month,
    );
    expect(months.filter((m) => m === 5)).toHaveLength(25);
    expect(months.filter((m) => m === 6)).toHaveLength(25);
    expect(ungamedDay(u, cal, 3, 3, 5, 10, 1, 0.5, 0.5)).toBeNull(); // not on the last day: stays
    // created before the period: week 0 is feasible too (half the weight)
    const early = ungamedDay(u, cal, 3, 3, 5, 29, 1, 0.5, 0.1)!;
    expect(early).toEqual({ month: 3, day: 1 });
    // created in June itself: only the next period's first month can be its natural date
    expect(ungamedDay(u, cal, 3, 3, 5, 29, 5, 0.5, 0.5)?.month).toBe(6);
    // no short bucket in any feasible window (week 5: May here, August next period): stays
    const may = [0, 0, 0, 0, 0, 1, ...new Array(8).fill(0)];
    expect(ungamedDay({ ...u, deficit: may }, cal, 3, 3, 5, 29, 4, 0.5, 0.5)).toBeNull();
  });
});

describe("un-gaming fit", () => {
  it("the fitted mix on the un-gamed pipeline is closer to history's month profile than nobody gaming", () => {
    const r = resolveHistory(loadExperimentFile(historyExperiment({ ungame: true, fitTrials: 1 })).params)!;
    const u = r.experiment.historyReport!.ungaming!;
    const months = u.distances.find((d) => d.profile === "value by month of the period")!;
    expect(months.fitted!).toBeLessThan(months.honest!);
    expect(r.experiment.population.behaviour).toEqual(r.fit!.fit.behaviour);
    expect(u.unidentified.map((x) => x.parameter)).toContain("natural timing");
  }, 120_000);
});
