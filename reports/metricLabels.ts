/**
 * What reports print about a metric id — its plain-language label, group, unit and definition —
 * read from the metric registry (sim/metrics/registry/), so every report, chart and notebook
 * names and formats a metric the same way. Unknown ids fall back to the id itself (neutral, no
 * definition), so metrics added later still appear.
 */
import { type MetricUnit, metricSpec } from "../sim/metrics/registry/index.js";

export { lowerFirst, METRIC_GROUPS, metricLabel, sortByGroup } from "../sim/metrics/registry/index.js";

export function metricGroup(id: string): string {
  return metricSpec(id).group;
}

export interface MetricInfo {
  readonly id: string;
  readonly unit: MetricUnit;
  readonly definition: string;
}

/** Unit and definition of an id from the registry (`own` is kept for callers of the old signature). */
export function metricInfo(id: string, _own: readonly unknown[] = []): MetricInfo {
  const spec = metricSpec(id);
  return { id, unit: spec.unit, definition: spec.definition };
}
