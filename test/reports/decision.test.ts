/**
 * The decision section's rules (reports/decision/rules.ts, verdict.ts) on crafted inputs: cues
 * from intervals and materiality, the scorecards of the run fixture and of a crafted backtest,
 * and each verdict rule on a scorecard made to trigger it. Oracles: the documented rules and
 * hand-computed differences.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backtestScorecard } from "../../reports/decision/fromBacktest.js";
import { runScorecard, tailShares } from "../../reports/decision/fromRun.js";
import { backtestDecision, runDecision } from "../../reports/decision/index.js";
import {
  type Cue,
  cellOf,
  DIMENSIONS,
  type ScoreCell,
  type Scorecard,
} from "../../reports/decision/model.js";
import { exactCue, intervalCue, unpairedDifference } from "../../reports/decision/rules.js";
import { verdict } from "../../reports/decision/verdict.js";
import { decisionSection } from "../../reports/html/decision.js";
import { REPORT_CSS } from "../../reports/html/style.js";
import { decisionMarkdown } from "../../reports/markdown/decision.js";
import { BACKTEST_METRICS } from "../../sim/metrics/summary/backtestMetrics.js";
import type { BacktestSummary } from "../../sim/metrics/summary/backtestSummary.js";
import { writeRunFixture } from "./fixtures/runFixture.js";
import { runSummaryOf } from "./helpers/reportDirs.js";

const iv = (value: number, half = 0) => ({ value, lo: value - half, hi: value + half });

describe("cue rules", () => {
  it("a run's difference counts when its 95% interval excludes zero, in the metric's direction", () => {
    expect(intervalCue(iv(-5, 2), "lower")).toBe("better");
    expect(intervalCue(iv(-5, 2), "higher")).toBe("worse");
    expect(intervalCue(iv(-1, 2), "lower")).toBe("unclear");
    expect(intervalCue(iv(3, 1), "neutral")).toBe("unclear");
    expect(intervalCue(null, "lower")).toBe("na");
  });
  it("two intervals without a paired difference count only when they do not overlap", () => {
    // [10, 12] vs [11, 13]: v − b ∈ [10 − 13, 12 − 11] = [−3, 1] → unclear; [14, 16] vs [11, 13] → [1, 5]
    expect(intervalCue(unpairedDifference(iv(11, 1), iv(12, 1)), "lower")).toBe("unclear");
    expect(intervalCue(unpairedDifference(iv(15, 1), iv(12, 1)), "lower")).toBe("worse");
  });
  it("a backtest's exact difference counts when material", () => {
    // 1% of $1,000,000 = $10,000: $9,000 less is about the same, $11,000 less is better
    expect(exactCue(-9_000, 1_000_000, "currency", "lower")).toBe("same");
    expect(exactCue(-11_000, 1_000_000, "currency", "lower")).toBe("better");
    // 0.5 percentage points of a share
    expect(exactCue(0.004, 0.1, "share", "lower")).toBe("same");
    expect(exactCue(0.006, 0.1, "share", "lower")).toBe("worse");
  });
});

describe("the run fixture's scorecard and verdict", () => {
  const tmp = mkdtempSync(join(tmpdir(), "planbench-decision-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  writeRunFixture(tmp);
  const summary = runSummaryOf(tmp);
  const card = runScorecard(summary);

  it("scores every written variant on the five dimensions against the first", () => {
    expect(card.baseline).toBe("Activity era");
    expect(card.scenario).toBe("Baseline");
    expect(card.columns.map((c) => c.dimension)).toEqual([...DIMENSIONS]);
    // a budget is set, so cost risk is P(cost > budget)
    expect(card.columns.map((c) => c.metric)).toEqual([
      "cost.total",
      "cost.overBudgetProb",
      "customer.nrr",
      "payout.zeroShare",
      "gaming.windfall",
    ]);
    const paired = summary.paired.find(
      (p) => p.variant === "Vesting" && p.scenario === "Baseline" && p.population === "configured",
    )!;
    expect(cellOf(card, "cost", "Vesting")!.difference!.value).toBe(paired.metrics["cost.total"]!.difference);
    // fixture: cost falls by 1.5M per variant, zeroShare rises by 8 points: cheaper and less fair
    expect(cellOf(card, "cost", "Vesting")!.cue).toBe("better");
    expect(cellOf(card, "fairness", "Vesting")!.cue).toBe("worse");
    expect(cellOf(card, "cost", "Activity era")!.cue).toBe("base");
  });

  it("names the cheapest variant and explains its conflict with fairness", () => {
    const lines = runDecision(summary).verdict.map((l) => l.text);
    expect(lines[0]).toMatch(/^Vesting is cheapest at \$[\d.]+M \(-\$[\d.]+M against Activity era\)\./);
    const conflict = lines.find((l) => l.startsWith("But Vesting leaves"));
    expect(conflict).toMatch(/of reps under half their target pay \([\d.]+% under Activity era\)/);
  });

  it("reads the tail share of cost from overTime", () => {
    // fixture: cumulative cost is flat after the 8 horizon quarters, so nothing is paid in the tail
    expect(tailShares(summary, "Baseline").get("Vesting")).toBeCloseTo(0, 12);
  });

  it("renders HTML and Markdown with the cue in words and colour only for worse", () => {
    const d = runDecision(summary);
    const page = decisionSection(d, "Decision summary").__html;
    expect(page).toContain('id="scorecard"');
    expect(page).toMatch(/class="num cue-worse"/);
    expect(page).toContain("better");
    expect(REPORT_CSS).toContain("td.cue-worse");
    expect(REPORT_CSS).not.toContain("cue-better");
    const md = decisionMarkdown(d);
    expect(md).toContain("| Activity era (baseline) |");
    expect(md).toMatch(/⚠ worse/);
  });
});

/** A scorecard with one scored dimension per entry: [variant, level, difference, cue]. */
function card(
  kind: "run" | "backtest",
  cols: Partial<Record<(typeof DIMENSIONS)[number], [string, number, number | null, Cue][]>>,
): Scorecard {
  const variants = ["A", "B", "C"];
  return {
    kind,
    baseline: "A",
    variants,
    scenario: kind === "run" ? "Base" : "",
    currency: "USD",
    basis: "",
    columns: DIMENSIONS.map((dimension) => {
      const rows = cols[dimension];
      const unit =
        dimension === "cost"
          ? ("currency" as const)
          : dimension === "customer"
            ? ("ratio" as const)
            : ("share" as const);
      const cells: ScoreCell[] = variants.map((v) => {
        const r = rows?.find((x) => x[0] === v);
        return r
          ? {
              variant: v,
              level: iv(r[1], kind === "run" ? 0.001 : 0),
              difference: r[2] === null ? null : iv(r[2]),
              cue: r[3],
            }
          : { variant: v, level: null, difference: null, cue: "na" };
      });
      return { dimension, metric: rows ? dimension : null, unit, cells, note: "" };
    }),
  };
}

