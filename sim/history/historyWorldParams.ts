/**
 * The scenario world of a history experiment (issue 17): the world calibrated from the history
 * (sim/calibrate/calibrateWorld.ts: deal sizes, win rates, discounts, customers' activation,
 * churn, expansion, surveys by segment, with the history's timing profiles) on a flat market — the
 * resampled history already carries its own market — and with sales cycles spanning 1 month to the
 * history's longest, so every historical cycle is one the opportunity model can give
 * (sim/world/historyDeal.ts inverts it).
 */

import { SEGMENTS } from "../core/vocabulary.js";
import type { MarketMultipliers, WorldParams } from "../core/world.js";

const FLAT: MarketMultipliers = {
  leadFlow: 1,
  winRate: 1,
  dealSize: 1,
  cycleLength: 1,
  churnHazard: 1,
  expansionRate: 1,
  discountPressure: 1,
};

export function historyWorldParams(calibrated: WorldParams, maxCycle: number, months: number): WorldParams {
  const sales = { ...calibrated.sales };
  for (const s of SEGMENTS) sales[s] = { ...sales[s], cycleMonths: [1, Math.max(1, maxCycle)] as const };
  return {
    ...calibrated,
    sales,
    market: { schedule: Array.from({ length: months }, () => FLAT), regimes: null },
  };
}
