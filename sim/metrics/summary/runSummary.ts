/**
 * The contract of a run's summary.json (`planbench run`, `merge`), as a zod schema: what
 * sim/engine/run/summary.ts writes and what reports, notebooks and `pilot --response` read. The
 * published JSON Schema (reports/schema/run-summary.schema.json) is generated from it.
 */
import * as z from "zod";
import { figuresById, list, meanFigure, pairedFigure, proportionFigure, quantileFigure } from "./figures.js";
import { historySection } from "./historySection.js";
import {
  frontierSection,
  overTimeSection,
  stressSection,
  sweepsSection,
  timingCurvesSection,
} from "./runSections.js";
import { SUMMARY_SCHEMA_VERSION } from "./version.js";

const cvarFigure = meanFigure;

export const reproducibilitySchema = z.object({
  command: z.string().describe("the command that reproduces the numbers"),
  seed: z.string(),
  trials: z.number(),
  blockSize: z
    .number()
    .optional()
    .describe("trials per block; written before results stopped depending on it, absent since"),
  runHash: z.string(),
  inputs: list(z.object({ file: z.string(), sha256: z.string() })),
  planbench: z.string(),
  node: z.string(),
});

export const runSummarySchema = z.object({
  schemaVersion: z.literal(SUMMARY_SCHEMA_VERSION),
  kind: z.literal("run"),
  experiment: z.object({
    id: z.string(),
    name: z.string(),
    start: z.string(),
    horizonMonths: z.number(),
    tailMonths: z.number(),
    currency: z.string(),
    budgetPerYear: z.number().nullable(),
    budgetOverHorizon: z.number().nullable(),
    reps: list(z.object({ role: z.string(), segment: z.string(), count: z.number() })),
  }),
  trials: z.number(),
  blocks: z
    .number()
    .optional()
    .describe("blocks reduced; written before results stopped depending on the block size"),
  scenarios: z.array(z.string()), // mutable: notebooks hand them to vega-lite specs
  variants: z.array(z.string()), // mutable: notebooks hand them to vega-lite specs
  populations: z.array(z.string()), // mutable: notebooks hand them to vega-lite specs
  metrics: z
    .array(z.object({ id: z.string(), unit: z.string(), definition: z.string() }))
    .describe("every metric id of the run with its unit and definition (the metric registry's)"),
  cells: list(
    z.object({
      scenario: z.string(),
      variant: z.string(),
      population: z.string(),
      metrics: figuresById(meanFigure),
    }),
  ),
  paired: list(
    z.object({
      scenario: z.string(),
      population: z.string(),
      variant: z.string(),
      base: z.string(),
      metrics: figuresById(pairedFigure),
    }),
  ),
  risk: list(
    z.object({
      scenario: z.string(),
      variant: z.string(),
      population: z.string(),
      "cost.p95": quantileFigure.nullable(),
      "cost.cvar95": cvarFigure.nullable(),
      "cost.overBudgetProb": proportionFigure.nullable(),
    }),
  ),
  gaming: list(
    z.object({
      scenario: z.string(),
      variant: z.string(),
      "gaming.windfall": meanFigure.nullable(),
      "gaming.valueLost": meanFigure.nullable(),
      "gaming.valueLost.mispricing": meanFigure.nullable().optional(),
      "gaming.valueLost.lostDeals": meanFigure.nullable().optional(),
      "gaming.valueLost.churn": meanFigure.nullable().optional(),
      "gaming.maxDeviationGain": meanFigure.nullable(),
      "gaming.byLever": figuresById(meanFigure).nullable(),
      "behaviour.effortResponse.pay": meanFigure.nullable().optional(),
      "behaviour.effortResponse.value": meanFigure.nullable().optional(),
    }),
  ),
  stress: stressSection.optional(),
  sweeps: sweepsSection.nullable().optional(),
  frontier: frontierSection.optional(),
  overTime: overTimeSection.optional(),
  timingCurves: timingCurvesSection.optional(),
  history: historySection
    .optional()
    .describe("runs on a history world (issue 17): un-gaming fit and backtest check"),
  reproducibility: reproducibilitySchema,
});

export type RunSummary = z.output<typeof runSummarySchema>;
export type Reproducibility = z.output<typeof reproducibilitySchema>;
export type StressSummary = z.output<typeof stressSection>;
export type SweepsSummary = z.output<typeof sweepsSection>;
export type FrontierSummary = z.output<typeof frontierSection>;
export type OverTimeSummary = z.output<typeof overTimeSection>;
export type TimingCurvesSummary = z.output<typeof timingCurvesSection>;
