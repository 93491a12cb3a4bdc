/**
 * Lays a WorldDefinition out on a simulation of `months` months (horizon + tail): one market
 * entry per month, from the piecewise steps, multiplied by every shock active that month.
 */
import { MARKET_FACTORS, type MarketMultipliers, type WorldParams } from "../../world/params.js";
import { tidy } from "../units.js";
import type { ScheduleStep, Shock, WorldDefinition } from "./worldDefinition.js";

/** The value of a step schedule in `month`: the last step starting at or before it. */
export function stepValue(steps: readonly ScheduleStep[], month: number): number {
  let value = 1;
  for (const step of steps) if (step.from <= month) value = step.value;
  return value;
}

export function shockActive(shock: Shock, month: number): boolean {
  return month >= shock.month && (shock.duration === null || month < shock.month + shock.duration);
}

export function marketMonth(world: WorldDefinition, month: number): MarketMultipliers {
  const out: Record<string, number> = {};
  for (const factor of MARKET_FACTORS) {
    let value = stepValue(world.schedule[factor], month);
    for (const shock of world.shocks) if (shockActive(shock, month)) value *= shock.factors[factor];
    out[factor] = tidy(value);
  }
  return out as unknown as MarketMultipliers;
}

export function expandWorld(world: WorldDefinition, months: number): WorldParams {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be ≥ 1, got ${months}`);
  return {
    id: world.id,
    name: world.name,
    description: world.description,
    sales: world.sales,
    customers: world.customers,
    surveys: world.surveys,
    market: {
      schedule: Array.from({ length: months }, (_, m) => marketMonth(world, m)),
      regimes: world.regimes,
    },
  };
}
