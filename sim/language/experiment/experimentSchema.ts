/**
 * The experiment language (`kind: experiment`) as users write it: plan variants (a plan file
 * per role), scenarios (world files), the rep population, horizon and tail, trials or a
 * precision target, seed, budget. Paths are relative to the experiment file. The single source
 * of truth for the input types and the published JSON Schema
 * (scenarios/schema/experiment.schema.json); normalizeExperiment.ts makes ExperimentParams.
 */
import * as z from "zod";
import { count, expecting, flag, identifier, listOf, mapping, money, ratio, text } from "../inputScalars.js";
import { accountingSchema } from "./accountingSchema.js";
import { durationSchema as duration } from "./duration.js";
import { sweepSchema } from "./sweepSchema.js";

const pathText = (description: string) =>
  z.string(expecting("a file path")).min(1, expecting("a file path")).describe(description);

const plansError = expecting("a plan file or a list of plan files (one per role)");
export const variantSchema = mapping(
  {
    name: text("Variant name shown in reports (default: A, B, C, …).").optional(),
    description: text("What this variant changes.").optional(),
    plans: z
      .union([pathText("A plan file."), z.array(pathText("A plan file."), plansError)], plansError)
      .describe("Plan files, at most one per role, relative to this experiment file."),
  },
  "a variant {name, plans}",
  "One plan set under comparison.",
);

const scenarioError = expecting("a world file or a mapping {name, world}");
export const scenarioSchema = z
  .union(
    [
      pathText("A world file."),
      mapping(
        {
          name: text("Scenario name (default: the world's name).").optional(),
          world: pathText("World file, relative to this experiment file."),
        },
        "a scenario {name, world}",
        "A market scenario.",
      ),
    ],
    scenarioError,
  )
  .describe("A world file, or {name, world}.");

export const historyWorldSchema = mapping(
  {
    history: pathText(
      "The history reps respond on: a folder of canonical tables (e.g. data/sample) or a mapping file (e.g. data/mappings/maven-crm.yaml), relative to this experiment file.",
    ),
    ungame: flag(
      "Fit the behaviour the historical plan induced and remove it from the pipeline before applying the variants (default true).",
    ).default(true),
    fitTrials: count("Trials per behaviour mix of the un-gaming fit (default 4).").default(4),
    customers: z
      .enum(["fitted", "base"], expecting("'fitted' or 'base'"))
      .default("fitted")
      .describe(
        "Customer-side parameters: fitted from the history (default), or the base world's (when the history's customer fit is not credible).",
      ),
  },
  "a history world {history: DATA-FOLDER-OR-MAPPING}",
  "A history world source: every trial resamples this history (block bootstrap by rep and plan period).",
);

const segmentCounts = mapping(
  {
    SMB: count("Reps in SMB.").optional(),
    MM: count("Reps in mid-market.").optional(),
    ENT: count("Reps in enterprise.").optional(),
  },
  "a mapping of segment → rep count",
  "Reps by segment.",
);

const roleCountError = expecting("a rep count, or a mapping {SMB, MM, ENT} of counts");
const roleCount = (role: string) =>
  z
    .union([count(`${role} reps, split across segments by segmentMix.`), segmentCounts], roleCountError)
    .describe(`${role} reps: a count (split by segmentMix) or counts by segment.`)
    .optional();

export const behaviourSchema = mapping(
  {
    name: identifier("Profile name."),
    share: ratio("Share of reps with this profile (profiles sum to 100%)."),
    gamingPropensity: ratio("0 = honest (never games) … 1 = fully strategic."),
    riskAversion: ratio("Weight on the downside of uncertain pay (0 = risk neutral).").default(0.5),
    incentiveResponse: ratio(
      "How strongly effort follows the marginal money at stake, relative to the field estimates (1, default; 0 = ignores pay). Honest reps respond to pay; they only never game.",
    ).default(1),
  },
  "a behaviour profile {name, share, gamingPropensity}",
  "A slice of the rep population with its behaviour.",
);

export const DEFAULT_BEHAVIOUR = [
  { name: "honest", share: 0.5, gamingPropensity: 0, riskAversion: 0.5, incentiveResponse: 1 },
  { name: "opportunist", share: 0.35, gamingPropensity: 0.5, riskAversion: 0.5, incentiveResponse: 1 },
  { name: "strategic", share: 0.15, gamingPropensity: 1, riskAversion: 0.3, incentiveResponse: 1 },
];

