/**
 * The world's parameters: what a world file (scenarios/worlds/*.yaml) normalizes to and what the
 * simulated world consumes — market, segment sales and customer behaviour, surveys, the rep
 * population and its behaviour mix. Plain JSON (workers receive it by structured clone), every
 * field explicit, in base units:
 *  - money in the plan currency, ARR per year; rates and shares as fractions;
 *  - time in simulation months: month 0 is the experiment's `start` month;
 *  - market multipliers are relative to the baseline (1 = baseline).
 * Defaults and their sources live with the world YAML files (scenarios/worlds/*.yaml).
 */
import type { Role, Segment } from "./vocabulary.js";

/** Market multipliers for one month. */
export interface MarketMultipliers {
  /** New opportunities arriving. */
  readonly leadFlow: number;
  /** Win probability (applied to the odds, see the opportunity model). */
  readonly winRate: number;
  /** Deal size. */
  readonly dealSize: number;
  /** Sales cycle length. */
  readonly cycleLength: number;
  /** Monthly churn hazard of customers. */
  readonly churnHazard: number;
  /** Expansion rate of customers. */
  readonly expansionRate: number;
  /** Discount buyers demand to close. */
  readonly discountPressure: number;
}

export const MARKET_FACTORS: readonly (keyof MarketMultipliers)[] = [
  "leadFlow",
  "winRate",
  "dealSize",
  "cycleLength",
  "churnHazard",
  "expansionRate",
  "discountPressure",
];

/**
 * A market scenario: a deterministic schedule (one entry per simulated month, horizon + tail)
 * optionally multiplied by a Markov regime chain drawn per trial (keyed stream purpose
 * "market"): in each month the chain is in one regime, whose multipliers multiply the schedule.
 */
export interface MarketScenario {
  readonly schedule: readonly MarketMultipliers[];
  readonly regimes: RegimeSwitching | null;
}

export interface RegimeSwitching {
  readonly names: readonly string[];
  readonly multipliers: readonly MarketMultipliers[];
  /** transition[i][j] = P(regime j next month | regime i now); rows sum to 1. */
  readonly transition: readonly (readonly number[])[];
  readonly initial: number;
}

/** How sales work in a customer segment (per fully ramped AE of skill 1 at effort 1). */
export interface SegmentSales {
  /** Qualified opportunities per AE per month (Poisson mean). */
  readonly leadsPerMonth: number;
  /** First-year ARR at list price: lognormal with this median and log-sd. */
  readonly dealSizeMedian: number;
  readonly dealSizeSigma: number;
  /** Win probability of an average-fit opportunity at list price, skill 1, baseline market. */
  readonly winRate: number;
  /** Sales cycle in whole months, uniform in [min, max]. */
  readonly cycleMonths: readonly [number, number];
  /** Latent fit of arriving leads ~ Beta(alpha, beta), 0 (poor) … 1 (ideal). */
  readonly fitAlpha: number;
  readonly fitBeta: number;
  /** Win-probability odds multiplier per 10 points of discount (buyers respond to price). */
  readonly discountOddsPer10pts: number;
  /** Typical discount buyers ask for (mean of the honest rep's discount). */
  readonly typicalDiscount: number;
  /** Probabilities of 12 / 24 / 36-month terms. */
  readonly termMix: readonly [number, number, number];
}

/** How customers behave once sold (per segment). */
export interface SegmentCustomers {
  /** Probability an account activates within the activation window, at fit 0 and at fit 1. */
  readonly activationAtFit0: number;
  readonly activationAtFit1: number;
  readonly activationWindowDays: number;
  /** Baseline monthly churn hazard of an average customer; scaled by fit, health and market. */
  readonly monthlyChurnHazard: number;
  /** Hazard multiplier for the worst-fit customer relative to the best (e.g. 4 = 4× likelier). */
  readonly poorFitChurnMultiplier: number;
  /** Churn probability at a renewal (term end) for an average customer. */
  readonly renewalChurn: number;
  /** Expansion events per customer-year at full adoption; amount = ARR × expansionShare. */
  readonly expansionsPerYear: number;
  readonly expansionShare: number;
  /** Usage depth (0–1) an activated customer moves toward: fit-dependent, raised by CSM effort. */
  readonly adoptionAtFit0: number;
  readonly adoptionAtFit1: number;
  /** Monthly share of the gap to the target adoption that closes. */
  readonly adoptionSpeed: number;
}

