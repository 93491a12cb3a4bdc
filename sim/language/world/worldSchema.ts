/**
 * The world language (`kind: world`) as users write it: segment sales and customer parameters,
 * surveys, and the market scenario (piecewise schedules of multipliers, shocks, optional Markov
 * regimes). The single source of truth for the input types and for the published JSON Schema
 * (scenarios/schema/world.schema.json). normalizeWorld.ts turns a WorldSource into a
 * WorldDefinition; expandWorld.ts makes the canonical WorldParams for a horizon.
 *
 * Field names are those of WorldParams (sim/core/world.ts), so a world file reads like the
 * canonical form; numbers take the plan language's shorthands (10%, 120k, 90d).
 */
import * as z from "zod";
import { behaviourSchema } from "../experiment/experimentSchema.js";
import {
  count,
  days,
  expecting,
  identifier,
  listOf,
  mapping,
  money,
  oneOf,
  ratio,
  text,
} from "../inputScalars.js";

/** A number ≥ 0 (or percent) that may be omitted in a file that `extends` another. */
const num = (description: string) => ratio(description);

const pairError = expecting("two whole numbers [min, max] of months, like [2, 6]");
const cycleSchema = z
  .tuple([count("Shortest cycle in months."), count("Longest cycle in months.")], pairError)
  .describe("Sales cycle in whole months, uniform in [min, max], e.g. [2, 6].");

const termMixError = expecting("three shares [12-month, 24-month, 36-month] like [70%, 20%, 10%]");
const termMixSchema = z
  .tuple(
    [ratio("Share of 12-month terms."), ratio("Share of 24-month terms."), ratio("Share of 36-month terms.")],
    termMixError,
  )
  .describe("Probabilities of 12-, 24- and 36-month terms; they sum to 100%.");

export const segmentSalesSchema = mapping(
  {
    leadsPerMonth: num("Qualified opportunities per fully ramped AE (skill 1, effort 1) per month."),
    dealSizeMedian: money("Median first-year ARR of a deal at list price."),
    dealSizeSigma: num("Log-sd of deal size (lognormal)."),
    winRate: ratio("Win probability of an average-fit opportunity at list price (e.g. 25%)."),
    cycleMonths: cycleSchema,
    fitAlpha: num("Latent fit of arriving leads ~ Beta(fitAlpha, fitBeta)."),
    fitBeta: num("Latent fit of arriving leads ~ Beta(fitAlpha, fitBeta)."),
    discountOddsPer10pts: num("Win-odds multiplier per 10 points of discount (e.g. 1.3)."),
    typicalDiscount: ratio("Typical discount buyers ask for (e.g. 10%)."),
    termMix: termMixSchema,
  },
  "a segment's sales parameters",
  "How sales work in one customer segment.",
);

export const segmentCustomersSchema = mapping(
  {
    activationAtFit0: ratio("Probability a worst-fit account activates within the window."),
    activationAtFit1: ratio("Probability a best-fit account activates within the window."),
    activationWindowDays: days("Activation window in days (e.g. 90d)."),
    monthlyChurnHazard: ratio("Baseline monthly churn hazard of an average customer (e.g. 0.6%)."),
    poorFitChurnMultiplier: num("Churn hazard of the worst-fit customer relative to the best (e.g. 4)."),
    renewalChurn: ratio("Churn probability at a renewal (term end) for an average customer."),
    expansionsPerYear: num("Expansion events per customer-year at full adoption."),
    expansionShare: ratio("Expansion amount as a share of the account's ARR."),
    adoptionAtFit0: ratio("Usage depth (0–1) a worst-fit activated customer moves toward."),
    adoptionAtFit1: ratio("Usage depth (0–1) a best-fit activated customer moves toward."),
    adoptionSpeed: ratio("Monthly share of the gap to the target adoption that closes."),
  },
  "a segment's customer parameters",
  "How customers of one segment behave once sold.",
);

