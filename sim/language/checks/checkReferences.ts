/**
 * Every name a plan uses must exist and be of the right kind: metrics (credited vs measured,
 * quotas), component ids (unique; named by modifiers), SPIFF conditions (parse, known fields).
 */
import { didYouMean } from "../../errors.js";
import { type Component, DEAL_TYPES, type DerivedMetric, type Gate, type Plan } from "../canonical.js";
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
  "product",
  "dealType",
  "region",
  "segment",
  "territory",
  "units",
];

function hasQuota(plan: Plan, metric: string): boolean {
  return plan.quotas.some((q) => q.metric === metric);
}

/** Plan-defined credited metrics by id (empty when the plan defines none). */
type Derived = ReadonlyMap<string, DerivedMetric>;
const NONE: Derived = new Map();

function derivedOf(plan: Plan): Derived {
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

function needsQuota(c: Extract<Component, { kind: "commission" }>): string | null {
  if (c.tiers.length > 1) return "tiers are on attainment";
  if (c.threshold !== null) return "a threshold is on attainment";
  if (c.cap.maxAttainment !== null) return "maxAttainment is on attainment";
  return null;
}

export function checkComponentReferences(plan: Plan, c: Component, at: Path, issues: IssueList): void {
  const derived = derivedOf(plan);
  c.gates.forEach((g, j) => {
    checkGateMetric(plan, g, [...at, "gates", j, "metric"], issues);
  });
  switch (c.kind) {
    case "commission": {
      checkCredited(c.metric, [...at, "metric"], issues, false, derived);
      if (c.quotaMetric !== null) {
        checkCredited(c.quotaMetric, [...at, "quotaMetric"], issues, false, derived);
        checkQuotaOf(plan, c.quotaMetric, [...at, "quotaMetric"], issues, "quotaMetric measures attainment");
      } else {
        const why = needsQuota(c);
        if (why) checkQuotaOf(plan, c.metric, [...at, "metric"], issues, why);
      }
      return;
    }
    case "bonus": {
      const info = derived.has(c.metric) ? METRIC_BY_ID.get("newArr") : METRIC_BY_ID.get(c.metric);
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
      checkCredited(c.metric, [...at, "metric"], issues, false, derived);
      if (!((c.shares[plan.role] ?? 0) > 0)) {
        issues.add([...at, "shares"], `the pool gives no share to this plan's role ${plan.role}`);
      }
      return;
    case "spiff":
      if (c.condition !== null) checkCondition(c.condition, [...at, "condition"], issues);
      if (c.metric !== null) checkCredited(c.metric, [...at, "metric"], issues, false, derived);
      if (c.event === null && c.metric === null)
        issues.add(
          at,
          "a spiff needs the event type or the metric that qualifies",
          "add e.g. event: booking",
        );
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
