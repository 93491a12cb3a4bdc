/**
 * Lays a WorldDefinition out on a simulation of `months` months (horizon + tail): one market
 * entry per month, from the piecewise steps, times the seasonality of the month's calendar
 * month (month 0 is calendar month `startMonth`, 1 = January), times every shock active that
 * month.
 */
import { MARKET_FACTORS, type MarketMultipliers, type WorldParams } from "../../core/world.js";
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

/** Index 0–11 of the calendar month of simulation month `month` (month 0 is `startMonth`, 1–12). */
export function calendarMonthIndex(month: number, startMonth: number): number {
  return (startMonth - 1 + month) % 12;
}

export function marketMonth(world: WorldDefinition, month: number, startMonth = 1): MarketMultipliers {
  const out: Record<string, number> = {};
  const season = calendarMonthIndex(month, startMonth);
  for (const factor of MARKET_FACTORS) {
    let value = stepValue(world.schedule[factor], month) * (world.seasonality?.[factor]?.[season] ?? 1);
    for (const shock of world.shocks) if (shockActive(shock, month)) value *= shock.factors[factor];
    out[factor] = tidy(value);
  }
  return out as unknown as MarketMultipliers;
}

export function expandWorld(world: WorldDefinition, months: number, startMonth = 1): WorldParams {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be ≥ 1, got ${months}`);
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12)
    throw new RangeError(`startMonth must be 1–12, got ${startMonth}`);
  return {
    id: world.id,
    name: world.name,
    description: world.description,
    sales: world.sales,
    customers: world.customers,
    surveys: world.surveys,
    market: {
      schedule: Array.from({ length: months }, (_, m) => marketMonth(world, m, startMonth)),
      regimes: world.regimes,
    },
    ...(world.history ? { history: world.history } : {}),
    ...(world.behaviour ? { behaviour: world.behaviour } : {}),
  };
}