describe("verdict rules", () => {
  it("V1 gives the reason when the cheapest variant pays later (tail share ≥ 5 points above the baseline's)", () => {
    const c = card("run", {
      cost: [
        ["A", 1000, null, "base"],
        ["B", 800, -200, "better"],
        ["C", 900, -100, "better"],
      ],
    });
    const lines = verdict(c, {
      tailShare: new Map([
        ["A", 0.02],
        ["B", 0.3],
      ]),
    }).map((l) => l.text);
    expect(lines[0]).toBe(
      "B is cheapest at $800 (-$200 against A). It is cheaper partly because it defers pay: 30.0% of its cost is paid after the horizon, against 2.0% under A.",
    );
    const noReason = verdict(c, {
      tailShare: new Map([
        ["A", 0.02],
        ["B", 0.06],
      ]),
    });
    expect(noReason[0]!.text).not.toContain("defers");
  });

  it("V2 cautions only when the cheapest is worse on fairness and at or above the 20% line", () => {
    const base = {
      cost: [
        ["A", 1000, null, "base"],
        ["B", 800, -200, "better"],
      ],
    } as const;
    const unfair = card("run", {
      ...base,
      fairness: [
        ["A", 0.1, null, "base"],
        ["B", 0.48, 0.38, "worse"],
      ],
    } as never);
    const caution = verdict(unfair).find((l) => l.tone === "caution")!;
    expect(caution.text).toBe(
      "But B leaves 48.0% of reps under half their target pay (10.0% under A): part of the saving is pay that reps do not reach, a retention risk to weigh against the cost.",
    );
    const mild = card("run", {
      ...base,
      fairness: [
        ["A", 0.1, null, "base"],
        ["B", 0.15, 0.05, "worse"],
      ],
    } as never);
    expect(verdict(mild).some((l) => l.text.startsWith("But"))).toBe(false);
  });

  it("V3 names the variant that clearly keeps NRR highest, else the range", () => {
    const clear = card("run", {
      customer: [
        ["A", 1.03, null, "base"],
        ["B", 1.047, 0.017, "better"],
        ["C", 1.04, 0.01, "unclear"],
      ],
    });
    expect(verdict(clear).map((l) => l.text)).toContain("B keeps NRR highest at 104.7% (+1.7 pp against A).");
    const flat = card("run", {
      customer: [
        ["A", 1.03, null, "base"],
        ["B", 1.031, 0.001, "unclear"],
      ],
    });
    expect(verdict(flat).map((l) => l.text)).toContain(
      "NRR does not differ clearly between the variants (103.0% to 103.1%).",
    );
  });

  it("V6 names a variant that is better somewhere and worse nowhere, or the clear leaders", () => {
    const dominant = card("run", {
      cost: [
        ["A", 1000, null, "base"],
        ["B", 900, -100, "better"],
        ["C", 1100, 100, "worse"],
      ],
      fairness: [
        ["A", 0.1, null, "base"],
        ["B", 0.1, 0, "unclear"],
        ["C", 0.05, -0.05, "better"],
      ],
    });
    expect(verdict(dominant).map((l) => l.text)).toContain(
      "B is better than A on cost and worse on nothing scored.",
    );
    const tradeOff = card("run", {
      cost: [
        ["A", 1000, null, "base"],
        ["B", 900, -100, "better"],
      ],
      fairness: [
        ["A", 0.1, null, "base"],
        ["B", 0.3, 0.2, "worse"],
      ],
    });
    expect(verdict(tradeOff).map((l) => l.text)).toContain(
      "No variant leads on everything: the best are B on cost, A on fairness.",
    );
  });

  it("a backtest's verdict says what needs a simulation", () => {
    const c = card("backtest", {
      cost: [
        ["A", 1000, null, "base"],
        ["B", 1000, 0, "same"],
      ],
    });
    expect(verdict(c).at(-1)!.text).toBe(
      "Cost risk and customer value need a simulation: a replay keeps what reps and customers did.",
    );
  });
});

