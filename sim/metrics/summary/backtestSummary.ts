/**
 * The contract of a backtest's summary.json (`planbench backtest --out`), as a zod schema: what
 * sim/backtest/writeBacktest.ts writes and what reports and notebooks read. One history, so
 * exact figures (no intervals); NaN where undefined is null in JSON (`measured`). The published
 * JSON Schema (reports/schema/backtest-summary.schema.json) is generated from it.
 */
import * as z from "zod";
import { BACKTEST_METRICS, type BacktestMetric } from "./backtestMetrics.js";
import { list, measured } from "./figures.js";
import { SUMMARY_SCHEMA_VERSION } from "./version.js";

const variantMetrics = z.object(
  Object.fromEntries(BACKTEST_METRICS.map((id) => [id, measured])) as Record<BacktestMetric, typeof measured>,
);

export const timingSchema = z.object({
  lastMonthShare: measured,
  lastWeekShare: measured,
  uniformLastMonthShare: measured.describe("the share if bookings were spread evenly over the periods' days"),
  uniformLastWeekShare: measured,
  discountByWeek: list(measured).describe("value-weighted mean discount by week of the plan period"),
  valueByWeek: list(measured).describe("booked value by week of the plan period"),
  bookings: z.number(),
  totalValue: measured,
  lastMonthValue: measured,
  lastWeekValue: measured,
  days: z.number(),
  lastMonthDays: z.number(),
  lastWeekDays: z.number(),
});

const outcomes = z.object({
  nrr: measured,
  grr: measured,
  logoChurn: measured,
  activation: measured,
  adoption: measured,
  npsReported: measured,
  csat: measured,
  ces: measured,
  retentionWindows: z.number(),
  accounts: z.number(),
  surveyResponses: z.number(),
});

const payBaseline = z.object({
  reps: z.number(),
  payMean: measured,
  payP50: measured,
  attainmentP10: measured,
  attainmentP50: measured,
  attainmentP90: measured,
  bands: z.object({ below80: measured, from80to120: measured, above120: measured }),
});

export const backtestSummarySchema = z.object({
  schemaVersion: z.literal(SUMMARY_SCHEMA_VERSION),
  kind: z.literal("backtest"),
  planbench: z.string(),
  node: z.string(),
  command: z.string(),
  range: z.object({ start: z.string(), end: z.string() }),
  data: z.string().describe("the history: a folder of canonical tables or a mapping file"),
  currency: z.string().describe("currency of the variants' plans (money figures)"),
  inputs: list(z.object({ file: z.string(), sha256: z.string() })),
  caveat: z.string(),
  variants: list(
    z.object({
      name: z.string(),
      plans: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })).readonly(),
      metrics: variantMetrics,
      creditedArr: measured,
      repsPaid: z.number(),
      repYears: z.number(),
      uncoveredReps: z.array(z.string()),
      timing: timingSchema,
    }),
  ),
  customer: z.object({
    "customer.nrr": measured,
    "customer.grr": measured,
    "customer.logoChurn": measured,
    "customer.activation": measured,
    "customer.adoption": measured,
    "customer.npsReported": measured,
    csat: measured,
    ces: measured,
    retentionWindows: z.number(),
    accounts: z.number(),
    surveyResponses: z.number(),
  }),
  baselines: list(
    z.object({
      dimension: z.enum(["team", "region", "segment"]),
      group: z.string(),
      reps: z.number(),
      byVariant: z.record(z.string(), payBaseline),
      outcomes,
    }),
  ),
  planAssignments: list(
    z.object({
      rep: z.string(),
      segments: list(
        z.object({
          from: z.string(),
          to: z.string().nullable().describe("last day (inclusive); null = open-ended"),
          plan: z
            .string()
            .nullable()
            .describe("the history's plan id; null = the variant's plan for the rep's role"),
          targetVariable: z.number().nullable(),
          quotas: z.record(z.string(), z.number()),
          territory: z.string(),
          days: z.number().describe("days of the segment inside the range and the rep's employment"),
        }),
      ),
      paid: z
        .record(z.string(), z.number())
        .describe("pay over the range under each variant covering the rep"),
      eventsOutside: z
        .number()
        .describe("earning events in range outside every assignment of the rep: off plan, they earn nothing"),
    }),
  )
    .optional()
    .describe(
      "only when the history states plan assignments: each such rep's dated segments (data/README.md, plan_assignments)",
    ),
  import: z.object({
    source: z.string(),
    tables: list(
      z.object({
        table: z.string(),
        rowsRead: z.number(),
        generated: z.number(),
        rows: z.number(),
        quarantined: z.number(),
        skipped: z.record(z.string(), z.number()),
        notes: z.record(z.string(), z.number()),
      }),
    ),
  }),
});

export type BacktestSummary = z.output<typeof backtestSummarySchema>;
export type BacktestTiming = z.output<typeof timingSchema>;
