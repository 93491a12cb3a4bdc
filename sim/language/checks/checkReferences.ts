/**
 * Every name a plan uses must exist and be of the right kind: metrics (credited vs measured,
 * quotas), component ids (unique; named by modifiers), SPIFF conditions (parse, known fields).
 */
import { didYouMean } from "../../errors.js";
import type { Component, Gate, Plan } from "../canonical.js";
import { parseCondition } from "../expression.js";
import type { IssueList, Path } from "../issue.js";
import { METRIC_BY_ID, METRICS } from "../metrics.js";

const CREDITED = METRICS.filter((m) => m.kind === "credited").map((m) => m.id);
const MEASURED = METRICS.filter((m) => m.kind === "measured").map((m) => m.id);

/** Ledger event fields a SPIFF condition may read (sim/core/ledger.ts LedgerEvent). */
export const SPIFF_FIELDS: readonly string[] = [
  "arr",
  "tcv",
  "termMonths",
  "discount",
  "milestone",
  "account",
  "deal",
  "type",
  "date",
  "id",
];

function hasQuota(plan: Plan, metric: string): boolean {
  return plan.quotas.some((q) => q.metric === metric);
}

/** A metric that must be credited (quota keys, commission and pool metrics). */
export function checkCredited(metric: string, at: Path, issues: IssueList, atKey = false): void {
  const info = METRIC_BY_ID.get(metric);
  if (info?.kind === "credited") return;
  const message = info
    ? `'${metric}' is a measured metric; expected a credited metric (${CREDITED.join(", ")})`
    : `unknown credited metric '${metric}'`;
  if (atKey) issues.items.push({ path: at, message, hint: didYouMean(metric, CREDITED), atKey: true });
  else issues.add(at, message, didYouMean(metric, CREDITED));
}

function checkMeasured(metric: string, at: Path, issues: IssueList): void {
  const info = METRIC_BY_ID.get(metric);
  if (info?.kind === "measured") return;
  const message = info
    ? `'${metric}' is a credited metric; expected a measured metric`
    : `unknown measured metric '${metric}'`;
  issues.add(at, message, didYouMean(metric, MEASURED) || `measured metrics: ${MEASURED.join(", ")}`);
}

function checkQuotaOf(plan: Plan, metric: string, at: Path, issues: IssueList, why: string): void {
  if (!hasQuota(plan, metric))
    issues.add(at, `${why}, but '${metric}' has no quota`, `add quotas: {${metric}: …}`);
}

function checkGateMetric(plan: Plan, g: Gate, at: Path, issues: IssueList): void {
  if (g.metric.startsWith("attainment:")) {
    const metric = g.metric.slice("attainment:".length);
    checkCredited(metric, at, issues);
    if (METRIC_BY_ID.get(metric)?.kind === "credited")
      checkQuotaOf(plan, metric, at, issues, "the gate reads attainment");
  } else {
    checkMeasured(g.metric, at, issues);
  }
}

function needsQuota(c: Extract<Component, { kind: "commission" }>): string | null {
  if (c.tiers.length > 1) return "tiers are on attainment";
  if (c.threshold !== null) return "a threshold is on attainment";
  if (c.cap.maxAttainment !== null) return "maxAttainment is on attainment";
  return null;
}

export function checkComponentReferences(plan: Plan, c: Component, at: Path, issues: IssueList): void {
  c.gates.forEach((g, j) => {
    checkGateMetric(plan, g, [...at, "gates", j, "metric"], issues);
  });
  switch (c.kind) {
    case "commission": {
      checkCredited(c.metric, [...at, "metric"], issues);
      if (c.quotaMetric !== null) {
        checkCredited(c.quotaMetric, [...at, "quotaMetric"], issues);
        checkQuotaOf(plan, c.quotaMetric, [...at, "quotaMetric"], issues, "quotaMetric measures attainment");
      } else {
        const why = needsQuota(c);
        if (why) checkQuotaOf(plan, c.metric, [...at, "metric"], issues, why);
      }
      return;
    }
    case "bonus": {
      const info = METRIC_BY_ID.get(c.metric);
      if (!info) {
        issues.add(
          [...at, "metric"],
          `unknown metric '${c.metric}'`,
          didYouMean(c.metric, METRIC_BY_ID.keys()),
        );
      } else if (info.kind === "credited" && c.measure === "attainment") {
        checkQuotaOf(plan, c.metric, [...at, "metric"], issues, "the bonus measures attainment");
      } else if (
        info.kind === "measured" &&
        c.measure === "attainment" &&
        (c.target === null || c.target === 0)
      ) {
        issues.add([...at, "target"], `a bonus on attainment of '${c.metric}' needs a non-zero target`);
      }
      return;
    }
    case "pool":
      checkCredited(c.metric, [...at, "metric"], issues);
      if (!((c.shares[plan.role] ?? 0) > 0)) {
        issues.add([...at, "shares"], `the pool gives no share to this plan's role ${plan.role}`);
      }
      return;
    case "spiff":
      if (c.condition !== null) checkCondition(c.condition, [...at, "condition"], issues);
      return;
    case "milestone":
      return;
  }
}

export function checkCondition(condition: string, at: Path, issues: IssueList): void {
  const parsed = parseCondition(condition);
  if (!parsed.ok) {
    issues.add(at, `condition does not parse at character ${parsed.offset + 1}: ${parsed.message}`);
    return;
  }
  for (const field of parsed.fields) {
    if (!SPIFF_FIELDS.includes(field)) {
      issues.add(
        at,
        `condition reads unknown field '${field}'`,
        didYouMean(field, SPIFF_FIELDS) || `fields: ${SPIFF_FIELDS.join(", ")}`,
      );
    }
  }
}

export function checkReferences(plan: Plan, issues: IssueList): void {
  for (const q of plan.quotas) checkCredited(q.metric, ["quotas", q.metric], issues, true);
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
