/**
 * Which variants and scenarios of a run a sensitivity sweep generated (summary.json `sweeps`):
 * charts that compare the written variants (fan chart over time) leave those out, so a sweep's
 * dozen extra variants do not bury the plans the user wrote.
 */
import type { RunSummary } from "../../../sim/metrics/summary/runSummary.js";

export interface WrittenNames {
  readonly variants: readonly string[];
  readonly scenarios: readonly string[];
}

export function writtenNames(summary: RunSummary): WrittenNames {
  const sweeps = summary.sweeps;
  if (!sweeps) return { variants: summary.variants, scenarios: summary.scenarios };
  const variants = new Set<string>();
  const scenarios = new Set<string>();
  for (const p of sweeps.parameters ?? [])
    for (const v of p.values ?? [])
      for (const c of v.cells ?? [])
        (p.kind === "plan" ? variants : scenarios).add(p.kind === "plan" ? c.variant : c.scenario);
  const grid = sweeps.heatmap;
  if (grid && (grid.x.kind === "plan" || grid.y.kind === "plan"))
    for (const c of grid.cells) variants.add(c.variant);
  for (const p of sweeps.parameters ?? []) (p.kind === "plan" ? variants : scenarios).delete(p.base);
  const keep = <T extends string>(all: readonly T[], out: Set<string>) => {
    const kept = all.filter((x) => !out.has(x));
    return kept.length > 0 ? kept : all;
  };
  return { variants: keep(summary.variants, variants), scenarios: keep(summary.scenarios, scenarios) };
}
