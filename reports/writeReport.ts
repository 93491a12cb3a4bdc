/**
 * `planbench report DIR`: renders the report of a run or backtest output folder from the files
 * in it — report.html (self-contained: inline CSS and SVG charts, no network), report.md, the
 * vega-lite spec and SVG of every chart under charts/ (PNG too with `png`), and CSV tables.
 * Every file is written atomically; the kind of folder is read from summary.json.
 */
import { join } from "node:path";
import { writeFileAtomic } from "../sim/io/atomicWrite.js";
import { backtestCharts } from "./charts/backtest/index.js";
import type { Chart } from "./charts/chart.js";
import { renderPng, renderSvg, withConfig } from "./charts/render.js";
import { runCharts } from "./charts/run/index.js";
import { backtestBaselinesCsv, backtestPlansCsv, backtestVariantsCsv } from "./csv/backtestCsv.js";
import { runCsv } from "./csv/runCsv.js";
import { backtestHtml } from "./html/backtestHtml.js";
import { runHtml } from "./html/runHtml.js";
import { loadBacktestData } from "./load/backtestData.js";
import { readSummaryJson } from "./load/readJson.js";
import { loadRunData } from "./load/runData.js";
import { backtestMarkdown } from "./markdown/backtest.js";
import { runMarkdown } from "./markdown/run.js";

export interface ReportOptions {
  /** Also write charts/<id>.png (2× scale) for slides. */
  readonly png?: boolean;
}

export interface ReportOutputs {
  readonly kind: "run" | "backtest";
  readonly markdown: string;
  readonly files: readonly string[];
}

async function renderCharts(
  dir: string,
  charts: readonly Chart[],
  png: boolean,
  files: [string, string | Uint8Array][],
) {
  const rendered = [];
  for (const chart of charts) {
    const svg = await renderSvg(chart.spec);
    files.push([
      join(dir, "charts", `${chart.id}.vl.json`),
      `${JSON.stringify(withConfig(chart.spec), null, 2)}\n`,
    ]);
    files.push([join(dir, "charts", `${chart.id}.svg`), svg]);
    if (png) files.push([join(dir, "charts", `${chart.id}.png`), renderPng(svg)]);
    rendered.push({ chart, svg });
  }
  return rendered;
}

export async function writeReport(dir: string, options: ReportOptions = {}): Promise<ReportOutputs> {
  const png = options.png ?? false;
  const { parsed } = readSummaryJson(dir);
  const files: [string, string | Uint8Array][] = [];
  let markdown: string;
  let kind: "run" | "backtest";
  if (parsed.kind === "run") {
    kind = "run";
    const data = loadRunData(dir, parsed.summary);
    const rendered = await renderCharts(dir, runCharts(data), png, files);
    markdown = runMarkdown(data.summary);
    files.push([join(dir, "report.html"), runHtml(data.summary, rendered, png)]);
    files.push([join(dir, "summary.csv"), runCsv(data.summary)]);
  } else {
    kind = "backtest";
    const data = loadBacktestData(dir, parsed.summary);
    const rendered = await renderCharts(dir, backtestCharts(data), png, files);
    markdown = backtestMarkdown(data.summary);
    files.push([join(dir, "report.html"), backtestHtml(data, rendered, png, data.summary.currency)]);
    files.push([join(dir, "variants.csv"), backtestVariantsCsv(data.summary)]);
    files.push([join(dir, "baselines.csv"), backtestBaselinesCsv(data.summary)]);
    files.push([join(dir, "plans.csv"), backtestPlansCsv(data.summary)]);
  }
  files.push([join(dir, "report.md"), markdown]);
  for (const [file, content] of files) writeFileAtomic(file, content);
  return { kind, markdown, files: files.map(([f]) => f) };
}
