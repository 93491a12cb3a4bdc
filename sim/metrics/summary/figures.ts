/**
 * The shapes of the figures summary.json carries, as zod schemas (the source of the published
 * JSON Schemas, reports/schema/). Measured numbers are written by JSON.stringify, which turns
 * NaN into null: `measured` reads null back as NaN, so a parsed summary holds the numbers its
 * producer computed. Every interval is a 95% interval; n is the number of trials.
 */
import * as z from "zod";

/** A JSON array read as a readonly list (producers hand in readonly arrays; readers never mutate). */
export const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

/** A measured number: null in JSON where the producer had NaN (undefined, e.g. no reps). */
export const measured = z
  .number()
  .nullable()
  .transform((v) => v ?? Number.NaN)
  .meta({ id: "Measured", description: "a number; null where it is undefined (NaN)" });

const interval = z
  .tuple([measured, measured])
  .readonly()
  .meta({ id: "Interval95", description: "95% interval [low, high]" });

/** A mean over trials ± its Monte Carlo error (cells, gaming, CVaR). */
export const meanFigure = z
  .object({
    mean: measured,
    se: measured.describe("Monte Carlo standard error"),
    ci95: interval,
    n: z.number().describe("trials"),
    missing: z.number().optional().describe("trials where the metric was undefined"),
    valueAtRisk: measured.optional().describe("CVaR only: the order statistic at the tail boundary"),
  })
  .meta({ id: "MeanFigure" });

/** A paired difference vs a base (same trials, common random numbers). */
export const pairedFigure = z
  .object({
    difference: measured,
    se: measured,
    ci95: interval,
    n: z.number(),
    unpairedSe: measured.optional().describe("the standard error without pairing"),
    varianceReduction: measured.optional(),
  })
  .meta({ id: "PairedFigure" });

/** A quantile across trials (cost.p95) with its distribution-free interval. */
export const quantileFigure = z
  .object({
    value: measured,
    ci95: interval,
    coverage: measured.optional().describe("exact probability that the interval covers the quantile"),
    n: z.number(),
  })
  .meta({ id: "QuantileFigure" });

/** A probability across trials (cost.overBudgetProb) with its Wilson interval. */
export const proportionFigure = z
  .object({
    p: measured,
    se: measured,
    ci95: interval,
    n: z.number(),
    hits: z.number().optional(),
  })
  .meta({ id: "ProportionFigure" });

/** Any figure (the stress table mixes means, quantiles and proportions). */
export const anyFigure = z.union([meanFigure, pairedFigure, quantileFigure, proportionFigure]);

/** Metric id → figure; null where the figure could not be estimated. */
export const figuresById = <T extends z.ZodType>(figure: T) => z.record(z.string(), figure.nullable());

export type MeanFigure = z.output<typeof meanFigure>;
export type PairedFigure = z.output<typeof pairedFigure>;
export type QuantileFigure = z.output<typeof quantileFigure>;
export type ProportionFigure = z.output<typeof proportionFigure>;
export type AnyFigure = z.output<typeof anyFigure>;
