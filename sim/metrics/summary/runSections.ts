/**
 * The later sections of a run's summary.json — the stress table, the sensitivity sweep, the
 * cost–value frontier and cumulative cost over time — as zod schemas. Each is optional in a
 * summary (folders written before the section existed still read; reports leave its charts out).
 */
import * as z from "zod";
import { anyFigure, figuresById, list, meanFigure, measured, pairedFigure } from "./figures.js";

const estimate = meanFigure.nullable();

export const stressSection = z.object({
  baseScenario: z.string().nullable(),
  population: z.string(),
  metrics: list(z.string()),
  pairedMetrics: list(z.string()),
  rows: list(
    z.object({
      variant: z.string(),
      scenario: z.string(),
      values: figuresById(anyFigure),
      vsBase: figuresById(pairedFigure)
        .nullable()
        .describe("paired change vs the first scenario; null for it"),
    }),
  ),
});

const parameterKind = z.enum(["plan", "world"]);

const tornadoBar = z.object({
  parameter: z.string(),
  kind: parameterKind,
  path: z.string(),
  low: z.object({ label: z.string(), estimate }),
  high: z.object({ label: z.string(), estimate }),
  swing: pairedFigure.nullable(),
  absSwing: measured.nullable(),
});

const gridAxis = z.object({
  parameter: z.string(),
  kind: parameterKind,
  path: z.string(),
  labels: list(z.string()),
});

export const sweepsSection = z.object({
  metric: z.string(),
  value: z.string(),
  scenario: z.string(),
  parameters: list(
    z.object({
      name: z.string(),
      kind: parameterKind,
      base: z.string(),
      role: z.string().nullable(),
      path: z.string(),
      values: z.array(
        z.object({
          label: z.string(),
          raw: z.union([z.number(), z.string(), z.boolean()]),
          cells: z.array(
            z.object({ variant: z.string(), scenario: z.string(), metrics: figuresById(meanFigure) }),
          ),
        }),
      ),
    }),
  ),
  tornado: list(
    z.object({
      variant: z.string(),
      scenario: z.string(),
      metric: z.string(),
      base: estimate,
      bars: z.array(tornadoBar),
    }),
  ),
  heatmap: z
    .object({
      variant: z.string(),
      scenario: z.string(),
      metric: z.string(),
      x: gridAxis,
      y: gridAxis,
      cells: list(
        z.object({
          xi: z.number(),
          yi: z.number(),
          x: z.string(),
          y: z.string(),
          variant: z.string(),
          scenario: z.string(),
          estimate,
        }),
      ),
    })
    .nullable(),
});

export const frontierSection = list(
  z.object({
    scenario: z.string(),
    cost: z.string().describe("metric id of the cost axis"),
    value: z.string().describe("metric id of the customer-value axis"),
    points: z.array(
      z.object({
        variant: z.string(),
        cost: estimate,
        value: estimate,
        efficient: z.boolean(),
        dominatedBy: z.array(z.string()).readonly(),
      }),
    ),
  }),
);

export const overTimeSection = list(
  z.object({
    scenario: z.string(),
    variant: z.string(),
    population: z.string(),
    metric: z.string(),
    points: z.array(
      z.object({
        quarter: z.number(),
        through: z.string().describe("YYYY-MM of the quarter's last month"),
        tail: z.boolean(),
        mean: estimate,
        p10: z.number().nullable(),
        p50: z.number().nullable(),
        p90: z.number().nullable(),
      }),
    ),
  }),
);

const share = z.number().nullable();

/** Deal-timing profiles a history showed (a calibrated world's `history`), for overlays. */
export const historyProfilesSchema = z.object({
  source: z.string(),
  periodWeeks: z.number(),
  volumeShareByWeek: z.array(share),
  lastDayShare: share,
  discountByWeek: z.array(share),
  volumeShareByFiscalMonth: z.array(share),
  volumeShareByMonthOfPeriod: z.array(share),
});

/**
 * Larkin's deal-timing curves per scenario × variant × population (configured, honest): booked
 * value by week of the AE plan's period (the last day apart), value-weighted discount by week
 * then the last day, and booked value by month of the fiscal year — pooled over trials (ratios of
 * mean sums) — with the scenario world's history profiles when it was calibrated from data.
 */
export const timingCurvesSection = list(
  z.object({
    scenario: z.string(),
    variant: z.string(),
    population: z.string(),
    periodWeeks: z.number(),
    volumeShareByWeek: z.array(share),
    lastDayShare: share,
    discountByWeek: z.array(share),
    volumeShareByFiscalMonth: z.array(share),
    history: historyProfilesSchema.nullable(),
  }),
);
