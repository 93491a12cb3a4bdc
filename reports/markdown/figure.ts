/**
 * A summary.json figure of any shape (mean, CVaR, paired difference, proportion, quantile) as
 * Markdown text: the library's formatFigure (reports/formatFigure.ts), with the run's currency.
 */
import type { MetricUnit } from "../../sim/metrics/registry/index.js";
import { formatFigure, type SummaryFigure } from "../formatFigure.js";

export function figureText(figure: unknown, unit: MetricUnit, currency: string): string {
  return formatFigure(figure as SummaryFigure | null | undefined, unit, { currency });
}