export const surveySchema = mapping(
  {
    responseRate: ratio("Probability a customer answers the NPS survey in a quarter."),
    scoreAtHealthy: num("Mean NPS score (0–10) of a healthy customer (adoption 1, fit 1)."),
    scoreAtUnhealthy: num("Mean NPS score (0–10) of an unhealthy customer."),
    scoreSd: num("Standard deviation of NPS scores."),
  },
  "a survey mapping",
  "Survey responses drawn from latent satisfaction.",
);

const stepSchema = mapping(
  {
    from: count("First month (0 = the experiment's start month) this value applies from."),
    value: ratio("Multiplier from that month on (1 = baseline)."),
  },
  "a step {from, value}",
  "One step of a piecewise schedule.",
);

const scheduleError = expecting("a multiplier like 0.8 or a list of steps [{from: 0, value: 1}, …]");
export const scheduleSchema = z
  .union([ratio("Constant multiplier."), z.array(stepSchema, scheduleError)], scheduleError)
  .describe(
    "A multiplier (constant), or a piecewise schedule [{from: 0, value: 1}, {from: 6, value: 0.8}] of months from the start; the last value holds to the end of horizon + tail.",
  );

const factor = (what: string) =>
  scheduleSchema.describe(`${what} multiplier: a number or a piecewise schedule (default 1).`);

export const MARKET_FACTOR_DESCRIPTIONS = {
  leadFlow: "New opportunities arriving",
  winRate: "Win probability (on the odds)",
  dealSize: "Deal size",
  cycleLength: "Sales cycle length",
  churnHazard: "Monthly churn hazard",
  expansionRate: "Expansion rate",
  discountPressure: "Discount buyers demand",
} as const;

export const marketSchema = mapping(
  {
    leadFlow: factor(MARKET_FACTOR_DESCRIPTIONS.leadFlow).optional(),
    winRate: factor(MARKET_FACTOR_DESCRIPTIONS.winRate).optional(),
    dealSize: factor(MARKET_FACTOR_DESCRIPTIONS.dealSize).optional(),
    cycleLength: factor(MARKET_FACTOR_DESCRIPTIONS.cycleLength).optional(),
    churnHazard: factor(MARKET_FACTOR_DESCRIPTIONS.churnHazard).optional(),
    expansionRate: factor(MARKET_FACTOR_DESCRIPTIONS.expansionRate).optional(),
    discountPressure: factor(MARKET_FACTOR_DESCRIPTIONS.discountPressure).optional(),
  },
  "a market mapping of factor → multiplier or schedule",
  "Market multipliers over time (1 = baseline); factors left out stay at 1.",
);

/** Multipliers of a shock or regime: only the factors that move. */
export const factorsSchema = mapping(
  {
    leadFlow: ratio("Lead-flow multiplier.").optional(),
    winRate: ratio("Win-rate multiplier.").optional(),
    dealSize: ratio("Deal-size multiplier.").optional(),
    cycleLength: ratio("Cycle-length multiplier.").optional(),
    churnHazard: ratio("Churn-hazard multiplier.").optional(),
    expansionRate: ratio("Expansion-rate multiplier.").optional(),
    discountPressure: ratio("Discount-pressure multiplier.").optional(),
  },
  "a mapping of market factor → multiplier",
  "Market multipliers (factors left out stay at 1).",
);

const seasonalError = expecting("twelve multipliers, one per calendar month January … December");
const seasonal = (what: string) =>
  z
    .array(ratio("Multiplier of one calendar month."), seasonalError)
    .length(12, {
      error: (issue) => {
        const n = Array.isArray(issue.input) ? issue.input.length : "another number of";
        return `expected twelve multipliers, one per calendar month January … December, got ${n} values`;
      },
    })
    .describe(`${what}: 12 multipliers by calendar month (Jan … Dec), multiplying the schedule.`)
    .optional();

