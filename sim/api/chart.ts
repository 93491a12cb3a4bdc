/**
 * Charts for notebooks and scripts: a vega-lite spec rendered to SVG in-process (vega's headless
 * renderer: no browser, no network, so data must be inline). `chart` returns the SVG and the
 * spec as a value that displays itself inline in a notebook (see display.ts).
 */
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { type Displayable, displayable } from "./display.js";

export interface NotebookChart extends Displayable {
  readonly spec: TopLevelSpec;
  readonly svg: string;
}

/** Vega-lite → SVG. Refuses to load any URL: every chart here carries its data inline. */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const compiled = compile(spec).spec;
  // vega-lite puts every dataset at the top level of the vega spec
  const fetched = (compiled.data ?? []).find((d) => "url" in d);
  if (fetched) throw new Error(`chart data must be inline; refusing to load ${String(fetched.url)}`);
  const loader = vega.loader();
  loader.load = async (uri: string) => {
    throw new Error(`chart data must be inline; refusing to load ${uri}`);
  };
  const view = new vega.View(vega.parse(compiled), { renderer: "none", loader });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Renders the spec; the result shows as an inline SVG when it is a notebook cell's last value. */
export async function chart(spec: TopLevelSpec): Promise<NotebookChart> {
  const svg = await chartSvg(spec);
  const title = typeof spec.title === "string" ? spec.title : "chart";
  const base = displayable(`[chart: ${title}]`, { "image/svg+xml": svg });
  return { ...base, spec, svg };
}
