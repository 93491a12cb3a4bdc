/**
 * summary.json `history` (issue 17): a run on a history world reports where the history came
 * from, the un-gaming fit (history vs the fitted mix and vs nobody gaming on the un-gamed
 * pipeline, with KS distances, and what history cannot identify) and the backtest check (the
 * reference variant's simulated cost and last-month share against the historical plan's backtest
 * of the same history, with both 95% intervals and whether they overlap).
 */
import * as z from "zod";
import { list } from "./figures.js";

const nullableNumber = z.number().nullable();
const interval = z.object({ mean: z.number(), lo: z.number(), hi: z.number() });
const comparison = z.object({
  backtest: interval.describe("the historical plan's backtest, block-bootstrap 95% interval"),
  simulated: interval.describe("the reference variant's simulated mean and its 95% CI"),
  agree: z.boolean().describe("the two intervals overlap"),
});

export const historySection = z
  .object({
    source: z.string(),
    range: z.object({ start: z.string(), end: z.string() }),
    blockMonths: z.number().describe("months per resampled block (one period of the historical plan)"),
    blocks: z.number().describe("whole historical periods the trials draw from"),
    aes: z.number(),
    deals: z.number(),
    reference: z.string().describe("the reference variant: the plans the company ran"),
    ungaming: z
      .object({
        gamingShare: z.number(),
        gamingPropensity: z.number(),
        historicalEffort: z.number().describe("the historical plan's effort relative to normal"),
        trials: z.number(),
        distances: list(
          z.object({ profile: z.string(), kind: z.string(), fitted: nullableNumber, honest: nullableNumber }),
        ),
        rows: list(
          z.object({
            quantity: z.string(),
            history: nullableNumber,
            fitted: nullableNumber,
            honest: nullableNumber,
          }),
        ),
        unidentified: list(z.object({ parameter: z.string(), why: z.string() })),
      })
      .nullable(),
    backtest: z
      .object({
        plan: z.string(),
        from: z.string(),
        to: z.string(),
        periods: z.number(),
        cost: comparison,
        lastMonthShare: comparison,
      })
      .nullable(),
  })
  .meta({ id: "HistorySection" });

export type HistorySection = z.output<typeof historySection>;