/** Calendar-month multipliers per factor: month m of a run uses the entry of its calendar month. */
export const seasonalitySchema = mapping(
  {
    leadFlow: seasonal(MARKET_FACTOR_DESCRIPTIONS.leadFlow),
    winRate: seasonal(MARKET_FACTOR_DESCRIPTIONS.winRate),
    dealSize: seasonal(MARKET_FACTOR_DESCRIPTIONS.dealSize),
    cycleLength: seasonal(MARKET_FACTOR_DESCRIPTIONS.cycleLength),
    churnHazard: seasonal(MARKET_FACTOR_DESCRIPTIONS.churnHazard),
    expansionRate: seasonal(MARKET_FACTOR_DESCRIPTIONS.expansionRate),
    discountPressure: seasonal(MARKET_FACTOR_DESCRIPTIONS.discountPressure),
  },
  "a seasonality mapping of factor → 12 monthly multipliers",
  "Seasonality: per factor, 12 multipliers by calendar month (January first), on top of the schedule; factors left out stay at 1.",
);

export const shockSchema = mapping(
  {
    month: count("Month the shock starts (0 = the start month)."),
    duration: count("Months the shock lasts (default: to the end of horizon + tail).").nullable().optional(),
    factors: factorsSchema,
  },
  "a shock {month, factors, duration}",
  "A shock: the factors multiply the schedule from `month` for `duration` months.",
);

export const regimeStateSchema = mapping(
  {
    name: identifier("Regime name (unique)."),
    factors: factorsSchema.default({}),
    transitions: z
      .record(
        z.string(),
        ratio("Monthly probability of switching to that regime."),
        expecting("a mapping of regime name → monthly probability"),
      )
      .default({})
      .describe("Monthly switching probabilities to other regimes, e.g. {downturn: 5%}; the rest stays."),
  },
  "a regime {name, factors, transitions}",
  "One regime of the Markov chain.",
);

export const regimesSchema = mapping(
  {
    initial: identifier("Regime of month 0 (default: the first)").optional(),
    states: listOf(regimeStateSchema, "regimes", "The regimes; multipliers multiply the schedule.").min(
      2,
      expecting("at least two regimes"),
    ),
  },
  "a regimes mapping {initial, states}",
  "Optional Markov regime switching drawn per trial (e.g. into and out of a downturn).",
);

const segments = <T extends z.ZodType>(schema: T, what: string, description: string) =>
  mapping({ SMB: schema, MM: schema, ENT: schema }, `a mapping of SMB, MM and ENT ${what}`, description);

const shareOrNull = z
  .union([ratio("A share (0–1) or a percent."), z.null()], expecting("a share like 0.2 or 20%, or null"))
  .describe("A share, or null where the history had nothing to measure.");
const shares = (what: string) => z.array(shareOrNull, expecting(`a list of ${what}`)).describe(what);

export const historySchema = mapping(
  {
    source: text("Where the profiles come from (data set and range)."),
    periodWeeks: count("Whole weeks per plan period the history was read with (13: quarters)."),
    volumeShareByWeek: shares("shares of booked value by week of the period (the last day apart)"),
    lastDayShare: shareOrNull,
    discountByWeek: shares("value-weighted discounts by week, then the period's last day"),
    volumeShareByFiscalMonth: shares("shares of booked value by month of the fiscal year (12)"),
    volumeShareByMonthOfPeriod: shares("shares of booked value by month of the period"),
  },
  "a history mapping {source, periodWeeks, volumeShareByWeek, …}",
  "Deal-timing profiles of the history this world was calibrated from (written by planbench calibrate); reports overlay the simulated curves on them. They do not drive the simulation.",
);

const distanceOrNull = z
  .union([ratio("A distance."), z.null()], expecting("a number ≥ 0 or null"))
  .describe("A distance, or null where nothing could be compared.");

/** The simulated profiles at the fitted mix: the history's shape without its source. */
const simulatedProfileSchema = mapping(
  {
    periodWeeks: count("Whole weeks per plan period (13: quarters)."),
    volumeShareByWeek: shares("shares of booked value by week of the period (the last day apart)"),
    lastDayShare: shareOrNull,
    discountByWeek: shares("value-weighted discounts by week, then the period's last day"),
    volumeShareByFiscalMonth: shares("shares of booked value by month of the fiscal year (12)"),
    volumeShareByMonthOfPeriod: shares("shares of booked value by month of the period"),
  },
  "a simulated profile mapping {periodWeeks, volumeShareByWeek, …}",
  "Deal-timing profiles the simulator produced at the fitted mix.",
);

