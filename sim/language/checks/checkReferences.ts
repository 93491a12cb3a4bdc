/**
 * Every name a plan uses must exist and be of the right kind: metrics (credited vs measured,
 * quotas), component ids (unique; named by modifiers), and what each component kind names
 * (components/<kind>/check.ts: SPIFF conditions, pool roles, …).
 */
import { didYouMean } from "../../errors.js";
import { type Component, DEAL_TYPES, type Gate, type Plan } from "../canonical.js";
import { languageOf } from "../components/registry.js";
import type { IssueList, Path } from "../issue.js";
import { METRIC_BY_ID } from "../metrics.js";
import { CREDITED, checkCredited, checkMeasured, checkQuotaOf, derivedOf } from "./metricChecks.js";

function checkGateMetric(plan: Plan, g: Gate, at: Path, issues: IssueList): void {
  const derived = derivedOf(plan);
  if (g.metric.startsWith("attainment:")) {
    const metric = g.metric.slice("attainment:".length);
    checkCredited(metric, at, issues, false, derived);
    if (METRIC_BY_ID.get(metric)?.kind === "credited" || derived.has(metric))
      checkQuotaOf(plan, metric, at, issues, "the gate reads attainment");
  } else {
    checkMeasured(g.metric, at, issues);
  }
}

/** The shared gate references, then the kind's own (components/<kind>/check.ts). */
export function checkComponentReferences(plan: Plan, c: Component, at: Path, issues: IssueList): void {
  const derived = derivedOf(plan);
  c.gates.forEach((g, j) => {
    checkGateMetric(plan, g, [...at, "gates", j, "metric"], issues);
  });
  languageOf(c.kind).checkReferences(plan, c, at, issues, derived);
}

/**
 * Plan-defined metrics: named like ids, not after a registry metric, filtering a registry
 * credited metric (no chains), weighted by values of the right kind.
 */
function checkDerivedMetrics(plan: Plan, issues: IssueList): void {
  for (const m of plan.metrics ?? []) {
    const inline = m.id.includes(" where ");
    const at = ["metrics", m.id];
    if (!inline && !/^[A-Za-z][A-Za-z0-9_.-]*$/.test(m.id))
      issues.items.push({
        path: at,
        message: `metric id '${m.id}' must be a letter, then letters, digits, '_', '-' or '.'`,
        hint: "",
        atKey: true,
      });
    if (!inline && METRIC_BY_ID.has(m.id))
      issues.items.push({
        path: at,
        message: `'${m.id}' is a built-in metric: give the plan's metric another name`,
        hint: "e.g. proArr",
        atKey: true,
      });
    if (METRIC_BY_ID.get(m.from)?.kind !== "credited") {
      const where = inline ? null : [...at, "from"];
      const message = derivedOf(plan).has(m.from)
        ? `'${m.from}' is itself a plan metric: filter a built-in credited metric (${CREDITED.join(", ")})`
        : `unknown credited metric '${m.from}'`;
      if (where !== null) issues.add(where, message, didYouMean(m.from, CREDITED));
    }
    if (m.weights?.attribute === "dealType") {
      for (const v of Object.keys(m.weights.values))
        if (!DEAL_TYPES.includes(v as never))
          issues.add(
            [...at, "weights", "values", v],
            `'${v}' is not a deal type (${DEAL_TYPES.join(", ")})`,
            didYouMean(v, DEAL_TYPES),
          );
    }
  }
}

export function checkReferences(plan: Plan, issues: IssueList): void {
  const derived = derivedOf(plan);
  checkDerivedMetrics(plan, issues);
  for (const q of plan.quotas) {
    checkCredited(q.metric, ["quotas", q.metric], issues, true, derived);
    if (q.ratchet !== undefined && derived.has(q.metric))
      issues.add(
        ["quotas", q.metric, "ratchet"],
        "a quota ratchet needs a built-in credited metric, not a plan metric",
      );
  }
  const ids = new Map<string, number>();
  plan.components.forEach((c, i) => {
    const first = ids.get(c.id);
    if (first !== undefined)
      issues.add(["components", i, "id"], `duplicate component id '${c.id}' (also components.${first})`);
    else ids.set(c.id, i);
    checkComponentReferences(plan, c, ["components", i], issues);
  });
  const modifierIds = new Set<string>();
  plan.modifiers.forEach((m, i) => {
    if (modifierIds.has(m.id)) issues.add(["modifiers", i, "id"], `duplicate modifier id '${m.id}'`);
    modifierIds.add(m.id);
    checkMeasured(m.metric, ["modifiers", i, "metric"], issues);
    m.appliesTo.forEach((id, j) => {
      if (!ids.has(id)) {
        issues.add(
          ["modifiers", i, "appliesTo", j],
          `no component with id '${id}'`,
          didYouMean(id, ids.keys()),
        );
      }
    });
  });
}
