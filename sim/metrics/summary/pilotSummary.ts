/**
 * The contract of pilot.json (`planbench pilot --out`), as a zod schema: the pilot design
 * sim/pilot/designPilot.ts returns (group, baseline card, variance, the power grid of every
 * outcome and the recommendations), with the command that made it. NaN is null in JSON
 * (`measured`). The published JSON Schema (reports/schema/pilot.schema.json) is generated from it.
 */
import * as z from "zod";
import { list, measured } from "./figures.js";
import { SUMMARY_SCHEMA_VERSION } from "./version.js";

const cardFigure = z.object({
  value: z.number().nullable().describe("null: not available in this data (see note)"),
  note: z.string(),
});

const baselineSide = z.object({
  reps: z.number(),
  employedAtEnd: z.number(),
  repYears: z.number(),
  attainmentP50: cardFigure,
  attainmentP10: cardFigure,
  attainmentP90: cardFigure,
  payMeanControl: cardFigure,
  payP50Control: cardFigure,
  payMeanCandidate: cardFigure,
  costRatioControl: cardFigure,
  costRatioCandidate: cardFigure,
  nrr: cardFigure,
  grr: cardFigure,
  logoChurn: cardFigure,
  nps: cardFigure,
  csat: cardFigure,
});

const effect = z.object({ difference: measured, se: measured, paired: z.boolean() });

const gridCell = z.object({
  size: z.number(),
  units: z.number(),
  months: z.number(),
  method: z.enum(["history", "model", "none"]),
  windows: z.number(),
  power: measured,
  powerSe: measured,
  mde: measured,
  mdeLow: measured,
  mdeHigh: measured,
  falsePositive: measured,
  analyticPower: measured,
  analyticMde: measured,
  analyticSe: measured,
});

const outcomeDesign = z.object({
  outcome: z.string().describe("a pilot outcome: nrr, grr, cost, nps, csat"),
  metric: z.string().describe("its metric id"),
  label: z.string(),
  available: z.boolean(),
  reason: z.string(),
  effect: measured,
  effectSource: z.enum(["default", "--effect", "simulation"]),
  baseline: z.object({ pilot: measured, rest: measured }).nullable(),
  variance: z
    .object({
      sigmaPilot: measured,
      sigmaControl: measured,
      rho: measured,
      rhoRaw: measured,
      pilotUnits: z.number(),
      controlUnits: z.number(),
      unitMonths: z.number(),
      meanMonthsPerUnit: measured,
    })
    .nullable(),
  cells: list(gridCell),
  recommendation: z
    .object({
      size: z.number(),
      months: z.number().nullable(),
      power: z.number().nullable(),
      text: z.string(),
    })
    .nullable(),
  placebo: list(
    z.object({
      months: z.number(),
      windows: z.number(),
      rejected: z.number(),
      meanEstimate: measured,
      sdEstimate: measured,
    }),
  ),
});

const plansOf = z.object({ name: z.string(), files: list(z.string()) });

export const pilotSummarySchema = z.object({
  schemaVersion: z.literal(SUMMARY_SCHEMA_VERSION),
  kind: z.literal("planbench.pilot"),
  command: z.string(),
  data: z.string(),
  range: z.object({ start: z.string(), end: z.string() }),
  historyMonths: z.number(),
  group: z.object({
    label: z.string(),
    criteria: list(z.object({ key: z.string(), value: z.string() })),
    roles: list(z.string()),
    pilotReps: list(z.string()),
    restReps: z.number(),
    pilotTeams: list(z.string()),
    restTeams: list(z.string()),
  }),
  unit: z.enum(["rep", "team"]),
  plans: z.object({ candidate: plansOf, control: plansOf }),
  seed: z.union([z.string(), z.number()]),
  seedIsDefault: z.boolean(),
  replicates: z.number(),
  alpha: z.number(),
  targetPower: z.number(),
  pre: z.number(),
  size: z.number(),
  sizes: list(z.number()),
  durations: list(z.number()),
  card: z.object({ pilot: baselineSide, rest: baselineSide, payDifferencePerRepYear: measured }),
  response: z
    .object({
      file: z.string(),
      scenario: z.string(),
      population: z.string(),
      variant: z.string(),
      control: z.string(),
      trials: z.number(),
      effects: z.record(z.string(), effect),
      npsTrue: effect.nullable(),
    })
    .nullable(),
  outcomes: list(outcomeDesign),
  primary: z.string().nullable(),
  pilotCost: list(z.object({ months: z.number(), extraPay: measured })),
  repsPerUnit: measured,
  quarantinedRows: z.number(),
  inputs: list(z.object({ file: z.string(), sha256: z.string() })),
  version: z.string(),
});

export type PilotSummary = z.output<typeof pilotSummarySchema>;
