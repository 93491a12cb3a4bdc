/**
 * A summary.json figure of any shape (mean, CVaR, paired difference, proportion, quantile) as
 * Markdown text: the library's formatFigure (sim/api/formatFigure.ts), with the run's currency.
 */
import { formatFigure, type SummaryFigure } from "../../sim/api/formatFigure.js";
import type { MetricUnitKind } from "../../sim/metrics/ids.js";

export function figureText(figure: unknown, unit: MetricUnitKind, currency: string): string {
  return formatFigure(figure as SummaryFigure | null | undefined, unit, { currency });
}
