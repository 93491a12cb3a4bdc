/**
 * Tornado chart of a sensitivity sweep (summary.json `sweeps.tornado`): per written variant and
 * scenario, one bar per swept parameter from the sweep metric's mean at the parameter's lowest
 * value to its mean at the highest, largest paired swing on top, the variant as written as a
 * dashed rule, and the swing (high − low on the same trials) with its 95% CI beside each bar.
 */
import { metricSpec } from "../../../sim/metrics/registry/index.js";
import type { RunReportData } from "../../load/runData.js";
import { lowerFirst, metricLabel } from "../../metricLabels.js";
import { type Chart, VEGA_LITE_SCHEMA } from "../chart.js";
import { CHART_WIDTH, variantColour } from "../theme.js";
import { axisFormat, tooltipFormat, unitLabel } from "../units.js";
import { formatValue } from "./formatValue.js";

export function tornadoChart(data: RunReportData): Chart | null {
  const { summary } = data;
  const sweeps = summary.sweeps;
  const groups = (sweeps?.tornado ?? []).filter((t) =>
    t.bars.some((b) => b.low.estimate !== null && b.high.estimate !== null),
  );
  if (!sweeps || groups.length === 0) return null;
  const currency = summary.experiment.currency;
  const metric = sweeps.metric;
  const unit = metricSpec(metric).unit;
  const fmt = axisFormat(unit, currency);
  const tip = tooltipFormat(unit, currency);
  const signed = (x: number) =>
    `${x > 0 ? "+" : x < 0 ? "−" : ""}${formatValue(Math.abs(x), unit, currency)}`;
  const panel = (t: (typeof groups)[number]) => {
    const bars = t.bars
      .filter((b) => b.low.estimate !== null && b.high.estimate !== null)
      .map((b) => {
        const low = b.low.estimate!.mean;
        const high = b.high.estimate!.mean;
        const s = b.swing;
        return {
          parameter: `${b.parameter} (${b.low.label} → ${b.high.label})`,
          kind: b.kind === "plan" ? "plan parameter" : "market parameter",
          low,
          high,
          lowLabel: b.low.label,
          highLabel: b.high.label,
          left: Math.min(low, high),
          right: Math.max(low, high),
          swing: s?.difference ?? null,
          swingLo: s?.ci95[0] ?? null,
          swingHi: s?.ci95[1] ?? null,
          swingText: s
            ? `${signed(s.difference)} ± ${formatValue((s.ci95[1] - s.ci95[0]) / 2, unit, currency)}`
            : "—",
        };
      });
    const order = bars.map((b) => b.parameter);
    const y = {
      field: "parameter",
      type: "nominal",
      sort: order,
      title: null,
      axis: { labelLimit: 280, minExtent: 200 },
    };
    const colour = variantColour(summary.variants, t.variant);
    const layers: unknown[] = [
      {
        data: { values: bars },
        mark: { type: "bar", color: colour, opacity: 0.85, height: { band: 0.6 } },
        encoding: {
          y,
          x: {
            field: "left",
            type: "quantitative",
            title: `${metricLabel(metric)} (${unitLabel(unit, currency)})`,
            axis: { format: fmt },
            scale: { zero: false, padding: 12 },
          },
          x2: { field: "right" },
          tooltip: [
            { field: "parameter", title: "Parameter" },
            { field: "kind", title: "kind" },
            { field: "lowLabel", title: "low value" },
            { field: "low", title: `${metricLabel(metric)} at low`, format: tip },
            { field: "highLabel", title: "high value" },
            { field: "high", title: `${metricLabel(metric)} at high`, format: tip },
            { field: "swing", title: "swing (high − low, paired)", format: tip },
            { field: "swingLo", title: "swing 95% CI low", format: tip },
            { field: "swingHi", title: "swing 95% CI high", format: tip },
          ],
        },
      },
      {
        data: { values: bars },
        mark: { type: "tick", color: "#1f2933", thickness: 3, bandSize: 20 },
        encoding: { y, x: { field: "high", type: "quantitative" } },
      },
      {
        data: { values: bars },
        mark: { type: "text", align: "left", dx: 6, color: "#3e4c59" },
        encoding: { y, x: { field: "right", type: "quantitative" }, text: { field: "swingText" } },
      },
    ];
    if (t.base)
      layers.push({
        data: { values: [{ base: t.base.mean, label: "as written" }] },
        mark: { type: "rule", color: "#1f2933", strokeDash: [4, 3], strokeWidth: 1.5 },
        encoding: {
          x: { field: "base", type: "quantitative" },
          tooltip: [
            { field: "label", title: "variant" },
            { field: "base", title: metric, format: tip },
          ],
        },
      });
    return {
      title: {
        text: `${t.variant}${summary.scenarios.length > 1 ? ` in ${t.scenario}` : ""} (as written: ${t.base ? formatValue(t.base.mean, unit, currency) : "—"})`,
        fontSize: 12,
        fontWeight: 500,
        frame: "group",
      },
      width: CHART_WIDTH - 140,
      height: { step: 30 },
      layer: layers,
    };
  };
  const spec =
    groups.length === 1
      ? { $schema: VEGA_LITE_SCHEMA, ...panel(groups[0]!) }
      : { $schema: VEGA_LITE_SCHEMA, vconcat: groups.map(panel), spacing: 22 };
  return {
    id: "tornado",
    title: `Sensitivity of ${lowerFirst(metricLabel(metric))} (tornado)`,
    caption:
      `Each bar spans ${metric}'s mean at a parameter's lowest and highest swept value (labelled low → high; the dark tick marks the high end), one parameter changed at a time on the same trials; ` +
      "the longest bar, on top, is the parameter that moves the result most. The dashed rule is the variant as written. " +
      "The label is the swing, high minus low on the same trials (common random numbers), ± the half-width of its 95% confidence interval (hover for the interval): a swing smaller than its ± is no clear effect.",
    metricIds: [metric],
    spec: spec as never,
  };
}
