/**
 * The metric registry: one entry per metric id (DESIGN §8 ids, the simulator's raw totals, and
 * the split attainment bands) with its label, unit, direction, group, definition and the kernel
 * that computes it. Summaries write definitions from here; reports, the CLI and notebooks read
 * labels, units and directions from here, never from an output file, so a metric reads the same
 * in every output. `gaming.byLever.<lever>` ids are derived from gaming.windfall.
 */
import { COST_AND_PAY } from "./costAndPay.js";
import { OUTCOMES } from "./outcomes.js";
import type { MetricSpec } from "./types.js";

export type { MetricDirection, MetricSpec, MetricUnit } from "./types.js";
export { METRIC_UNITS } from "./types.js";

export const METRICS: readonly MetricSpec[] = [...COST_AND_PAY, ...OUTCOMES];

export const METRIC_BY_ID: ReadonlyMap<string, MetricSpec> = new Map(METRICS.map((m) => [m.id, m]));

/** Report groups in reading order (side-by-side tables sort rows by it). */
export const METRIC_GROUPS: readonly string[] = [
  "Cost",
  "Pay",
  "Attainment",
  "Pay for performance",
  "Incentive response",
  "Gaming",
  "Customers",
  "Deal timing",
  "Volume",
  "Other",
];

const LEVER_PREFIX = "gaming.byLever.";

/** A lever id as words: effortWithdrawal → effort withdrawal. */
export function leverWords(lever: string): string {
  return lever.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/**
 * The registry entry of an id. `gaming.byLever.<lever>` is gaming.windfall with one lever; an id
 * the registry does not know (a metric added to a producer first) reads as itself, a neutral
 * index, so it still appears everywhere instead of failing.
 */
export function metricSpec(id: string): MetricSpec {
  const known = METRIC_BY_ID.get(id);
  if (known) return known;
  if (id.startsWith(LEVER_PREFIX)) {
    const lever = id.slice(LEVER_PREFIX.length);
    return {
      id,
      label: `Gaming windfall, ${leverWords(lever)} lever only`,
      unit: "share",
      direction: "lower",
      group: "Gaming",
      definition: `gaming.windfall with only the '${lever}' lever enabled`,
      computedBy: METRIC_BY_ID.get("gaming.windfall")!.computedBy,
    };
  }
  return {
    id,
    label: id,
    unit: "index",
    direction: "neutral",
    group: "Other",
    definition: "",
    computedBy: "",
  };
}

export function metricLabel(id: string): string {
  return metricSpec(id).label;
}

/** A label inside a sentence: "Customer ARR at the end" → "customer ARR at the end". */
export function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** Position of an id's group in METRIC_GROUPS (for sorting rows). */
export function groupOrder(id: string): number {
  const i = METRIC_GROUPS.indexOf(metricSpec(id).group);
  return i < 0 ? METRIC_GROUPS.length : i;
}

/** Ids sorted by group, keeping their order within a group. */
export function sortByGroup(ids: readonly string[]): string[] {
  return ids
    .map((id, i) => ({ id, i, g: groupOrder(id) }))
    .sort((a, b) => a.g - b.g || a.i - b.i)
    .map((x) => x.id);
}
