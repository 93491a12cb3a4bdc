/**
 * Cost vs customer value of a run: one dot per trial and variant (configured population, first
 * scenario; at most 400 trials per variant, evenly thinned), x = net ARR added in the horizon
 * (new + expansion − churned − contraction), y = total cost; a large ringed dot marks each
 * variant's mean. Up and left is worse: more pay for less customer value.
 */
import { type RunReportData, trialValues } from "../../load/runData.js";
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

export function costVsValueChart(data: RunReportData): Chart | null {
  const { summary, trials } = data;
  if (!trials || !VALUE_PARTS.every(([id]) => trials.has(id))) return null;
  const scenario = summary.scenarios[0]!;
  const currency = summary.experiment.currency;
  const points: { variant: string; value: number; cost: number }[] = [];
  const means: { variant: string; value: number; cost: number }[] = [];
  for (const variant of summary.variants) {
    const where = { scenario, variant, population: "configured" };
    const cost = trialValues(trials, "cost.total", where);
    const parts = VALUE_PARTS.map(([id, sign]) => trialValues(trials, id, where).map((x) => sign * x));
    const rows = cost
      .map((c, i) => ({ variant, cost: c, value: parts.reduce((s, p) => s + (p[i] ?? Number.NaN), 0) }))
      .filter((r) => Number.isFinite(r.cost) && Number.isFinite(r.value));
    if (rows.length === 0) continue;
    points.push(...thin(rows, 400));
    means.push({
      variant,
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
  return {
    id: "cost-vs-value",
    title: "Cost vs customer value",
    caption:
      "Each small dot is one simulated trial; the large ringed dot is the variant's mean. Right means more customer value (net ARR added: new + expansion − churn − contraction), " +
      "down means cheaper: the best variants sit bottom-right.",
    metricIds: ["cost.total", "arr.new", "arr.expansion", "arr.churned", "arr.contraction"],
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      width: CHART_WIDTH,
      height: 300,
      layer: [
        {
          data: { values: points },
          mark: { type: "circle", size: 18, opacity: 0.45 },
          encoding: { x, y, color: colour, tooltip },
        },
        {
          data: { values: means },
          mark: { type: "point", filled: true, size: 180, stroke: "#1f2933", strokeWidth: 1.5, opacity: 1 },
          encoding: {
            x: { field: "value", type: "quantitative" },
            y: { field: "cost", type: "quantitative" },
            color: colour,
            tooltip,
          },
        },
      ],
    } as never,
  };
}
