/**
 * Booked value by month of the fiscal year (summary.json `timingCurves`, first scenario, reps as
 * configured), one colour per variant, the calibrating history in black: a year-end spike and the
 * lull after it are the signature of nonlinear annual plans (Oyer 1998).
 */
import type { RunReportData } from "../../load/runData.js";
import { type Chart, VEGA_LITE_SCHEMA } from "../chart.js";
import { CATEGORY_PALETTE, CHART_WIDTH, variantColourChannel } from "../theme.js";

export function fiscalMonthsChart(data: RunReportData): Chart | null {
  const { summary } = data;
  const scenario = summary.scenarios[0];
  const curves = (summary.timingCurves ?? []).filter(
    (c) => c.scenario === scenario && c.population === "configured",
  );
  if (curves.length === 0 || curves.every((c) => c.volumeShareByFiscalMonth.every((x) => x === null)))
    return null;
  const rows = curves.flatMap((c) =>
    c.volumeShareByFiscalMonth.map((share, m) => ({ variant: c.variant, month: m + 1, share })),
  );
  const h = curves[0]!.history;
  const history = h ? h.volumeShareByFiscalMonth.map((share, m) => ({ month: m + 1, share })) : [];
  const x = { field: "month", type: "ordinal", title: "Month of the fiscal year", axis: { labelAngle: 0 } };
  return {
    id: "fiscal-months",
    title: "Bookings by month of the fiscal year",
    caption:
      "Share of the booked value of the simulated years signed in each month of the fiscal year (reps as configured, pooled over trials). " +
      "Nonlinear annual plans pull deals into the year's last month and leave a lull after it (Oyer 1998)." +
      (history.length > 0 ? " The black line is the history the world was calibrated from." : ""),
    metricIds: ["timing.volumeShareByFiscalMonth"],
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      data: { values: rows },
      width: CHART_WIDTH,
      height: 180,
      layer: [
        {
          mark: { type: "bar" },
          encoding: {
            x,
            xOffset: { field: "variant", sort: [...summary.variants] },
            y: {
              field: "share",
              type: "quantitative",
              title: "Share of booked value",
              axis: { format: ".0%" },
            },
            color: variantColourChannel(summary.variants),
            tooltip: [{ field: "variant" }, { field: "month" }, { field: "share", format: ".1%" }],
          },
        },
        ...(history.length === 0
          ? []
          : [
              {
                data: { values: history },
                mark: { type: "line", point: { color: CATEGORY_PALETTE.ink }, color: CATEGORY_PALETTE.ink },
                encoding: { x, y: { field: "share", type: "quantitative" } },
              },
            ]),
      ],
    } as never,
  };
}