/** Survey responses drawn from latent satisfaction. */
export interface SurveyModel {
  /** Probability a customer answers the NPS survey in a given quarter. */
  readonly responseRate: number;
  /** Mean NPS score (0–10) of a healthy (adoption 1, fit 1) and an unhealthy customer. */
  readonly scoreAtHealthy: number;
  readonly scoreAtUnhealthy: number;
  readonly scoreSd: number;
}

/**
 * Deal-timing profiles observed in a history (written by `planbench calibrate`, read only by
 * reports: simulated curves are overlaid on them). Shares are of booked value; discounts
 * value-weighted; null where the history had nothing to measure.
 */
export interface HistoryProfiles {
  /** Where the profiles come from (the data set and range). */
  readonly source: string;
  /** Whole weeks per plan period of the calendar the history was read with (13: quarters). */
  readonly periodWeeks: number;
  readonly volumeShareByWeek: readonly (number | null)[];
  readonly lastDayShare: number | null;
  /** By week, then the last day (periodWeeks + 1 values). */
  readonly discountByWeek: readonly (number | null)[];
  readonly volumeShareByFiscalMonth: readonly (number | null)[];
  /** Months of the period (3 for quarters): share of booked value in each. */
  readonly volumeShareByMonthOfPeriod: readonly (number | null)[];
}

export interface WorldParams {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly sales: Readonly<Record<Segment, SegmentSales>>;
  readonly customers: Readonly<Record<Segment, SegmentCustomers>>;
  readonly surveys: SurveyModel;
  readonly market: MarketScenario;
  /** Timing profiles of the history the world was calibrated from (reports overlay them); null otherwise. */
  readonly history?: HistoryProfiles | null;
  /**
   * The behaviour mix fitted to that history's deal timing (planbench calibrate); experiments
   * that leave population.behaviour out use their first scenario's. Absent otherwise.
   */
  readonly behaviour?: readonly BehaviourProfile[] | null;
}

/** A slice of the behaviour mix: reps drawn into it get these parameters. */
export interface BehaviourProfile {
  readonly name: string;
  /** Share of reps with this profile (profiles sum to 1). */
  readonly share: number;
  /** 0 = honest (never pulls a gaming lever) … 1 = fully strategic. */
  readonly gamingPropensity: number;
  /** Risk aversion: weight on the downside of uncertain pay (0 = risk neutral). */
  readonly riskAversion: number;
  /**
   * Incentive response, relative to the calibrated one (sim/behavior/effortEconomics.ts): 1 =
   * effort follows the marginal money at stake as the field estimates say, 0 = ignores pay
   * (effort stays normal whatever the plan pays). Everyone responds by default; "honest" is
   * gamingPropensity 0, never incentiveResponse 0 (DESIGN §6).
   */
  readonly incentiveResponse: number;
}

export interface HeadcountRow {
  readonly role: Role;
  readonly segment: Segment;
  readonly count: number;
}

export interface PopulationParams {
  readonly headcount: readonly HeadcountRow[];
  /** Rep skill ~ lognormal(0, skillSigma), multiplying lead flow and win odds. */
  readonly skillSigma: number;
  /** Months of ramp for reps hired during the horizon (none are, by default). */
  readonly rampMonths: number;
  readonly behaviour: readonly BehaviourProfile[];
  /**
   * Heterogeneity of the cost of effort across reps: each rep's cost is the market's times
   * exp(effortCostSigma × z + effortCostSigma² / 2), z standard normal drawn per rep
   * (sim/world/population.ts; E[1 / factor] = 1, so mean effort under the market's plan is normal).
   */
  readonly effortCostSigma: number;
  /** Accounts per CSM at the start (an existing book, so retention plans have something to pay on). */
  readonly startingBookPerCsm: number;
}
