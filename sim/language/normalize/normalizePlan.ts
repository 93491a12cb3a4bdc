/**
 * Normalization: the parsed plan (scalar shorthands already resolved by the schema) becomes the
 * canonical Plan in small named steps. Each step reports problems into the same list and
 * substitutes a neutral value, so one run finds every problem.
 */

import type { Role } from "../../core/vocabulary.js";
import type { Budget, Calendar, Component, DerivedMetric, Draw, Modifier, Plan } from "../canonical.js";
import { languageOf } from "../components/registry.js";
import type { IssueList, Path } from "../issue.js";
import { METRIC_BY_ID } from "../metrics.js";
import type { PlanSource } from "../planSchema.js";
import { buildComponent } from "./buildComponent.js";
import { resolveTotalCaps } from "./resolveCaps.js";
import { isInlineFilter, parseInlineMetric, resolveDerivedMetric } from "./resolveMetrics.js";
import { resolvePayMix } from "./resolvePayMix.js";
import { resolveQuotaSplits } from "./resolveQuotaSplits.js";
import { resolveBands } from "./resolveRules.js";
import { resolveWeightsAndTargets } from "./resolveWeightsAndTargets.js";

export function normalizePlan(source: PlanSource, defaultId: string, issues: IssueList): Plan {
  const payMix = resolvePayMix(source.payMix, issues);
  const calendar: Calendar = { ...source.calendar };
  const quotas = resolveQuotaSplits(source.quotas, calendar, issues);
  const targets = resolveWeightsAndTargets(source.components, payMix, issues);
  const role = source.role as Role;
  const metrics = Object.entries(source.metrics ?? {}).map(([id, m]) => resolveDerivedMetric(id, m));
  const components = source.components.map((c, i) =>
    inlineFilters(
      buildComponent(c, { payMix, quotas, target: targets[i]! }, ["components", i], issues),
      ["components", i],
      metrics,
      issues,
    ),
  );
  const id = source.id ?? defaultId;
  return {
    id,
    name: source.name ?? id,
    description: source.description ?? "",
    role,
    currency: source.currency,
    payMix,
    calendar,
    quotas,
    components,
    modifiers: source.modifiers.map(resolveModifier),
    caps: resolveTotalCaps(source.caps, payMix.targetVariable, issues),
    budget: resolveBudget(source.budget),
    draw: resolveDraw(source.draw),
    // absent without metrics: canonical plans that define none stay as they were
    ...(metrics.length > 0 ? { metrics } : {}),
  };
}

/**
 * A component whose metric is an inline filter (`newArr where product in [A, B]`) reads a
 * plan-defined metric named by the filter's normalised text (added to `metrics` once).
 */
export function inlineFilters(
  c: Component,
  at: Path,
  metrics: DerivedMetric[],
  issues: IssueList,
): Component {
  const resolve = (text: string, key: string): string => {
    if (!isInlineFilter(text)) return text;
    const parsed = parseInlineMetric(text);
    if (!parsed.ok) {
      issues.add([...at, key], parsed.message, "e.g. metric: newArr where product in [GTX Pro, MG Advanced]");
      return text;
    }
    if (METRIC_BY_ID.get(parsed.metric.from)?.kind !== "credited") {
      issues.add([...at, key], `unknown credited metric '${parsed.metric.from}' before 'where'`);
      return text;
    }
    if (!metrics.some((m) => m.id === parsed.metric.id)) metrics.push(parsed.metric);
    return parsed.metric.id;
  };
  return languageOf(c.kind).resolveMetrics(c, resolve, metrics);
}

export function resolveModifier(m: PlanSource["modifiers"][number]): Modifier {
  return {
    id: m.id,
    label: m.label ?? m.id,
    metric: m.metric,
    scope: m.scope,
    bands: resolveBands(m.bands),
    appliesTo: m.appliesTo,
    missingMultiplier: m.missingMultiplier,
  };
}

/** `budget: 5M` and `budget: {amount: 5M}` are the same. */
export function resolveBudget(budget: PlanSource["budget"]): Budget | null {
  if (budget === undefined || budget === null) return null;
  return typeof budget === "number" ? { amount: budget } : { amount: budget.amount };
}

export function resolveDraw(draw: PlanSource["draw"]): Draw | null {
  if (!draw) return null;
  return { type: draw.type as Draw["type"], amountPerPeriod: draw.amountPerPeriod, periods: draw.periods };
}
