/**
 * The plan language as users write it (YAML or JSON): the single source of truth for the input
 * types (`PlanInput` = what users write, `PlanSource` = after scalar shorthands are resolved) and
 * for the published JSON Schema (scenarios/schema/plan.schema.json, written by
 * writeJsonSchema.ts). Normalization (normalize/*.ts) turns a PlanSource into the canonical Plan.
 */
import * as z from "zod";
import { ROLES } from "../core/vocabulary.js";
import { componentSchema } from "./components/registry.js";
import {
  count,
  expecting,
  flag,
  identifier,
  listOf,
  mapping,
  mix,
  month,
  oneOf,
  text,
} from "./inputScalars.js";
import { metricsSchema } from "./metricSchema.js";
import { money, ratio } from "./planScalars.js";
import { bandSchema, scopeSchema } from "./ruleSchemas.js";

export const payMixSchema = mapping(
  {
    ote: money("On-target earnings: base salary + target variable (e.g. 200k).").optional(),
    mix: mix("Base/variable split of OTE in percent, e.g. '50/50' (AE) or '80/20' (CSM).").optional(),
    baseSalary: money("Annual base salary.").optional(),
    targetVariable: money("Annual on-target variable pay.").optional(),
  },
  "a pay mix: {ote, mix} or {baseSalary, targetVariable}",
  "Pay mix: {ote, mix: '50/50'}, {baseSalary, targetVariable}, or ote with one of baseSalary/targetVariable.",
);

export const PERIOD_KINDS = ["month", "quarter", "half", "year"] as const;

export const calendarSchema = mapping(
  {
    period: oneOf(PERIOD_KINDS, "Plan period: month, quarter (default), half or year.").default("quarter"),
    fiscalYearStartMonth: month(
      "Month the fiscal year starts: 1–12 or a name like 'feb' (default 1).",
    ).default(1),
  },
  "a calendar mapping {period, fiscalYearStartMonth}",
  "Plan periods and fiscal year.",
);

/**
 * Quota-setting rule for simulation (DESIGN §3, §5): next fiscal year's annual quota moves
 * `share` of the way from this year's quota toward this year's credit (a weighted average of
 * last year's quota and sales, Leone, Misra & Zimmerman 2004), clamped to [floor, cap] × the
 * plan's annual quota. share 100% = next quota is this year's credit (Misra & Nair 2011).
 */
export const ratchetSchema = mapping(
  {
    share: ratio(
      "Share of the gap between this year's credit and quota added to next year's quota (100% = next quota equals this year's credit). Default 100%.",
    ).default(1),
    floor: ratio(
      "Lowest next-year quota as a share of the plan's annual quota (default 100%: never below the plan quota).",
    ).default(1),
    cap: ratio("Highest next-year quota as a share of the plan's annual quota (default: no cap).")
      .nullable()
      .default(null),
  },
  "a ratchet mapping {share, floor, cap}",
  "Quota-setting rule in simulation: each fiscal year's quota is set from the year before's credit.",
);

const splitError = expecting("'equal' or a list of period weights like [20%, 25%, 25%, 30%]");
export const quotaObjectSchema = mapping(
  {
    annual: money("Full-year quota of a fully ramped rep (e.g. 900k)."),
    split: z
      .union(
        [
          z.literal("equal", splitError),
          z.array(ratio("Share of the annual quota in this period."), splitError),
        ],
        splitError,
      )
      .default("equal")
      .describe("'equal' (default) or one weight per period of the fiscal year, summing to 100%."),
    ramp: listOf(
      ratio("Quota multiplier in this month of tenure."),
      "multipliers like [25%, 50%, 75%]",
      "New-hire ramp: quota multiplier by month of tenure (1st month, 2nd, …); 100% after the list.",
    ).default([]),
    prorate: flag(
      "Prorate period quotas by days on the plan (mid-period starts, plan changes). Default true.",
    ).default(true),
    ratchet: ratchetSchema.optional(),
  },
  "a quota mapping with 'annual'",
  "Quota of one credited metric.",
);

const quotaError = expecting("an annual quota amount or a mapping with 'annual'");
export const quotaSchema = z
  .union([money("Annual quota."), quotaObjectSchema], quotaError)
  .describe("Annual quota amount (e.g. 900k), or {annual, split, ramp, prorate, ratchet}.");

