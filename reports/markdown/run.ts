/**
 * The Markdown comparison of a `planbench run` (stdout and report.md), rendered from
 * summary.json alone so a merged sharded run renders the same report: the decision summary
 * (verdict and scorecard) first, then per scenario the plain-language flags, the variants side
 * by side (mean ± 95% half-width), paired differences vs the first variant, cost risk, gaming
 * exposure, then definitions and reproducibility.
 */

import type { MetricUnit } from "../../sim/metrics/registry/index.js";
import { metricSpec } from "../../sim/metrics/registry/index.js";
import type { RunSummary } from "../../sim/metrics/summary/runSummary.js";
import { runDecision } from "../decision/index.js";
import { runFlags } from "../flags/runFlags.js";
import { formatMoney } from "../format.js";
import { decisionMarkdown } from "./decision.js";
import { effortVsGamingTable } from "./effortVsGaming.js";
import { figureText } from "./figure.js";
import { financeSection } from "./finance.js";
import { historyMarkdown } from "./history.js";
import { overTimeSection } from "./overTime.js";
import { sensitivitySection } from "./sensitivity.js";
import { escapeMarkdown, markdownTable } from "./table.js";

function unitOf(_summary: RunSummary, id: string): MetricUnit {
  return metricSpec(id).unit;
}

/** The shared plain-language flags (reports/flags) of one scenario, escaped for Markdown. */
function flags(summary: RunSummary, scenario: string): string[] {
  return runFlags(summary)
    .filter((f) => f.scenario === scenario)
    .map((f) => `${f.level === "warn" ? "⚠" : "✓"} ${escapeMarkdown(f.text)}`);
}

function sideBySide(summary: RunSummary, scenario: string, population: string): string {
  const currency = summary.experiment.currency;
  const cells = summary.cells.filter((c) => c.scenario === scenario && c.population === population);
  const ids = Object.keys(cells[0]?.metrics ?? {});
  const rows = ids.map((id) => [
    id,
    ...cells.map((c) => figureText(c.metrics[id], unitOf(summary, id), currency)),
  ]);
  return markdownTable(["metric", ...cells.map((c) => c.variant)], rows, [
    "left",
    ...cells.map(() => "right" as const),
  ]);
}

function pairedTable(summary: RunSummary, scenario: string, population: string): string | null {
  const currency = summary.experiment.currency;
  const groups = summary.paired.filter((g) => g.scenario === scenario && g.population === population);
  if (groups.length === 0) return null;
  const ids = Object.keys(groups[0]!.metrics);
  const rows = ids.map((id) => [
    id,
    ...groups.map((g) => figureText(g.metrics[id], unitOf(summary, id), currency)),
  ]);
  const headers = ["metric", ...groups.map((g) => `${g.variant} − ${g.base}`)];
  return markdownTable(headers, rows, ["left", ...groups.map(() => "right" as const)]);
}

function riskTable(summary: RunSummary, scenario: string): string {
  const currency = summary.experiment.currency;
  const rows = summary.risk
    .filter((r) => r.scenario === scenario)
    .map((r) => {
      const q = r["cost.p95"];
      const c = r["cost.cvar95"];
      const p = r["cost.overBudgetProb"];
      const cell = summary.cells.find(
        (x) => x.scenario === scenario && x.variant === r.variant && x.population === r.population,
      );
      return [
        r.variant,
        r.population,
        figureText(cell?.metrics["cost.total"], "currency", currency),
        figureText(q, "currency", currency),
        figureText(c, "currency", currency),
        figureText(p, "share", currency),
      ];
    });
  return markdownTable(
    ["variant", "population", "cost.total", "cost.p95", "cost.cvar95", "cost.overBudgetProb"],
    rows,
    ["left", "left", "right", "right", "right", "right"],
  );
}

function gamingTable(summary: RunSummary, scenario: string): string {
  const currency = summary.experiment.currency;
  const entries = summary.gaming.filter((g) => g.scenario === scenario);
  const levers = Object.keys(entries[0]?.["gaming.byLever"] ?? {});
  const rows = entries.map((g) => [
    g.variant,
    figureText(g["gaming.windfall"], "share", currency),
    figureText(g["gaming.valueLost"], "currency", currency),
    figureText(g["gaming.maxDeviationGain"], "currency", currency),
    ...levers.map((l) => figureText(g["gaming.byLever"]?.[l], "share", currency)),
  ]);
  return markdownTable(
    [
      "variant",
      "gaming.windfall",
      "gaming.valueLost",
      "gaming.maxDeviationGain",
      ...levers.map((l) => `byLever.${l}`),
    ],
    rows,
    ["left", "right", "right", "right", ...levers.map(() => "right" as const)],
  );
}

function scenarioSection(summary: RunSummary, scenario: string): string {
  const base = summary.variants[0] ?? "";
  const found = flags(summary, scenario);
  const parts = [
    `## Scenario: ${escapeMarkdown(scenario)}`,
    "",
    ...(found.length > 0 ? [found.map((f) => `- ${f}`).join("\n"), ""] : []),
    "### Variants side by side (population as configured)",
    "",
    sideBySide(summary, scenario, "configured"),
    "",
  ];
  const diff = pairedTable(summary, scenario, "configured");
  if (diff)
    parts.push(
      `### Paired differences vs ${escapeMarkdown(base)} (same trials, common random numbers)`,
      "",
      diff,
      "",
    );
  parts.push(
    "### Cost risk",
    "",
    riskTable(summary, scenario),
    "",
    "### Gaming exposure (configured vs the same reps made honest)",
    "",
    gamingTable(summary, scenario),
    "",
  );
  const split = effortVsGamingTable(summary, scenario);
  if (split)
    parts.push(
      "### Effort response vs gaming (honest reps vs normal effort; configured vs honest)",
      "",
      split,
      "",
    );
  return parts.join("\n");
}

export function runMarkdown(summary: RunSummary): string {
  const e = summary.experiment;
  const repro = summary.reproducibility;
  const reps = e.reps.reduce((n, r) => n + r.count, 0);
  const budget =
    e.budgetPerYear === null
      ? "no budget"
      : `budget ${formatMoney(e.budgetPerYear, e.currency, false)} a year`;
  return [
    `# Experiment: ${escapeMarkdown(e.name)}`,
    "",
    `${summary.trials} trials · ${reps} reps · ${e.horizonMonths}-month horizon + ${e.tailMonths}-month tail from ${e.start} · ${budget}. ` +
      "Each figure is the mean over trials ± the half-width of its 95% confidence interval (1.96 × Monte Carlo standard error); " +
      "proportions and quantiles show their 95% interval in brackets.",
    "",
    decisionMarkdown(runDecision(summary)),
    historyMarkdown(summary),
    ...summary.scenarios.map((s) => scenarioSection(summary, s)),
    overTimeSection(summary),
    financeSection(summary),
    sensitivitySection(summary),
    "## Metric definitions",
    "",
    summary.metrics.map((m) => `- \`${m.id}\`: ${m.definition}`).join("\n"),
    "",
    "## Reproducibility",
    "",
    `- command: \`${repro.command}\``,
    `- seed ${escapeMarkdown(repro.seed)}, ${repro.trials} trials, run ${repro.runHash.slice(0, 16)}`,
    `- planbench ${repro.planbench}, node ${repro.node}`,
    ...repro.inputs.map((i) => `- ${escapeMarkdown(i.file)} sha256 ${i.sha256.slice(0, 16)}…`),
    "",
  ].join("\n");
}