export const behaviourFitSchema = mapping(
  {
    plan: text("The plan the history was paid on (its shape drove the fit)."),
    trials: count("Keyed trials per grid point."),
    seed: text("Seed of the fit's trials."),
    gamingShare: ratio("Fitted share of gaming reps (the rest honest)."),
    gamingPropensity: ratio("Fitted propensity of the gaming reps."),
    distance: ratio("Sum of squared profile differences at the fit."),
    monthsOnly: mapping(
      {
        gamingShare: ratio("Gaming share the month-of-period shares alone would choose."),
        gamingPropensity: ratio("Its propensity."),
      },
      "a mapping {gamingShare, gamingPropensity}",
      "The mix the month-of-period shares alone would fit (a coarse profile; compare with the full fit).",
    ),
    distances: listOf(
      mapping(
        {
          profile: text("The profile compared."),
          kind: oneOf(
            ["KS D", "largest gap"],
            "KS distance of value distributions, or the largest gap of a curve.",
          ),
          fitted: distanceOrNull,
          defaultMix: distanceOrNull,
        },
        "a distance mapping {profile, kind, fitted, defaultMix}",
        "History vs simulation at the fitted and at the default mix.",
      ),
      "distances",
      "Simulated vs historical profiles: KS distances (value by month, week, fiscal month) and the discount curve's largest gap.",
    ),
    simulated: simulatedProfileSchema,
    unidentified: listOf(
      mapping(
        { parameter: text("A behaviour parameter."), why: text("Why the history cannot identify it.") },
        "a mapping {parameter, why}",
        "A parameter the history cannot identify (kept at the defaults).",
      ),
      "unidentified parameters",
      "Parameters the history cannot identify, kept at their defaults.",
    ),
  },
  "a behaviour fit mapping {plan, trials, gamingShare, gamingPropensity, …}",
  "How planbench calibrate fitted the behaviour mix to the history's deal timing, and how well (read by people and reports; it does not drive the simulation).",
);

export const worldSchema = mapping(
  {
    kind: z.literal("world", expecting("'world'")).describe("Document kind: world."),
    extends: text(
      "A world file (relative to this one) whose values this one overrides (deep merge).",
    ).optional(),
    id: identifier("World id (default: the file name without extension).").optional(),
    name: text("World name (default: the id).").optional(),
    description: text("What the scenario represents.").optional(),
    sales: segments(segmentSalesSchema, "sales parameters", "Sales parameters by segment."),
    customers: segments(segmentCustomersSchema, "customer parameters", "Customer parameters by segment."),
    surveys: surveySchema,
    market: marketSchema.default({}),
    seasonality: seasonalitySchema.default({}),
    shocks: listOf(shockSchema, "shocks", "Shocks on top of the market schedule.").default([]),
    regimes: regimesSchema.nullable().optional(),
    history: historySchema.nullable().optional(),
    behaviour: listOf(
      behaviourSchema,
      "behaviour profiles",
      "The behaviour mix fitted to the history's deal timing (planbench calibrate); experiments without population.behaviour use their first scenario's.",
    )
      .nullable()
      .optional(),
    behaviourFit: behaviourFitSchema.nullable().optional(),
  },
  "a world: a mapping with kind: world, sales, customers and surveys",
  "A simulated world (market scenario) for planbench experiments.",
);

export type WorldInput = z.input<typeof worldSchema>;
export type WorldSource = z.output<typeof worldSchema>;
export type BehaviourFitSource = z.output<typeof behaviourFitSchema>;
export type ScheduleSource = z.output<typeof scheduleSchema>;
export type FactorsSource = z.output<typeof factorsSchema>;
export type SeasonalitySource = z.output<typeof seasonalitySchema>;
