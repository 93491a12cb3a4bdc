/**
 * What a chart builder returns: a vega-lite spec plus what the report prints around it — a
 * stable id (file names), a title, a plain-language caption saying how to read it, and the
 * metric ids it shows (their definitions go under the chart).
 */
import type { TopLevelSpec } from "vega-lite";

export interface Chart {
  /** File-name-safe id, unique within a report (e.g. `cost-distribution`). */
  readonly id: string;
  readonly title: string;
  readonly caption: string;
  readonly metricIds: readonly string[];
  readonly spec: TopLevelSpec;
}

export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** A chart with its SVG, as the HTML pages inline it. */
export interface RenderedChart {
  readonly chart: Chart;
  readonly svg: string;
}
