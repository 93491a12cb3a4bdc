/**
 * The history world source as an experiment declares it (issue 17): `world: {history: PATH}` (a
 * folder of canonical tables or a mapping file) with `historicalPlans:` (the plans the company
 * ran). Checked here with the experiment's own positions: the path exists, the plans load (one
 * per role; the AE plan's calendar lays out the resampled blocks), no `scenarios:`
 * or `sweep:` beside it. The history itself is read and prepared by the run
 * (sim/history/resolveHistory.ts). The historical plans become the first variant, the reference
 * of every paired difference.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plan } from "../canonical.js";
import type { HistorySourceParams, VariantParams } from "./experimentParams.js";
import type { ExperimentSource } from "./experimentSchema.js";
import { type LinkedFiles, loadLinkedPlan } from "./linkedFiles.js";

/** The files a history reads, for the input hashes: a mapping file, or a folder's CSV tables. */
function inputFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .map((f) => join(path, f));
}

/** Name of the reference variant a history experiment adds. */
export const HISTORICAL_VARIANT = "Historical plan";

export function resolveHistorySource(source: ExperimentSource, ctx: LinkedFiles): HistorySourceParams | null {
  const world = source.world;
  if (world === undefined) {
    if (source.historicalPlans !== undefined)
      ctx.issues.add(["historicalPlans"], "historicalPlans needs world: {history: DATA-FOLDER-OR-MAPPING}");
    if (source.scenarios === undefined)
      ctx.issues.add([], "an experiment needs scenarios (world files) or world: {history: …}");
    return null;
  }
  const { issues } = ctx;
  if (source.scenarios !== undefined)
    issues.add(["scenarios"], "give scenarios or world: {history}, not both (the history is the world)");
  if (source.sweep !== undefined) issues.add(["sweep"], "a sweep cannot vary a history world");
  const path = resolve(ctx.baseDir, world.history);
  if (!existsSync(path))
    issues.add(
      ["world", "history"],
      `no data folder or mapping file '${world.history}' (relative to the experiment)`,
    );
  else for (const f of inputFiles(path)) if (!ctx.files.includes(f)) ctx.files.push(f);
  const plans: Plan[] = [];
  const files = source.historicalPlans ?? [];
  if (files.length === 0)
    issues.add(
      ["world"],
      "a history world needs historicalPlans: the plans the company ran over the history (e.g. [../plans/ae-activity-era.yaml])",
    );
  files.forEach((file, i) => {
    const plan = loadLinkedPlan(ctx, file, ["historicalPlans", i]);
    if (!plan) return;
    if (plans.some((p) => p.role === plan.role))
      issues.add(["historicalPlans", i], `two historical plans for role ${plan.role}`);
    plans.push(plan);
  });
  return {
    path,
    written: world.history,
    historicalPlans: plans,
    fitTrials: world.fitTrials,
    ungame: world.ungame,
    customers: world.customers,
    at: { file: "", line: 0, column: 0 },
  };
}

/** The reference variant of a history experiment: the historical plans. */
export function historicalVariant(history: HistorySourceParams | null): VariantParams[] {
  return history === null || history.historicalPlans.length === 0
    ? []
    : [{ name: HISTORICAL_VARIANT, plans: history.historicalPlans }];
}
