/**
 * A normalized world before it is laid out on a horizon: schedules stay piecewise (steps of
 * months from the start) because a world file does not know the experiment's horizon.
 * expandWorld() turns it into the canonical WorldParams for horizon + tail months.
 */

import type { Segment } from "../../core/vocabulary.js";
import type {
  BehaviourProfile,
  HistoryProfiles,
  MarketMultipliers,
  RegimeSwitching,
  SegmentCustomers,
  SegmentSales,
  SurveyModel,
} from "../../core/world.js";

export interface ScheduleStep {
  /** First month (0-based) the value applies to. */
  readonly from: number;
  readonly value: number;
}

export interface Shock {
  readonly month: number;
  /** Months the shock lasts; null = to the end of the simulation. */
  readonly duration: number | null;
  readonly factors: MarketMultipliers;
}

export interface WorldDefinition {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly sales: Readonly<Record<Segment, SegmentSales>>;
  readonly customers: Readonly<Record<Segment, SegmentCustomers>>;
  readonly surveys: SurveyModel;
  /** Steps per market factor, ascending, the first from month 0. */
  readonly schedule: Readonly<Record<keyof MarketMultipliers, readonly ScheduleStep[]>>;
  /** Per factor, 12 multipliers by calendar month (index 0 = January); all 1 without seasonality. */
  readonly seasonality: Readonly<Record<keyof MarketMultipliers, readonly number[]>>;
  readonly shocks: readonly Shock[];
  readonly regimes: RegimeSwitching | null;
  /** Deal-timing profiles of the history a calibrated world came from (reports only). */
  readonly history: HistoryProfiles | null;
  /** The behaviour mix fitted to that history (experiments without their own use it). */
  readonly behaviour: readonly BehaviourProfile[] | null;
}
