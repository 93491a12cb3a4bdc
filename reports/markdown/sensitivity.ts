/**
 * The sensitivity sections of the run Markdown, from summary.json's `sweeps` and `frontier`:
 * a tornado table per variant (each parameter's low and high value on the sweep metric and the
 * paired swing, largest first), the grid as a heatmap table, and the cost vs customer-value
 * frontier per scenario (which variants no other variant beats on both).
 */

import type { MetricUnit } from "../../sim/metrics/registry/index.js";
import { metricSpec } from "../../sim/metrics/registry/index.js";
import type { RunSummary } from "../../sim/metrics/summary/runSummary.js";
import { figureText } from "./figure.js";
import { escapeMarkdown, markdownTable } from "./table.js";

function unitOf(_summary: RunSummary, id: string): MetricUnit {
  return metricSpec(id).unit;
}

function tornadoTables(summary: RunSummary): string[] {
  const sweeps = summary.sweeps;
  if (!sweeps) return [];
  const currency = summary.experiment.currency;
  const unit = unitOf(summary, sweeps.metric);
  return (sweeps.tornado ?? []).flatMap((t) => {
    const rows = t.bars.map((b) => [
      escapeMarkdown(b.parameter),
      b.kind,
      `${escapeMarkdown(b.low.label)}: ${figureText(b.low.estimate, unit, currency)}`,
      `${escapeMarkdown(b.high.label)}: ${figureText(b.high.estimate, unit, currency)}`,
      figureText(b.swing, unit, currency),
    ]);
    return [
      `### Tornado: ${escapeMarkdown(t.variant)} in ${escapeMarkdown(t.scenario)} (${t.metric}; as written: ${figureText(t.base, unit, currency)})`,
      "",
      markdownTable(["parameter", "kind", "low value", "high value", "swing (high − low, paired)"], rows, [
        "left",
        "left",
        "right",
        "right",
        "right",
      ]),
      "",
    ];
  });
}

function heatmapTable(summary: RunSummary): string[] {
  const h = summary.sweeps?.heatmap;
  if (!h) return [];
  const currency = summary.experiment.currency;
  const unit = unitOf(summary, h.metric);
  const rows = h.y.labels.map((y, yi) => [
    `${escapeMarkdown(h.y.parameter)}=${escapeMarkdown(y)}`,
    ...h.x.labels.map((_, xi) =>
      figureText(h.cells.find((c) => c.xi === xi && c.yi === yi)?.estimate ?? null, unit, currency),
    ),
  ]);
  return [
    `### Heatmap: ${escapeMarkdown(h.x.parameter)} × ${escapeMarkdown(h.y.parameter)} (${escapeMarkdown(h.variant)} in ${escapeMarkdown(h.scenario)}, ${h.metric})`,
    "",
    markdownTable(
      ["", ...h.x.labels.map((x) => `${escapeMarkdown(h.x.parameter)}=${escapeMarkdown(x)}`)],
      rows,
      ["left", ...h.x.labels.map(() => "right" as const)],
    ),
    "",
  ];
}

function frontierTables(summary: RunSummary): string[] {
  const currency = summary.experiment.currency;
  return (summary.frontier ?? []).flatMap((f) => {
    const unit = unitOf(summary, f.value);
    const rows = f.points.map((p) => [
      escapeMarkdown(p.variant),
      figureText(p.cost, "currency", currency),
      figureText(p.value, unit, currency),
      p.efficient
        ? "✓ on the frontier"
        : p.dominatedBy.length > 0
          ? `dominated by ${p.dominatedBy.slice(0, 3).map(escapeMarkdown).join(", ")}${p.dominatedBy.length > 3 ? ` and ${p.dominatedBy.length - 3} more` : ""}`
          : "—",
    ]);
    const efficient = f.points.filter((p) => p.efficient).map((p) => escapeMarkdown(p.variant));
    const sentence =
      efficient.length === 0
        ? "No variant is on the frontier (its means are missing)."
        : `On the efficient frontier: ${efficient.join(", ")} — no other variant costs less for at least as much ${f.value}.`;
    return [
      `### ${escapeMarkdown(f.scenario)}`,
      "",
      sentence,
      "",
      markdownTable(["variant", f.cost, f.value, "frontier"], rows, ["left", "right", "right", "left"]),
      "",
    ];
  });
}

export function sensitivitySection(summary: RunSummary): string {
  const parts: string[] = [];
  if (summary.sweeps) {
    parts.push(
      "## Sensitivity",
      "",
      "Each swept parameter changes one thing about one plan (or the market) and runs on the same trials, reps and customers; the swing is the paired difference between its highest and lowest value.",
      "",
      ...tornadoTables(summary),
      ...heatmapTable(summary),
    );
  }
  if (!summary.frontier) return parts.join("\n"); // a summary.json written before the frontier existed
  parts.push(
    "## Cost vs customer value",
    "",
    "A variant is on the frontier when no other variant costs less and creates at least as much customer value (or costs the same and creates more), on the means; compare the intervals before calling a close one.",
    "",
    ...frontierTables(summary),
  );
  return parts.join("\n");
}
