/**
 * Normalization of a parsed experiment into ExperimentParams, in named steps: variants (plans
 * loaded and checked one role per variant), scenarios (worlds loaded and laid out on horizon +
 * tail), the sweep (more variants and scenarios, sweepExpansion.ts), the population, and the run
 * settings. Problems of every step are collected.
 */

import { didYouMean } from "../../errors.js";
import { TRIAL_METRICS } from "../../metrics/trialMetricIds.js";
import type { Plan } from "../canonical.js";
import { expandWorld } from "../world/expandWorld.js";
import { resolveAccounting } from "./accountingSchema.js";
import type { ExperimentParams, ScenarioParams, VariantParams } from "./experimentParams.js";
import type { ExperimentSource } from "./experimentSchema.js";
import { historicalVariant, resolveHistorySource } from "./historySource.js";
import { type LinkedFiles, loadLinkedPlan, loadLinkedWorld } from "./linkedFiles.js";
import { resolvePopulation } from "./resolvePopulation.js";
import { expandSweep } from "./sweepExpansion.js";

/** What a run needs beyond ExperimentParams. */
export interface ExperimentOptions {
  /** Run one population per gaming lever (gaming.byLever); see DESIGN §6. */
  readonly byLever: boolean;
}

export const variantLetter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : `V${i + 1}`);

export function resolveVariants(source: ExperimentSource, ctx: LinkedFiles): VariantParams[] {
  return source.variants.map((v, i) => {
    const files = typeof v.plans === "string" ? [v.plans] : v.plans;
    const at = ["variants", i, "plans"];
    const plans: Plan[] = [];
    files.forEach((file, j) => {
      const plan = loadLinkedPlan(ctx, file, typeof v.plans === "string" ? at : [...at, j]);
      if (!plan) return;
      const same = plans.find((p) => p.role === plan.role);
      if (same)
        ctx.issues.add(
          [...at, j],
          `two plans for role ${plan.role} in one variant ('${same.id}' and '${plan.id}')`,
        );
      plans.push(plan);
    });
    if (files.length === 0) ctx.issues.add(at, "a variant needs at least one plan file");
    return { name: v.name ?? variantLetter(i), plans };
  });
}

export function resolveScenarios(
  source: ExperimentSource,
  months: number,
  ctx: LinkedFiles,
): ScenarioParams[] {
  const scenarios: ScenarioParams[] = [];
  (source.scenarios ?? []).forEach((s, i) => {
    const file = typeof s === "string" ? s : s.world;
    const world = loadLinkedWorld(
      ctx,
      file,
      typeof s === "string" ? ["scenarios", i] : ["scenarios", i, "world"],
    );
    if (!world || months < 1) return;
    scenarios.push({
      name: (typeof s === "string" ? undefined : s.name) ?? world.name,
      world: expandWorld(world, months, Number(source.start.slice(5, 7))),
    });
  });
  return scenarios;
}

function resolveRunSettings(source: ExperimentSource, ctx: LinkedFiles) {
  const { issues } = ctx;
  if (source.trials === undefined && source.precision === undefined)
    issues.add(["trials"], "give trials (e.g. trials: 1000) or precision (e.g. precision: {relativeSe: 1%})");
  if (source.trials !== undefined && source.precision !== undefined)
    issues.add(["precision"], "give trials or precision, not both");
  if (source.trials === 0) issues.add(["trials"], "trials must be at least 1");
  const precision = source.precision ?? null;
  if (precision) {
    const ids: readonly string[] = TRIAL_METRICS;
    if (!ids.includes(precision.metric))
      issues.add(
        ["precision", "metric"],
        `'${precision.metric}' is not a per-trial metric`,
        didYouMean(precision.metric, ids),
      );
    if (precision.relativeSe <= 0)
      issues.add(["precision", "relativeSe"], "the relative standard error must be above 0");
    if (precision.maxTrials < 2) issues.add(["precision", "maxTrials"], "maxTrials must be at least 2");
  }
  if (source.horizon < 1) issues.add(["horizon"], "the horizon must be at least 1 month");
  return {
    trials: precision ? null : (source.trials ?? null),
    precision: precision ? { ...precision } : null,
  };
}

function checkNames(
  variants: readonly VariantParams[],
  scenarios: readonly ScenarioParams[],
  ctx: LinkedFiles,
): void {
  const dup = (names: readonly string[]) => names.findIndex((n, i) => names.indexOf(n) !== i);
  const v = dup(variants.map((x) => x.name));
  if (v >= 0) ctx.issues.add(["variants", v, "name"], `duplicate variant name '${variants[v]!.name}'`);
  const s = dup(scenarios.map((x) => x.name));
  if (s >= 0)
    ctx.issues.add(["scenarios", s], `duplicate scenario name '${scenarios[s]!.name}' (give each a name)`);
  const currencies = [...new Set(variants.flatMap((x) => x.plans.map((p) => p.currency)))];
  if (currencies.length > 1)
    ctx.issues.add(["variants"], `every plan must pay in the same currency, got ${currencies.join(", ")}`);
}

export function normalizeExperiment(
  source: ExperimentSource,
  defaultId: string,
  ctx: LinkedFiles,
): { params: ExperimentParams; options: ExperimentOptions } {
  const months = source.horizon + source.tail;
  const settings = resolveRunSettings(source, ctx);
  const startMonth = Number(source.start.slice(5, 7));
  const historySource = resolveHistorySource(source, ctx);
  const written = {
    variants: [...historicalVariant(historySource), ...resolveVariants(source, ctx)],
    scenarios: resolveScenarios(source, months, ctx),
  };
  const expanded =
    source.sweep && ctx.issues.isEmpty && ctx.problems.length === 0
      ? expandSweep(
          { source, sweep: source.sweep, ctx, months, startMonth },
          written.variants,
          written.scenarios,
        )
      : { ...written, sweep: null };
  const { variants, scenarios } = expanded;
  checkNames(variants, scenarios, ctx);
  const id = source.id ?? defaultId;
  const params: ExperimentParams = {
    id,
    name: source.name ?? id,
    start: source.start,
    horizonMonths: source.horizon,
    tailMonths: source.tail,
    variants,
    scenarios,
    population: resolvePopulation(
      source.population,
      ctx.issues,
      written.scenarios[0]?.world.behaviour ?? null,
      historySource !== null,
    ),
    seed: String(source.seed),
    trials: settings.trials,
    precision: settings.precision,
    budget: source.budget ?? null,
    repDetailTrials: source.repDetailTrials,
    accounting: resolveAccounting(source.accounting, ctx.issues),
    ...(expanded.sweep ? { sweep: expanded.sweep } : {}),
    ...(historySource ? { historySource } : {}),
  };
  return { params, options: { byLever: source.gaming.byLever } };
}
