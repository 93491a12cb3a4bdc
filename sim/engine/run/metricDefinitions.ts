/**
 * The unit and definition summary.json writes beside every metric id of a run, from the metric
 * registry (sim/metrics/registry/): the output describes itself, and says the same as every
 * report.
 */
import { type MetricUnit, metricSpec } from "../../metrics/registry/index.js";

export function metricDefinition(id: string): { unit: MetricUnit; definition: string } {
  const spec = metricSpec(id);
  return { unit: spec.unit, definition: spec.definition };
}