export const modifierSchema = mapping(
  {
    id: identifier("Modifier id, unique in the plan."),
    label: text("Label shown on statements (default: the id).").optional(),
    metric: text(
      "Measured metric read by the modifier: nps, csat, ces, teamAttainment, companyAttainment, …",
    ),
    scope: scopeSchema.default("rep"),
    bands: listOf(bandSchema, "bands", "Contiguous bands of the metric value; the last one open."),
    appliesTo: listOf(
      identifier("A component id."),
      "component ids",
      "Component ids the multiplier applies to (default: every component).",
    ).default([]),
    missingMultiplier: ratio("Multiplier when the metric has no observation (default 1).").default(1),
  },
  "a modifier mapping with 'metric' and 'bands'",
  "A multiplier read from bands of a metric (NPS, CSAT, team attainment, …).",
);

export const totalCapsSchema = mapping(
  {
    perPeriod: money("Maximum total variable pay in one period.").nullable().optional(),
    perYear: money("Maximum total variable pay in one fiscal year.").nullable().optional(),
    multipleOfTarget: ratio("Per-year cap as a multiple of target variable (e.g. 3 = 3× target).").optional(),
  },
  "a caps mapping (perPeriod, perYear, multipleOfTarget)",
  "Caps on total variable pay.",
);

const budgetError = expecting("an amount or a mapping {amount}");
export const budgetSchema = z
  .union(
    [
      money("Budget amount per fiscal year."),
      mapping(
        { amount: money("Budget amount per fiscal year.") },
        "a budget mapping {amount}",
        "Plan budget.",
      ),
    ],
    budgetError,
  )
  .describe(
    "Plan budget per fiscal year for all reps on the plan; payouts scale down proportionally above it.",
  );

export const drawSchema = mapping(
  {
    type: oneOf(["recoverable", "nonRecoverable"], "recoverable: top-ups are recovered from later earnings."),
    amountPerPeriod: money("Guaranteed minimum variable pay per period."),
    periods: count("Number of periods of tenure the draw covers."),
  },
  "a draw mapping {type, amountPerPeriod, periods}",
  "A guaranteed minimum payment for the first periods of tenure.",
);

export const planSchema = mapping(
  {
    kind: z.literal("plan", expecting("'plan'")).optional().describe("Document kind (optional for plans)."),
    id: identifier("Plan id (default: the file name without extension).").optional(),
    name: text("Plan name (default: the id).").optional(),
    description: text("What the plan is for.").optional(),
    role: oneOf(ROLES as unknown as readonly [string, ...string[]], "Role: AE, AM, CSM or SDR."),
    currency: z
      .string(expecting("an ISO 4217 currency code like 'USD'"))
      .regex(/^[A-Z]{3}$/, expecting("an ISO 4217 currency code like 'USD'"))
      .default("USD")
      .describe("ISO 4217 currency code (default USD)."),
    payMix: payMixSchema,
    calendar: calendarSchema.default({ period: "quarter", fiscalYearStartMonth: 1 }),
    quotas: z
      .record(z.string(), quotaSchema, expecting("a mapping of credited metric → quota"))
      .default({})
      .describe("Quotas by credited metric id, e.g. {newArr: 900k}."),
    metrics: metricsSchema.optional(),
    components: listOf(componentSchema, "components", "The pay components.").min(
      1,
      expecting("at least one component"),
    ),
    modifiers: listOf(modifierSchema, "modifiers", "Multipliers from metric bands.").default([]),
    caps: totalCapsSchema.default({}),
    budget: budgetSchema.nullable().optional(),
    draw: drawSchema.nullable().optional(),
  },
  "a plan: a mapping with role, payMix and components",
  "An incentive-compensation plan for one role (planbench plan language).",
);

/** What users write (shorthands unresolved). */
export type PlanInput = z.input<typeof planSchema>;
/** The parsed plan: scalar shorthands resolved, structure as written. */
export type PlanSource = z.output<typeof planSchema>;
export type ComponentSource = PlanSource["components"][number];
export type ModifierSource = PlanSource["modifiers"][number];
export type QuotaSource = PlanSource["quotas"][string];
