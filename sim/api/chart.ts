/**
 * Charts for notebooks and scripts: a vega-lite spec (or a report chart, see reportCharts.ts)
 * rendered to SVG in-process with the reports' renderer and theme (vega's headless renderer: no
 * browser, no network, so data must be inline). `chart` returns a value that displays itself
 * inline in a notebook (see display.ts).
 */
import type { TopLevelSpec } from "vega-lite";
import { compile } from "vega-lite";
import type { Chart } from "../../reports/charts/chart.js";
import { renderSvg, withConfig } from "../../reports/charts/render.js";
import { type Displayable, displayable } from "./display.js";

export interface NotebookChart extends Displayable {
  readonly title: string;
  /** The spec with the reports' theme applied (open it in the vega editor to explore). */
  readonly spec: TopLevelSpec;
  readonly svg: string;
}

/** Vega-lite → SVG with the reports' theme. Refuses specs that would fetch data from a URL. */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  // vega-lite puts every dataset at the top level of the vega spec
  const fetched = (compile(spec).spec.data ?? []).find((d) => "url" in d);
  if (fetched) throw new Error(`chart data must be inline; refusing to load ${String(fetched.url)}`);
  return renderSvg(spec);
}

function isReportChart(x: TopLevelSpec | Chart): x is Chart {
  return typeof (x as Chart).id === "string" && typeof (x as Chart).spec === "object";
}

/** Renders a spec or report chart; shows as an inline SVG when it is a notebook cell's last value. */
export async function chart(input: TopLevelSpec | Chart): Promise<NotebookChart> {
  const spec = isReportChart(input) ? input.spec : input;
  const title = isReportChart(input) ? input.title : typeof spec.title === "string" ? spec.title : "chart";
  const svg = await chartSvg(spec);
  return {
    ...displayable(`[chart: ${title}]`, { "image/svg+xml": svg }),
    title,
    spec: withConfig(spec),
    svg,
  };
}
