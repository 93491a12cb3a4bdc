/**
 * The scorecard of a run: the first written scenario, reps as configured, every written variant
 * against the first. Cost = cost.total; cost risk = P(cost > budget) when a budget is set, else
 * the 95th-percentile cost; customer value = customer.nrr; fairness = payout.zeroShare (reps
 * under half their target pay); gaming = gaming.windfall. Cues: rules.ts.
 */
import { metricSpec } from "../../sim/metrics/registry/index.js";
import type { AnyFigure, PairedFigure } from "../../sim/metrics/summary/figures.js";
import type { RunSummary } from "../../sim/metrics/summary/runSummary.js";
import { writtenNames } from "../charts/run/sweptNames.js";
import type { Dimension, Interval, ScoreCell, ScoreColumn, Scorecard } from "./model.js";
import { intervalCue, unpairedDifference } from "./rules.js";

/** The level of any figure as an interval (means, quantiles, proportions). */
export function levelOf(f: AnyFigure | null | undefined): Interval | null {
  if (!f) return null;
  const value = "mean" in f ? f.mean : "value" in f ? f.value : "p" in f ? f.p : f.difference;
  if (!Number.isFinite(value)) return null;
  return { value, lo: f.ci95[0], hi: f.ci95[1] };
}

const pairedOf = (f: PairedFigure | null | undefined): Interval | null =>
  f && Number.isFinite(f.difference) ? { value: f.difference, lo: f.ci95[0], hi: f.ci95[1] } : null;

export function runScorecard(summary: RunSummary): Scorecard {
  const written = writtenNames(summary);
  const scenario = written.scenarios[0] ?? summary.scenarios[0] ?? "";
  const variants = written.variants;
  const baseline = summary.variants[0] ?? "";
  const cell = (v: string) =>
    summary.cells.find((c) => c.scenario === scenario && c.variant === v && c.population === "configured");
  const paired = (v: string) =>
    summary.paired.find((p) => p.scenario === scenario && p.variant === v && p.population === "configured");
  const risk = (v: string) =>
    summary.risk.find((r) => r.scenario === scenario && r.variant === v && r.population === "configured");
  const gaming = (v: string) => summary.gaming.find((g) => g.scenario === scenario && g.variant === v);

  /** A column from each variant's level; differences paired where `pairedId` is given. */
  const scored = (
    dimension: Dimension,
    id: string,
    level: (v: string) => Interval | null,
    pairedId: string | null,
    note: string,
  ): ScoreColumn => {
    const spec = metricSpec(id);
    const base = level(baseline);
    const cells: ScoreCell[] = variants.map((v) => {
      const lv = level(v);
      if (v === baseline) return { variant: v, level: lv, difference: null, cue: lv ? "base" : "na" };
      const difference =
        pairedId !== null
          ? pairedOf(paired(v)?.metrics[pairedId])
          : lv && base
            ? unpairedDifference(lv, base)
            : null;
      return { variant: v, level: lv, difference, cue: intervalCue(difference, spec.direction) };
    });
    return { dimension, metric: id, unit: spec.unit, cells, note };
  };

  const budget = summary.experiment.budgetPerYear !== null;
  const columns: ScoreColumn[] = [
    scored(
      "cost",
      "cost.total",
      (v) => levelOf(cell(v)?.metrics["cost.total"]),
      "cost.total",
      "over the horizon",
    ),
    budget
      ? scored(
          "costRisk",
          "cost.overBudgetProb",
          (v) => levelOf(risk(v)?.["cost.overBudgetProb"]),
          null,
          "chance of exceeding the budget",
        )
      : scored("costRisk", "cost.p95", (v) => levelOf(risk(v)?.["cost.p95"]), null, "95th-percentile cost"),
    scored(
      "customer",
      "customer.nrr",
      (v) => levelOf(cell(v)?.metrics["customer.nrr"]),
      "customer.nrr",
      "NRR",
    ),
    scored(
      "fairness",
      "payout.zeroShare",
      (v) => levelOf(cell(v)?.metrics["payout.zeroShare"]),
      "payout.zeroShare",
      "reps under half their target pay",
    ),
    scored(
      "gaming",
      "gaming.windfall",
      (v) => levelOf(gaming(v)?.["gaming.windfall"]),
      null,
      "extra pay from gaming, % of honest pay",
    ),
  ];
  return {
    kind: "run",
    baseline,
    variants,
    scenario,
    currency: summary.experiment.currency,
    columns,
    basis:
      "Means over trials with 95% intervals; a difference from the baseline counts when its interval excludes zero (paired on the same trials for cost, NRR and fairness; for cost risk and gaming only when the two intervals do not overlap).",
  };
}

/**
 * Share of each variant's cost paid after the horizon (in the settlement tail: vesting tranches,
 * releases, clawbacks), from the mean cumulative cost (summary.json overTime) at the last
 * horizon quarter and at the end; empty for summaries without overTime.
 */
export function tailShares(summary: RunSummary, scenario: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of summary.overTime ?? []) {
    if (s.scenario !== scenario || s.population !== "configured") continue;
    const horizonEnd = s.points.filter((p) => !p.tail).at(-1)?.mean?.mean;
    const end = s.points.at(-1)?.mean?.mean;
    if (horizonEnd !== undefined && end !== undefined && end > 0) out.set(s.variant, 1 - horizonEnd / end);
  }
  return out;
}
