/**
 * A SPIFF in canonical form: exactly one payout (amount, perUnit, rate or goal); a SPIFF on a
 * metric that counts one event type qualifies that type unless it names another.
 */
import type { ComponentBase, DerivedMetric } from "../../canonical.js";
import type { IssueList, Path } from "../../issue.js";
import type { ResolveMetric } from "../kind.js";
import type { SpiffComponent, SpiffPayout } from "./canonical.js";
import type { SpiffSource } from "./schema.js";

/** Exactly one of amount, perUnit, rate, goal; the first given is used when several are. */
export function resolveSpiffPayout(c: SpiffSource, at: Path, issues: IssueList): SpiffPayout {
  const given = (["amount", "perUnit", "rate", "goal"] as const).filter((k) => c[k] !== undefined);
  if (given.length !== 1)
    issues.add(
      given.length === 0 ? at : [...at, given[1]!],
      given.length === 0
        ? "a spiff pays by one of amount, perUnit, rate or goal: give one"
        : `give one of amount, perUnit, rate or goal, not ${given.join(" and ")}`,
    );
  if (c.goal !== undefined && given[0] === "goal")
    return { basis: "goal", goal: c.goal.amount, pool: c.goal.pool, maxShare: c.goal.maxShare ?? null };
  if (c.rate !== undefined && given[0] === "rate") return { basis: "rate", rate: c.rate };
  if (c.perUnit !== undefined && given[0] === "perUnit") return { basis: "unit", amount: c.perUnit };
  return { basis: "event", amount: c.amount ?? 0 };
}

export function normalizeSpiff(
  c: SpiffSource,
  base: ComponentBase,
  _ctx: unknown,
  at: Path,
  issues: IssueList,
): SpiffComponent {
  return {
    ...base,
    kind: "spiff",
    event: c.event ?? null,
    metric: c.metric ?? null,
    condition: c.condition ?? null,
    payout: resolveSpiffPayout(c, at, issues),
    window: c.window ? { from: c.window.from, to: c.window.to } : null,
    maxPerPeriod: c.maxPerPeriod ?? null,
  };
}

/** The ledger event type a credited metric counts, when it counts one (newArr: booking); else null. */
const METRIC_EVENTS: Readonly<Record<string, string>> = {
  newArr: "booking",
  tcv: "booking",
  newLogos: "booking",
  expansionArr: "expansion",
  renewalArr: "renewal",
  contractionArr: "contraction",
  churnedArr: "churn",
};

export function eventOfMetric(metric: string, metrics: readonly DerivedMetric[]): string | null {
  const base = metrics.find((m) => m.id === metric)?.from ?? metric;
  return METRIC_EVENTS[base] ?? null;
}

/** Its metric through `resolve`; without an event type, the type the metric counts. */
export function resolveSpiffMetrics(
  c: SpiffComponent,
  resolve: ResolveMetric,
  metrics: readonly DerivedMetric[],
): SpiffComponent {
  if (c.metric === null) return c;
  const metric = resolve(c.metric, "metric");
  return { ...c, metric, event: c.event ?? eventOfMetric(metric, metrics) };
}
