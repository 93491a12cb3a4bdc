/**
 * Metric references every part of a plan checks alike: a metric must exist and be of the right
 * kind (credited or measured; plan-defined metrics are credited), and what measures attainment
 * needs a quota. Component kinds call these from their checks (sim/language/components/).
 */
import { didYouMean } from "../../errors.js";
import type { DerivedMetric, Plan } from "../canonical.js";
import type { IssueList, Path } from "../issue.js";
import { METRIC_BY_ID, METRICS } from "../metrics.js";

export const CREDITED = METRICS.filter((m) => m.kind === "credited").map((m) => m.id);
export const MEASURED = METRICS.filter((m) => m.kind === "measured").map((m) => m.id);

export function hasQuota(plan: Plan, metric: string): boolean {
  return plan.quotas.some((q) => q.metric === metric);
}

/** Plan-defined credited metrics by id (empty when the plan defines none). */
export type Derived = ReadonlyMap<string, DerivedMetric>;
export const NONE: Derived = new Map();

export function derivedOf(plan: Plan): Derived {
  return plan.metrics === undefined ? NONE : new Map(plan.metrics.map((m) => [m.id, m]));
}

/** A metric that must be credited (quota keys, commission and pool metrics); plan-defined ones are. */
export function checkCredited(
  metric: string,
  at: Path,
  issues: IssueList,
  atKey = false,
  derived: Derived = NONE,
): void {
  // an inline filter that did not parse was reported where it is written
  if (derived.has(metric) || metric.includes(" where ")) return;
  const info = METRIC_BY_ID.get(metric);
  if (info?.kind === "credited") return;
  const message = info
    ? `'${metric}' is a measured metric; expected a credited metric (${CREDITED.join(", ")})`
    : `unknown credited metric '${metric}'`;
  const known = [...CREDITED, ...derived.keys()];
  if (atKey) issues.items.push({ path: at, message, hint: didYouMean(metric, known), atKey: true });
  else issues.add(at, message, didYouMean(metric, known));
}

export function checkMeasured(metric: string, at: Path, issues: IssueList): void {
  const info = METRIC_BY_ID.get(metric);
  if (info?.kind === "measured") return;
  const message = info
    ? `'${metric}' is a credited metric; expected a measured metric`
    : `unknown measured metric '${metric}'`;
  issues.add(at, message, didYouMean(metric, MEASURED) || `measured metrics: ${MEASURED.join(", ")}`);
}

export function checkQuotaOf(plan: Plan, metric: string, at: Path, issues: IssueList, why: string): void {
  if (!hasQuota(plan, metric))
    issues.add(at, `${why}, but '${metric}' has no quota`, `add quotas: {${metric}: …}`);
}
