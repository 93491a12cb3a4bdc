/**
 * Plain-language flags of a run (configured population; every scenario): gaming windfall, cost
 * over budget, pay concentration, reps far below target, survey gap, pay not tied to value, and
 * the paired cost difference vs the first variant, and which variants are on the cost–value
 * frontier (summary.json `frontier`). Only the variants and scenarios as written: a sensitivity
 * sweep's generated ones are left to its charts. Thresholds: thresholds.ts.
 */
import type { RunSummary } from "../../sim/metrics/summary/runSummary.js";
import { writtenNames } from "../charts/run/sweptNames.js";
import { formatMoney, formatPercent } from "../format.js";
import { lowerFirst, metricLabel } from "../metricLabels.js";
import { type Flag, THRESHOLDS as T, withText } from "./thresholds.js";

interface Estimate {
  mean: number;
  ci95: [number, number];
}

const pct = (x: number, digits = 1) => formatPercent(x, digits);
const plusMinus = (e: Estimate) => `${pct(e.mean)} ± ${pct((e.ci95[1] - e.ci95[0]) / 2)}`;

/** A lever id as words: effortWithdrawal → effort withdrawal. */
const words = (id: string) => id.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

export function runFlags(summary: RunSummary): Flag[] {
  const written = writtenNames(summary);
  const currency = summary.experiment.currency;
  const several = written.scenarios.length > 1;
  const where = (scenario: string) => (several ? ` in ${scenario}` : "");
  const flags: Flag[] = [];
  const add = (f: Omit<Flag, "text">) => flags.push(withText(f));
  for (const g of summary.gaming) {
    const w = g["gaming.windfall"] as Estimate | null;
    if (!w || !(w.ci95[0] > T.gamingWindfall)) continue;
    let driver = "";
    const levers = Object.entries((g["gaming.byLever"] ?? {}) as Record<string, Estimate | null>)
      .filter((e): e is [string, Estimate] => e[1] !== null && Number.isFinite(e[1].mean))
      .sort((a, b) => b[1].mean - a[1].mean);
    if (levers[0] && levers[0][1].mean > 0) driver = `, driven by ${words(levers[0][0])}`;
    add({
      level: "warn",
      metric: "gaming.windfall",
      variant: g.variant,
      scenario: g.scenario,
      short: `gaming windfall is ${plusMinus(w)} of honest pay${driver}${where(g.scenario)}.`,
      rule: `flagged when the 95% CI lies above ${pct(T.gamingWindfall)}`,
    });
  }
  for (const r of summary.risk.filter((x) => x.population === "configured")) {
    const p = r["cost.overBudgetProb"];
    if (!p || !(p.p >= T.overBudgetProb)) continue;
    add({
      level: "warn",
      metric: "cost.overBudgetProb",
      variant: r.variant,
      scenario: r.scenario,
      short: `exceeds the budget in ${pct(p.p)} of simulated futures (95% CI ${pct(p.ci95[0])}–${pct(p.ci95[1])})${where(r.scenario)}.`,
      rule: `flagged at ${pct(T.overBudgetProb, 0)} or more`,
    });
  }
  for (const c of summary.cells.filter((x) => x.population === "configured")) {
    const m = (id: string) => c.metrics[id] as Estimate | null | undefined;
    const gini = m("payout.gini");
    if (gini && gini.ci95[0] > T.payoutGini)
      add({
        level: "warn",
        metric: "payout.gini",
        variant: c.variant,
        scenario: c.scenario,
        short: `concentrates pay: Gini ${gini.mean.toFixed(2)}${where(c.scenario)}.`,
        rule: `flagged when the 95% CI lies above ${T.payoutGini.toFixed(2)}`,
      });
    const zero = m("payout.zeroShare");
    if (zero && zero.ci95[0] > T.zeroShare)
      add({
        level: "warn",
        metric: "payout.zeroShare",
        variant: c.variant,
        scenario: c.scenario,
        short: `${plusMinus(zero)} of reps earn less than half their target pay${where(c.scenario)}.`,
        rule: `flagged when the 95% CI lies above ${pct(T.zeroShare, 0)}`,
      });
    const npsTrue = m("customer.npsTrue");
    const npsReported = m("customer.npsReported");
    if (npsTrue && npsReported && npsReported.mean - npsTrue.mean > T.surveyGap)
      add({
        level: "warn",
        metric: "customer.npsReported",
        variant: c.variant,
        scenario: c.scenario,
        short: `surveys read ${(npsReported.mean - npsTrue.mean).toFixed(1)} NPS points above true satisfaction (survey gaming)${where(c.scenario)}.`,
        rule: `flagged above ${T.surveyGap} points`,
      });
    const rho = m("payPerformance.rho");
    if (rho && rho.ci95[1] < T.payPerformanceRho)
      add({
        level: "warn",
        metric: "payPerformance.rho",
        variant: c.variant,
        scenario: c.scenario,
        short: `pays weakly for customer value: pay–value correlation ${rho.mean.toFixed(2)}${where(c.scenario)}.`,
        rule: `flagged when the 95% CI lies below ${T.payPerformanceRho.toFixed(2)}`,
      });
  }
  for (const group of summary.paired.filter((x) => x.population === "configured")) {
    const cost = group.metrics["cost.total"] as { difference: number; ci95: [number, number] } | null;
    if (!cost || !(cost.ci95[0] > 0 || cost.ci95[1] < 0)) continue;
    const half = (cost.ci95[1] - cost.ci95[0]) / 2;
    const sign = cost.difference >= 0 ? "more" : "less";
    add({
      level: "ok",
      metric: "cost.total",
      variant: group.variant,
      scenario: group.scenario,
      short: `costs ${formatMoney(Math.abs(cost.difference), currency, false)} ± ${formatMoney(half, currency, false)} ${sign} than ${group.base} over the horizon${where(group.scenario)}.`,
      rule: "paired difference on the same trials; shown when its 95% CI excludes zero",
    });
  }
  for (const f of (summary.frontier ?? []).filter((x) => written.scenarios.includes(x.scenario))) {
    const points = f.points.filter((p) => p.cost !== null && p.value !== null);
    if (points.length < 2) continue;
    for (const p of points.filter((x) => x.efficient)) {
      const beats = points.filter((q) => q.dominatedBy.includes(p.variant)).map((q) => q.variant);
      add({
        level: "ok",
        metric: f.value,
        variant: p.variant,
        scenario: f.scenario,
        short: `is on the efficient frontier of cost vs customer value${where(f.scenario)}: no other variant costs less for at least as much ${lowerFirst(metricLabel(f.value))}${beats.length > 0 ? ` (it beats ${beats.slice(0, 3).join(", ")}${beats.length > 3 ? ` and ${beats.length - 3} more` : ""} on both)` : ""}.`,
        rule: "means of cost.total and the value metric; compare their intervals before calling a close one",
      });
    }
  }
  // a sweep's generated variants and scenarios repeat their base's flags: those belong to the sensitivity charts
  return flags.filter(
    (f) =>
      (f.variant === "" || written.variants.includes(f.variant)) &&
      (f.scenario === "" || written.scenarios.includes(f.scenario)),
  );
}
