/**
 * Building blocks of the HTML reports. Every user string goes through escapeHtml (via `html`),
 * metric names carry their definition and unit on hover, and charts are inlined as checked SVG.
 */
import type { Chart } from "../charts/chart.js";
import { variantColour } from "../charts/theme.js";
import { unitLabel } from "../charts/units.js";
import type { Flag } from "../flags/thresholds.js";
import { type MetricInfo, metricInfo, metricLabel } from "../metricLabels.js";
import { assertSafeSvg, html, type Raw, raw } from "./escape.js";
import { REPORT_CSS } from "./style.js";

export function metricName(id: string, own: readonly MetricInfo[], currency: string, withId = true): Raw {
  const info = metricInfo(id, own);
  const hover = `${info.definition || id} (unit: ${unitLabel(info.unit, currency)})`;
  return html`<abbr title="${hover}">${metricLabel(id)}</abbr>${withId ? html`<span class="id">${id}</span>` : ""}`;
}

export function variantHeader(variants: readonly string[], name: string): Raw {
  return html`<span class="swatch" style="background:${variantColour(variants, name)}"></span>${name}`;
}

export interface TableRow {
  readonly cells: readonly (Raw | string)[];
  readonly group?: string;
}

export function table(
  headers: readonly (Raw | string)[],
  rows: readonly TableRow[],
  numeric: (column: number) => boolean = (c) => c > 0,
  id?: string,
): Raw {
  let lastGroup: string | undefined;
  const body: Raw[] = [];
  for (const r of rows) {
    if (r.group !== undefined && r.group !== lastGroup) {
      body.push(html`<tr class="group"><th colspan="${headers.length}">${r.group}</th></tr>`);
      lastGroup = r.group;
    }
    body.push(
      html`<tr>${r.cells.map((c, i) => (i === 0 ? html`<td class="metric">${c}</td>` : html`<td class="${numeric(i) ? "num" : ""}">${c}</td>`))}</tr>`,
    );
  }
  return html`<div class="table-wrap"><table${id ? raw(` id="${id}"`) : ""}><thead><tr>${headers.map((h, i) => html`<th class="${numeric(i) ? "num" : ""}" scope="col">${h}</th>`)}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** Flags grouped by variant (in the variants' order, then those about the whole history). */
export function flagList(flags: readonly Flag[], variants: readonly string[]): Raw {
  if (flags.length === 0)
    return html`<ul class="flags"><li class="ok"><span class="badge">✓</span>No flags raised: every figure is within the documented thresholds.</li></ul>`;
  const subjects = [
    ...variants.filter((v) => flags.some((f) => f.variant === v)),
    ...(flags.some((f) => !variants.includes(f.variant)) ? [""] : []),
  ];
  return html`<ul class="flags">${subjects.map((subject) => {
    const own = flags.filter((f) => (subject === "" ? !variants.includes(f.variant) : f.variant === subject));
    // the box is neutral; each line carries its own tone, so a ✓ never sits in a red box
    return html`<li>${subject === "" ? html`<strong>Whole history</strong>` : html`<strong>${variantHeader(variants, subject)}</strong>`}<ul>${own.map(
      (f) =>
        html`<li class="${f.level}" title="${f.metric}: ${f.rule}"><span class="badge">${f.level === "warn" ? "⚠" : "✓"}</span>${f.variant === "" ? f.text : f.short}</li>`,
    )}</ul></li>`;
  })}</ul>${flagRules(flags)}`;
}

/** The rules behind the flags shown, once each (hover a flag for its own). */
function flagRules(flags: readonly Flag[]): Raw {
  const rules = [...new Map(flags.map((f) => [`${f.metric}: ${f.rule}`, f] as const)).values()];
  return html`<p class="rules">How these flags are raised: ${rules.map((f, i) => html`${i > 0 ? "; " : ""}<code>${f.metric}</code> ${f.rule}`)}. Thresholds: reports/flags/thresholds.ts.</p>`;
}

export function figure(
  chart: Chart,
  svg: string,
  own: readonly MetricInfo[],
  currency: string,
  png: boolean,
): Raw {
  const metrics = chart.metricIds.map(
    (id, i) => html`${i > 0 ? ", " : ""}${metricName(id, own, currency, false)}`,
  );
  return html`<figure class="chart" id="chart-${chart.id}" data-chart="${chart.id}"><h3>${chart.title}</h3><div class="plot">${raw(assertSafeSvg(svg))}</div><figcaption>${chart.caption}<span class="files">Shows: ${metrics}. Interactive spec: <a href="charts/${chart.id}.vl.json">charts/${chart.id}.vl.json</a> · <a href="charts/${chart.id}.svg">SVG</a>${png ? html` · <a href="charts/${chart.id}.png">PNG</a>` : ""}</span></figcaption></figure>`;
}

export function glossary(ids: readonly string[], own: readonly MetricInfo[], currency: string): Raw {
  const unique = [...new Set(ids)];
  return html`<dl class="glossary">${unique.map((id) => {
    const info = metricInfo(id, own);
    return html`<dt id="m-${id}">${metricLabel(id)}<code>${id}</code></dt><dd>${info.definition || "—"} <em>(unit: ${unitLabel(info.unit, currency)})</em></dd>`;
  })}</dl>`;
}

export interface ReproLine {
  readonly label: string;
  readonly value: string;
}

export function reproducibility(
  command: string,
  lines: readonly ReproLine[],
  inputs: readonly { file: string; sha256: string }[],
): Raw {
  return html`<div class="repro" id="reproducibility"><div>Command:</div><pre>${command}</pre><table>${lines.map((l) => html`<tr><td>${l.label}</td><td><code>${l.value}</code></td></tr>`)}</table><div style="margin-top:8px">Input files (SHA-256):</div><table>${inputs.map((i) => html`<tr><td><code>${i.file}</code></td><td><code>${i.sha256}</code></td></tr>`)}</table></div>`;
}

export function page(o: {
  title: string;
  kicker: string;
  lede: Raw | string;
  toc: readonly [string, string][];
  body: Raw;
  footer: string;
}): string {
  return `<!doctype html>\n${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><title>${o.title}</title><style>${raw(REPORT_CSS)}</style></head><body><main><header class="report"><div class="kicker">${o.kicker}</div><h1>${o.title}</h1><p class="lede">${o.lede}</p><nav class="toc">${o.toc.map(([id, label]) => html`<a href="#${id}">${label}</a>`)}</nav></header>${o.body}<footer>${o.footer}</footer></main></body></html>`.__html}\n`;
}
