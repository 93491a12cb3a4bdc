/**
 * Heatmap of a sensitivity sweep's two-parameter grid (summary.json `sweeps.heatmap`): one cell
 * per pair of values, coloured by the sweep metric's mean and labelled with it; the tooltip
 * holds the 95% CI and the simulated variant. Darker is higher.
 */
import { metricSpec } from "../../../sim/metrics/registry/index.js";
import type { RunReportData } from "../../load/runData.js";
import { lowerFirst, metricLabel } from "../../metricLabels.js";
import { type Chart, VEGA_LITE_SCHEMA } from "../chart.js";
import { axisFormat, tooltipFormat, unitLabel } from "../units.js";
import { formatValue } from "./formatValue.js";

export function sweepHeatmapChart(data: RunReportData): Chart | null {
  const { summary } = data;
  const h = summary.sweeps?.heatmap;
  if (!h) return null;
  const currency = summary.experiment.currency;
  const unit = metricSpec(h.metric).unit;
  const cells = h.cells
    .filter((c) => c.estimate !== null)
    .map((c) => ({
      x: h.x.labels[c.xi] ?? c.x,
      y: h.y.labels[c.yi] ?? c.y,
      mean: c.estimate!.mean,
      lo: c.estimate!.ci95[0],
      hi: c.estimate!.ci95[1],
      label: formatValue(c.estimate!.mean, unit, currency),
      variant: c.variant,
      scenario: c.scenario,
    }));
  if (cells.length === 0) return null;
  const means = cells.map((c) => c.mean);
  const mid = (Math.min(...means) + Math.max(...means)) / 2;
  const tip = tooltipFormat(unit, currency);
  const xTitle = `${h.x.parameter} (${h.x.kind === "plan" ? "plan" : "market"})`;
  const yTitle = `${h.y.parameter} (${h.y.kind === "plan" ? "plan" : "market"})`;
  const x = { field: "x", type: "ordinal", sort: [...h.x.labels], title: xTitle, axis: { labelAngle: 0 } };
  const y = { field: "y", type: "ordinal", sort: [...h.y.labels], title: yTitle };
  return {
    id: "sweep-heatmap",
    title: `${h.x.parameter} × ${h.y.parameter}: ${lowerFirst(metricLabel(h.metric))}`,
    caption:
      `Every combination of ${h.x.parameter} and ${h.y.parameter} for ${h.variant}${summary.scenarios.length > 1 ? ` in ${h.scenario}` : ""}, ` +
      `each run on the same trials: the cell shows ${h.metric}'s mean (darker is higher); hover for its 95% confidence interval. ` +
      "Compare cells along a row or column to see whether one parameter's effect depends on the other.",
    metricIds: [h.metric],
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      width: { step: Math.max(70, Math.min(130, Math.floor(460 / h.x.labels.length))) },
      height: { step: 50 },
      data: { values: cells },
      encoding: { x, y },
      layer: [
        {
          mark: { type: "rect", stroke: "white", strokeWidth: 2 },
          encoding: {
            color: {
              field: "mean",
              type: "quantitative",
              title: `${metricLabel(h.metric)} (${unitLabel(unit, currency)})`,
              scale: { scheme: "blues", zero: false },
              legend: {
                format: axisFormat(unit, currency),
                orient: "right",
                gradientLength: Math.max(60, Math.min(160, 50 * h.y.labels.length - 30)),
              },
            },
            tooltip: [
              { field: "x", title: h.x.parameter },
              { field: "y", title: h.y.parameter },
              { field: "mean", title: `${metricLabel(h.metric)} (mean)`, format: tip },
              { field: "lo", title: "95% CI low", format: tip },
              { field: "hi", title: "95% CI high", format: tip },
              { field: "variant", title: "simulated as" },
            ],
          },
        },
        {
          mark: { type: "text", fontWeight: 600 },
          encoding: {
            text: { field: "label" },
            color: { condition: { test: `datum.mean > ${mid}`, value: "white" }, value: "#1f2933" },
          },
        },
      ],
    } as never,
  };
}
