/**
 * Plain-language flags against their documented thresholds (reports/flags/thresholds.ts): a
 * simulation flag needs its whole 95% interval past the threshold; backtest flags compare the
 * exact figure. Estimates are hand-made so each case sits just inside or outside a threshold.
 */
import { describe, expect, it } from "vitest";
import { backtestFlags } from "../../reports/flags/backtestFlags.js";
import { runFlags } from "../../reports/flags/runFlags.js";
import { THRESHOLDS } from "../../reports/flags/thresholds.js";
import type { BacktestSummary } from "../../reports/load/backtestData.js";
import type { RunSummary } from "../../sim/engine/run/summary.js";

const est = (mean: number, half: number) => ({
  mean,
  se: half / 1.96,
  ci95: [mean - half, mean + half],
  n: 100,
});

function summary(
  windfall: ReturnType<typeof est>,
  cells: Record<string, unknown>,
  overBudget: number,
  byLever: Record<string, unknown> | null = null,
): RunSummary {
  return {
    experiment: { currency: "USD" },
    scenarios: ["Baseline"],
    variants: ["A", "B"],
    cells: [{ scenario: "Baseline", variant: "B", population: "configured", metrics: cells }],
    risk: [
      {
        scenario: "Baseline",
        variant: "B",
        population: "configured",
        "cost.overBudgetProb": {
          p: overBudget,
          se: 0.01,
          ci95: [overBudget - 0.02, overBudget + 0.02],
          n: 100,
          hits: overBudget * 100,
        },
      },
    ],
    gaming: [{ scenario: "Baseline", variant: "B", "gaming.windfall": windfall, "gaming.byLever": byLever }],
    paired: [
      {
        scenario: "Baseline",
        population: "configured",
        variant: "B",
        base: "A",
        metrics: { "cost.total": { difference: -250_000, se: 50_000, ci95: [-348_000, -152_000], n: 100 } },
      },
    ],
  } as unknown as RunSummary;
}

describe("runFlags", () => {
  it("flags a windfall whose whole interval is above 5%, naming the leading lever in words", () => {
    // 14% ± 2%: the interval 12%–16% lies above 5% → flagged; timing (9%) leads discount (3%)
    const flags = runFlags(
      summary(est(0.14, 0.02), {}, 0, { discount: est(0.03, 0.01), quarterEndTiming: est(0.09, 0.01) }),
    );
    const w = flags.find((f) => f.metric === "gaming.windfall")!;
    expect(w.text).toBe(
      "Variant B: gaming windfall is 14.0% ± 2.0% of honest pay, driven by quarter end timing.",
    );
    expect(w.level).toBe("warn");
  });

  it("does not flag a windfall whose interval reaches below the threshold (6% ± 2% → 4%–8%)", () => {
    expect(runFlags(summary(est(0.06, 0.02), {}, 0)).some((f) => f.metric === "gaming.windfall")).toBe(false);
  });

  it("flags P(over budget) from 10%, not below", () => {
    expect(
      runFlags(summary(est(0, 0.01), {}, THRESHOLDS.overBudgetProb)).some(
        (f) => f.metric === "cost.overBudgetProb",
      ),
    ).toBe(true);
    expect(runFlags(summary(est(0, 0.01), {}, 0.09)).some((f) => f.metric === "cost.overBudgetProb")).toBe(
      false,
    );
  });

  it("flags concentration, reps under half target, the survey gap and weak pay for value past their thresholds", () => {
    const cells = {
      "payout.gini": est(0.45, 0.02), // 0.43–0.47 > 0.40
      "payout.zeroShare": est(0.19, 0.02), // 17%–21% reaches below 20% → not flagged
      "customer.npsTrue": est(20, 1),
      "customer.npsReported": est(26, 1), // gap 6 > 5 points
      "payPerformance.rho": est(0.2, 0.05), // 0.15–0.25 < 0.30
    };
    const ids = runFlags(summary(est(0, 0.01), cells, 0)).map((f) => f.metric);
    expect(ids).toEqual(["payout.gini", "customer.npsReported", "payPerformance.rho", "cost.total"]);
  });

  it("reports a paired cost difference that excludes zero, in money: 250,000 ± 98,000 less", () => {
    const cost = runFlags(summary(est(0, 0.01), {}, 0)).find((f) => f.metric === "cost.total")!;
    expect(cost.level).toBe("ok");
    expect(cost.short).toBe("costs $250,000 ± $98,000 less than A over the horizon.");
  });
});

