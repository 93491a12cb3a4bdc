/**
 * Normalization of a parsed world (shorthands already resolved by the schema) into a
 * WorldDefinition, in small named steps: constant factors become one-step schedules, partial
 * factor maps become full multipliers (missing = 1), seasonality gets all factors (missing =
 * 12 × 1), regimes become a transition matrix.
 * Problems (e.g. a transition to an unknown regime) are reported into `issues`.
 */

import { MARKET_FACTORS, type MarketMultipliers, type RegimeSwitching } from "../../core/world.js";
import { didYouMean } from "../../errors.js";
import type { IssueList } from "../issue.js";
import { tidy } from "../units.js";
import type { ScheduleStep, WorldDefinition } from "./worldDefinition.js";
import type { FactorsSource, ScheduleSource, SeasonalitySource, WorldSource } from "./worldSchema.js";

export function normalizeWorld(source: WorldSource, defaultId: string, issues: IssueList): WorldDefinition {
  const id = source.id ?? defaultId;
  return {
    id,
    name: source.name ?? id,
    description: source.description ?? "",
    sales: source.sales,
    customers: source.customers,
    surveys: source.surveys,
    schedule: resolveSchedules(source.market),
    seasonality: resolveSeasonality(source.seasonality),
    shocks: source.shocks.map((s) => ({
      month: s.month,
      duration: s.duration ?? null,
      factors: resolveFactors(s.factors),
    })),
    regimes: source.regimes ? resolveRegimes(source.regimes, issues) : null,
    history: source.history ?? null,
    behaviour: source.behaviour ?? null,
  };
}

/** A factor map with every factor: those left out are 1. */
export function resolveFactors(factors: FactorsSource): MarketMultipliers {
  const out: Record<string, number> = {};
  for (const f of MARKET_FACTORS) out[f] = factors[f] ?? 1;
  return out as unknown as MarketMultipliers;
}

/** `0.8` → [{from: 0, value: 0.8}]; a missing factor → [{from: 0, value: 1}]. */
export function resolveSchedule(schedule: ScheduleSource | undefined): ScheduleStep[] {
  if (schedule === undefined) return [{ from: 0, value: 1 }];
  if (typeof schedule === "number") return [{ from: 0, value: schedule }];
  return schedule.map((s) => ({ from: s.from, value: s.value }));
}

function resolveSchedules(market: WorldSource["market"]): WorldDefinition["schedule"] {
  const out: Record<string, ScheduleStep[]> = {};
  for (const f of MARKET_FACTORS) out[f] = resolveSchedule(market[f]);
  return out as unknown as WorldDefinition["schedule"];
}

const FLAT_YEAR: readonly number[] = Array.from({ length: 12 }, () => 1);

/** Seasonality with every factor: those left out are 1 in every calendar month. */
export function resolveSeasonality(seasonality: SeasonalitySource): WorldDefinition["seasonality"] {
  const out: Record<string, readonly number[]> = {};
  for (const f of MARKET_FACTORS) out[f] = seasonality[f] ? [...seasonality[f]] : FLAT_YEAR;
  return out as unknown as WorldDefinition["seasonality"];
}

/**
 * Regimes → names, multipliers and a row-stochastic matrix: the listed transitions, and the
 * rest of each row on staying.
 */
export function resolveRegimes(
  regimes: NonNullable<WorldSource["regimes"]>,
  issues: IssueList,
): RegimeSwitching {
  const names = regimes.states.map((s) => s.name);
  const transition = regimes.states.map((state, i) => {
    const row = names.map(() => 0);
    let leaving = 0;
    for (const [target, p] of Object.entries(state.transitions)) {
      const at = ["regimes", "states", i, "transitions", target];
      const j = names.indexOf(target);
      if (j < 0) {
        issues.add(
          at,
          `no regime named '${target}'`,
          didYouMean(target, names) || `regimes: ${names.join(", ")}`,
        );
      } else if (j === i) {
        issues.add(at, "a regime cannot list a transition to itself: staying is the rest of the row");
      } else if (p > 1) {
        issues.add(at, `a transition probability is at most 100%, got ${p}`);
      } else {
        row[j] = p;
        leaving += p;
      }
    }
    if (leaving > 1 + 1e-9) {
      issues.add(
        ["regimes", "states", i, "transitions"],
        `switching probabilities sum to more than 100% (${tidy(leaving * 100)}%)`,
      );
    }
    row[i] = tidy(Math.max(0, 1 - leaving));
    return row;
  });
  let initial = 0;
  if (regimes.initial !== undefined) {
    initial = names.indexOf(regimes.initial);
    if (initial < 0) {
      issues.add(
        ["regimes", "initial"],
        `no regime named '${regimes.initial}'`,
        didYouMean(regimes.initial, names),
      );
      initial = 0;
    }
  }
  const seen = new Set<string>();
  regimes.states.forEach((s, i) => {
    if (seen.has(s.name)) issues.add(["regimes", "states", i, "name"], `duplicate regime name '${s.name}'`);
    seen.add(s.name);
  });
  return {
    names,
    multipliers: regimes.states.map((s) => resolveFactors(s.factors)),
    transition,
    initial,
  };
}