export const populationSchema = mapping(
  {
    headcount: mapping(
      { AE: roleCount("AE"), AM: roleCount("AM"), CSM: roleCount("CSM"), SDR: roleCount("SDR") },
      "a mapping of role → rep count",
      "Reps by role (AE, AM, CSM, SDR), each a count or counts by segment (with world: {history}, AEs come from the history).",
    ).default({}),
    segmentMix: mapping(
      { SMB: ratio("Share in SMB."), MM: ratio("Share in mid-market."), ENT: ratio("Share in enterprise.") },
      "a mapping {SMB, MM, ENT} of shares",
      "How a role's count splits across segments (largest remainder); default 40% / 40% / 20%.",
    ).default({ SMB: 0.4, MM: 0.4, ENT: 0.2 }),
    skillSigma: ratio("Rep skill ~ lognormal(0, skillSigma) (default 0.3).").default(0.3),
    rampMonths: count("Months of ramp for reps hired during the horizon (default 0).").default(0),
    startingBookPerCsm: count("Accounts per CSM at the start (default 40).").default(40),
    effortCostSigma: ratio(
      "Spread of the cost of effort across reps: log-sd of each rep's cost around the market's (default 0.3).",
    ).default(0.3),
    behaviour: listOf(
      behaviourSchema,
      "behaviour profiles",
      "Behaviour mix; shares sum to 100% (default: 50% honest, 35% opportunist at 0.5, 15% strategic at 1).",
    ).optional(),
  },
  "a population mapping with headcount",
  "The simulated reps.",
);

export const precisionSchema = mapping(
  {
    metric: text("Metric whose mean must reach the precision (default cost.total).").default("cost.total"),
    relativeSe: ratio(
      "Stop when its standard error is at most this share of the mean, for every variant (e.g. 0.5%).",
    ),
    maxTrials: count("Never run more trials than this (default 100000).").default(100_000),
  },
  "a precision mapping {relativeSe, maxTrials}",
  "Run until every variant's metric mean has this relative standard error.",
);

const seedError = expecting("a seed: a whole number or text");
const DATE = /^\d{4}-(0[1-9]|1[0-2])-01$/;

export const experimentSchema = mapping(
  {
    kind: z.literal("experiment", expecting("'experiment'")).describe("Document kind: experiment."),
    id: identifier(
      "Experiment id (default: the file name without extension); names the output directory.",
    ).optional(),
    name: text("Experiment name (default: the id).").optional(),
    description: text("What the experiment compares.").optional(),
    start: z
      .string(expecting("the first day of a month like '2025-01-01'"))
      .regex(DATE, expecting("the first day of a month like '2025-01-01'"))
      .default("2025-01-01")
      .describe("First day of month 0 (default 2025-01-01); plan calendars align to real dates."),
    horizon: duration("Simulated plan horizon, e.g. '8 quarters'."),
    tail: duration(
      "Months simulated after the horizon so clawbacks, vesting and churn show (default 12).",
    ).default(12),
    seed: z
      .union([z.number(seedError).int(seedError), z.string(seedError).min(1, seedError)], seedError)
      .describe("Master seed of every random stream (a whole number or text)."),
    trials: count("Monte Carlo trials (give trials or precision).").optional(),
    precision: precisionSchema.optional(),
    budget: money("Variable-comp budget per fiscal year, for cost.overBudgetProb.").nullable().optional(),
    repDetailTrials: count("Trials whose rep-level pay and value go to reps.arrow (default 10).").default(10),
    accounting: accountingSchema.optional(),
    sweep: sweepSchema.optional(),
    gaming: mapping(
      {
        byLever: flag(
          "Split gaming by lever (one lever at a time): 7 more populations per variant, 4.5× the simulation work (default true).",
        ).default(true),
      },
      "a gaming mapping {byLever}",
      "Gaming exposure options.",
    ).default({ byLever: true }),
    variants: listOf(
      variantSchema,
      "variants",
      "Plan variants compared side by side; the first is the base of paired differences.",
    ).min(1, expecting("at least one variant")),
    scenarios: listOf(scenarioSchema, "scenarios", "Market scenarios (world files).")
      .min(1, expecting("at least one scenario"))
      .optional(),
    world: historyWorldSchema.optional(),
    historicalPlans: z
      .array(pathText("A plan file."), expecting("a list of plan files (one per role)"))
      .min(1, expecting("at least one plan file"))
      .describe(
        "With world: {history}: the plans the company ran over the history (one per role); they form the reference variant.",
      )
      .optional(),
    population: populationSchema,
  },
  "an experiment: a mapping with kind: experiment, variants, scenarios, population, horizon and seed",
  "A planbench experiment: plan variants × scenarios × Monte Carlo trials.",
);

export type ExperimentInput = z.input<typeof experimentSchema>;
export type ExperimentSource = z.output<typeof experimentSchema>;
