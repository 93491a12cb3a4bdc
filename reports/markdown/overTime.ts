/**
 * The "Cost over time" section of the run Markdown, from summary.json `overTime`: per written
 * scenario, each written variant's median cumulative cash cost with its 10–90% range at each
 * year end of the horizon, the horizon's end and the tail's end (the fan chart in numbers).
 */
import type { RunSummary } from "../../sim/metrics/summary/runSummary.js";
import { writtenNames } from "../charts/run/sweptNames.js";
import { formatMoney } from "../format.js";
import { escapeMarkdown, markdownTable } from "./table.js";

type Point = NonNullable<RunSummary["overTime"]>[number]["points"][number];

/** Year ends, the horizon's last quarter and the tail's last: the columns worth a table. */
function keyQuarters(points: readonly Point[]): number[] {
  const horizon = points.filter((p) => !p.tail).map((p) => p.quarter);
  const last = points.at(-1)?.quarter;
  const keep = new Set([...horizon.filter((q) => q % 4 === 0), horizon.at(-1), last]);
  return points.map((p) => p.quarter).filter((q) => keep.has(q));
}

export function overTimeSection(summary: RunSummary): string {
  const series = summary.overTime ?? [];
  if (series.length === 0) return "";
  const currency = summary.experiment.currency;
  const money = (x: number | null) => (x === null ? "—" : formatMoney(x, currency, false));
  const written = writtenNames(summary);
  const parts = [
    "## Cost over time (population as configured)",
    "",
    "Cumulative cash cost paid by each quarter end: the median trial with the 10th–90th percentile range in brackets. Tail quarters only settle horizon pay (clawbacks, releases).",
    "",
  ];
  for (const scenario of written.scenarios) {
    const rows = series.filter((s) => s.scenario === scenario && written.variants.includes(s.variant));
    if (rows.length === 0) continue;
    const quarters = keyQuarters(rows[0]!.points);
    const head = quarters.map((q) => {
      const p = rows[0]!.points.find((x) => x.quarter === q)!;
      return `through ${p.through}${p.tail ? " (tail)" : ""}`;
    });
    const body = rows.map((s) => [
      escapeMarkdown(s.variant),
      ...quarters.map((q) => {
        const p = s.points.find((x) => x.quarter === q);
        return p ? `${money(p.p50)} [${money(p.p10)} – ${money(p.p90)}]` : "—";
      }),
    ]);
    if (written.scenarios.length > 1) parts.push(`### ${escapeMarkdown(scenario)}`, "");
    parts.push(
      markdownTable(["variant", ...head], body, ["left", ...quarters.map(() => "right" as const)]),
      "",
    );
  }
  return parts.join("\n");
}