describe("the backtest scorecard", () => {
  /** A crafted backtest summary: only the fields the scorecard reads. */
  function summary(rows: [string, number, number][]): BacktestSummary {
    const metrics = (cost: number, zero: number) => ({
      ...Object.fromEntries(BACKTEST_METRICS.map((id) => [id, 0.5])),
      "cost.total": cost,
      "payout.zeroShare": zero,
    });
    return {
      currency: "EUR",
      variants: rows.map(([name, cost, zero]) => ({ name, metrics: metrics(cost, zero) })),
    } as unknown as BacktestSummary;
  }

  it("compares cost and fairness exactly, leaves cost risk and customers unscored, shows timing uncompared", () => {
    const c = backtestScorecard(
      summary([
        ["now", 1_000_000, 0.1],
        ["same", 995_000, 0.104],
        ["cheap", 800_000, 0.3],
      ]),
    );
    // hand-computed: -5,000 is under 1% of 1,000,000; +0.4 pp under 0.5 pp → about the same
    expect(cellOf(c, "cost", "same")!.cue).toBe("same");
    expect(cellOf(c, "fairness", "same")!.cue).toBe("same");
    expect(cellOf(c, "cost", "cheap")!.cue).toBe("better");
    expect(cellOf(c, "fairness", "cheap")!.cue).toBe("worse");
    expect(c.columns.filter((x) => x.metric === null).map((x) => x.dimension)).toEqual([
      "costRisk",
      "customer",
    ]);
    expect(c.columns.find((x) => x.dimension === "gaming")!.cells.every((x) => x.cue === "na")).toBe(true);
    const d = backtestDecision(
      summary([
        ["now", 1_000_000, 0.1],
        ["cheap", 800_000, 0.3],
      ]),
    );
    expect(d.verdict[0]!.text).toBe("cheap is cheapest at €800K (-€200K against now).");
  });
});
