/**
 * The fan chart's columns (layout.ts section 3, packBlock.ts): the configured population's
 * cumulative cash cost at each quarter end of horizon + tail. Oracle: the trial's own
 * monthlyCost summed by hand over the quarter's months, and cost.cash (the cash paid by the tail's end) for the last quarter
 * (every counted statement lands in some month of horizon + tail).
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { populationModes } from "../../sim/engine/run/cells.js";
import {
  metricColumn,
  metricIndex,
  quarterEndMonth,
  runLayout,
  timeColumn,
} from "../../sim/engine/run/layout.js";
import { packMetricsBlock } from "../../sim/engine/run/packBlock.js";
import { monthLabel } from "../../sim/engine/run/timeSummary.js";
import { loadExperimentFile } from "../../sim/language/experiment/loadExperiment.js";
import { simulateTrial, simulateTrials } from "../../sim/trial/simulateTrial.js";

const QUICK = fileURLToPath(new URL("../../scenarios/experiments/quick.yaml", import.meta.url));

describe("cumulative cost by quarter", () => {
  const experiment = loadExperimentFile(QUICK).params;
  const layout = runLayout(experiment, false);
  const task = { kind: "metrics" as const, experiment, byLever: false, columns: layout.columns, reps: 0 };
  const block = { index: 0, start: 3, end: 4 };
  const out = packMetricsBlock(task, block, simulateTrials);

  it("has one column per scenario × variant × quarter of horizon + tail", () => {
    // quick.yaml: 24-month horizon + 12-month tail = 36 months = 12 quarters
    expect(layout.quarters).toBe(12);
    expect(quarterEndMonth(36, 0)).toBe(2);
    expect(quarterEndMonth(35, 11)).toBe(34); // a partial last quarter ends at the last month
    expect(monthLabel("2025-01-01", 35)).toBe("2027-12");
  });

  it("sums the trial's monthly cost by quarter; the last quarter equals cost.cash", () => {
    const cost = metricIndex(layout, "cost.cash");
    for (let v = 0; v < layout.variants; v++) {
      const outcome = simulateTrial(experiment, {
        trial: 3,
        scenario: 0,
        variant: v,
        population: populationModes(false)[0]!,
      });
      const m = outcome.monthlyCost;
      const q1 = m[0]! + m[1]! + m[2]!;
      const q2 = q1 + m[3]! + m[4]! + m[5]!;
      expect(out[timeColumn(layout, 0, v, 0)]).toBeCloseTo(q1, 6);
      expect(out[timeColumn(layout, 0, v, 1)]).toBeCloseTo(q2, 6);
      expect(out[timeColumn(layout, 0, v, 11)]).toBeCloseTo(out[metricColumn(layout, 0, v, 0, cost)]!, 2);
    }
  });
});
