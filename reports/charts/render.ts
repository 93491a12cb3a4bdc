/**
 * Renders a chart in Node, with no browser and no network: vega-lite compiles the spec, vega
 * draws it to SVG with its headless renderer; resvg (a Rust rasteriser shipped as a prebuilt
 * registry package) turns the SVG into a PNG for slides.
 */
import { createHash } from "node:crypto";
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { VEGA_CONFIG } from "./theme.js";

/** The spec with the shared config merged in (what is saved beside the report, too). */
export function withConfig(spec: TopLevelSpec): TopLevelSpec {
  return { ...spec, config: { ...VEGA_CONFIG, ...(spec.config ?? {}) } } as TopLevelSpec;
}

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const compiled = compile(withConfig(spec)).spec;
  // loader that refuses every URL: specs carry their data inline, nothing is fetched
  const loader = vega.loader();
  loader.load = async (uri: string) => {
    throw new Error(`chart data must be inline; refusing to load ${uri}`);
  };
  const view = new vega.View(vega.parse(compiled), { renderer: "none", loader });
  try {
    return stableIds(await view.toSVG());
  } finally {
    view.finalize();
  }
}

/**
 * Vega numbers gradient and clip ids from a process-wide counter, so the same chart rendered
 * twice got different ids (reports would not re-render byte-identically). Renames them after a
 * hash of the SVG without its ids: stable across renders, distinct between charts on one page.
 */
export function stableIds(svg: string): string {
  const ids = [...new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))];
  if (ids.length === 0) return svg;
  const known = new Map(ids.map((id, i) => [id, i]));
  const body = svg.replace(/(\sid="|url\(#|href="#)([^")]+)/g, "$1");
  const prefix = `c${createHash("sha256").update(body).digest("hex").slice(0, 10)}`;
  return svg.replace(/(\sid="|url\(#|href="#)([^")]+)/g, (m, lead: string, id: string) =>
    known.has(id) ? `${lead}${prefix}-${known.get(id)}` : m,
  );
}

/** PNG at `scale` × the SVG's size (2 = crisp on slides and high-DPI screens). */
export function renderPng(svg: string, scale = 2): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
    background: "white",
  });
  return resvg.render().asPng();
}