describe("backtestFlags", () => {
  const variant = (gini: number, zero: number, rho: number) => ({
    name: "V",
    metrics: { "payout.gini": gini, "payout.zeroShare": zero, "payPerformance.rho": rho },
    timing: { lastMonthShare: 0.45, uniformLastMonthShare: 0.3336 },
  });
  it("compares exact figures; bunching is the last-month share over the even share (0.45 / 0.3336 = 1.35 > 1.25)", () => {
    const flags = backtestFlags({ variants: [variant(0.41, 0.2, 0.31)] } as unknown as BacktestSummary);
    expect(flags.map((f) => f.metric)).toEqual(["payout.gini", "timing.lastMonthShare"]);
    expect(flags[1]!.variant).toBe("");
  });
});

describe("frontier flags", () => {
  const point = (
    variant: string,
    cost: number,
    value: number,
    efficient: boolean,
    dominatedBy: string[] = [],
  ) => ({
    variant,
    cost: est(cost, 1),
    value: est(value, 1),
    efficient,
    dominatedBy,
  });
  const withFrontier = (points: ReturnType<typeof point>[]) =>
    ({
      ...summary(est(0, 0.01), {}, 0),
      variants: points.map((p) => p.variant),
      frontier: [{ scenario: "Baseline", cost: "cost.total", value: "arr.endOfHorizon", points }],
    }) as unknown as RunSummary;

  it("names each efficient variant and the variants it beats on both cost and value", () => {
    // A costs 10 for value 5; B costs 8 for value 6, so B dominates A; C costs 12 for value 9 (more value, more cost)
    const flags = runFlags(
      withFrontier([point("A", 10, 5, false, ["B"]), point("B", 8, 6, true), point("C", 12, 9, true)]),
    ).filter((f) => f.metric === "arr.endOfHorizon");
    expect(flags.map((f) => f.variant)).toEqual(["B", "C"]);
    expect(flags[0]!.text).toBe(
      "Variant B: is on the efficient frontier of cost vs customer value: no other variant costs less for at least as much customer ARR at the end (it beats A on both).",
    );
    expect(flags[1]!.text).not.toContain("beats");
  });

  it("says nothing when the summary has no frontier or a single variant", () => {
    expect(runFlags(summary(est(0, 0.01), {}, 0)).some((f) => f.metric === "arr.endOfHorizon")).toBe(false);
    expect(
      runFlags(withFrontier([point("A", 10, 5, true)])).some((f) => f.metric === "arr.endOfHorizon"),
    ).toBe(false);
  });
});

describe("flags of a sensitivity sweep", () => {
  it("cover the variants as written, not the sweep's generated copies of them", () => {
    // B is written; "B · accelerator=2" is a swept copy with the same gini 0.45 (0.43–0.47 > 0.40)
    const base = summary(est(0, 0.01), { "payout.gini": est(0.45, 0.02) }, 0);
    const swept = {
      ...base,
      variants: ["A", "B", "B · accelerator=2"],
      cells: [...base.cells, { ...base.cells[0]!, variant: "B · accelerator=2" }],
      sweeps: {
        parameters: [
          {
            name: "accelerator",
            kind: "plan",
            base: "B",
            values: [{ label: "2", cells: [{ variant: "B · accelerator=2", scenario: "Baseline" }] }],
          },
        ],
        tornado: [],
        heatmap: null,
      },
    } as unknown as RunSummary;
    const gini = runFlags(swept).filter((f) => f.metric === "payout.gini");
    expect(gini.map((f) => f.variant)).toEqual(["B"]);
  });
});
