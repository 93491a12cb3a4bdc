/**
 * Cost vs customer value of a run: one dot per trial and variant (configured population, first
 * scenario; at most 400 trials per variant, evenly thinned), x = net ARR added in the horizon
 * (new + expansion − churned − contraction), y = total cost; a large ringed dot marks each
 * variant's mean. Up and left is worse: more pay for less customer value. When summary.json has
 * a `frontier`, the means of the efficient variants (no other variant cheaper with at least as
 * much value) are diamonds joined by a dashed line, and the caption names them.
 */
import { type RunReportData, trialValues } from "../../load/runData.js";
import { lowerFirst, metricLabel } from "../../metricLabels.js";
import { type Chart, VEGA_LITE_SCHEMA } from "../chart.js";
import { thin } from "../stats.js";
import { CHART_WIDTH, variantColourChannel } from "../theme.js";
import { axisFormat, tooltipFormat } from "../units.js";

const VALUE_PARTS = [
  ["arr.new", 1],
  ["arr.expansion", 1],
  ["arr.churned", -1],
  ["arr.contraction", -1],
] as const;

const ON = "efficient frontier";
const OFF = "dominated";

export function costVsValueChart(data: RunReportData): Chart | null {
  const { summary, trials } = data;
  if (!trials || !VALUE_PARTS.every(([id]) => trials.has(id))) return null;
  const scenario = summary.scenarios[0]!;
  const currency = summary.experiment.currency;
  const points: { variant: string; value: number; cost: number }[] = [];
  const means: { variant: string; value: number; cost: number; frontier: string; dominatedBy: string }[] = [];
  const frontier = (summary.frontier ?? []).find((f) => f.scenario === scenario);
  const status = (variant: string) => frontier?.points.find((p) => p.variant === variant);
  for (const variant of summary.variants) {
    const where = { scenario, variant, population: "configured" };
    const cost = trialValues(trials, "cost.total", where);
    const parts = VALUE_PARTS.map(([id, sign]) => trialValues(trials, id, where).map((x) => sign * x));
    const rows = cost
      .map((c, i) => ({ variant, cost: c, value: parts.reduce((s, p) => s + (p[i] ?? Number.NaN), 0) }))
      .filter((r) => Number.isFinite(r.cost) && Number.isFinite(r.value));
    if (rows.length === 0) continue;
    points.push(...thin(rows, 400));
    const st = status(variant);
    means.push({
      variant,
      frontier: st?.efficient ? ON : OFF,
      dominatedBy: st && !st.efficient ? st.dominatedBy.join(", ") : "",
      cost: rows.reduce((s, r) => s + r.cost, 0) / rows.length,
      value: rows.reduce((s, r) => s + r.value, 0) / rows.length,
    });
  }
  if (points.length === 0) return null;
  const fmt = axisFormat("currency", currency);
  const tip = tooltipFormat("currency", currency);
  const colour = variantColourChannel(summary.variants);
  const x = {
    field: "value",
    type: "quantitative",
    title: `Net ARR added in the horizon (${currency})`,
    axis: { format: fmt },
    scale: { zero: false },
  };
  const y = {
    field: "cost",
    type: "quantitative",
    title: `Cost over the horizon (${currency})`,
    axis: { format: fmt },
    scale: { zero: false },
  };
  const tooltip = [
    { field: "variant", title: "Variant" },
    { field: "value", title: "net ARR added", format: tip },
    { field: "cost", title: "cost", format: tip },
  ];
  const efficient = frontier ? means.filter((m) => m.frontier === ON).sort((a, b) => a.cost - b.cost) : [];
  const layers: unknown[] = [
    {
      data: { values: points },
      mark: { type: "circle", size: 18, opacity: 0.45 },
      encoding: { x, y, color: colour, tooltip },
    },
  ];
  if (efficient.length > 1)
    layers.push({
      data: { values: efficient },
      mark: { type: "line", color: "#1f2933", strokeDash: [6, 4], strokeWidth: 1.5 },
      encoding: {
        x: { field: "value", type: "quantitative" },
        y: { field: "cost", type: "quantitative" },
        order: { field: "cost", type: "quantitative" },
      },
    });
  layers.push({
    data: { values: means },
    mark: { type: "point", filled: true, size: 180, stroke: "#1f2933", strokeWidth: 1.5, opacity: 1 },
    encoding: {
      x: { field: "value", type: "quantitative" },
      y: { field: "cost", type: "quantitative" },
      color: colour,
      ...(frontier
        ? {
            shape: {
              field: "frontier",
              type: "nominal",
              title: "Variant mean",
              scale: { domain: [ON, OFF], range: ["diamond", "circle"] },
              legend: { orient: "right", direction: "vertical", symbolFillColor: "#52606d", symbolSize: 120 },
            },
          }
        : {}),
      tooltip: [
        ...tooltip,
        ...(frontier
          ? [
              { field: "frontier", title: "frontier" },
              { field: "dominatedBy", title: "dominated by" },
            ]
          : []),
      ],
    },
  });
  const names = efficient.map((m) => m.variant);
  const frontierText = !frontier
    ? ""
    : names.length === 0
      ? " No variant is on the efficient frontier (the frontier's means are missing)."
      : ` Diamonds mark the efficient frontier${names.length > 1 ? ", joined by the dashed line" : ""}: ${names.join(", ")} — no other variant costs less for at least as much customer value (${lowerFirst(metricLabel(frontier.value))}, ${frontier.value}, on the means; close calls need the intervals).`;
  return {
    id: "cost-vs-value",
    title: "Cost vs customer value",
    caption:
      "Each small dot is one simulated trial; the large ringed dot is the variant's mean. Right means more customer value (net ARR added: new + expansion − churn − contraction), " +
      `down means cheaper: the best variants sit bottom-right.${frontierText}`,
    metricIds: ["cost.total", "arr.new", "arr.expansion", "arr.churned", "arr.contraction"],
    spec: { $schema: VEGA_LITE_SCHEMA, width: CHART_WIDTH, height: 300, layer: layers } as never,
  };
}
