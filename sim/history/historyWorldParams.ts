/**
 * The scenario world of a history experiment (issue 17): the world calibrated from the history
 * (sim/calibrate/calibrateWorld.ts: deal sizes, win rates, discounts, customers' activation,
 * churn, expansion, surveys by segment, with the history's timing profiles) on a flat market — the
 * resampled history already carries its own market — and with sales cycles spanning 1 month to the
 * history's longest, so every historical cycle is one the opportunity model can give
 * (sim/world/historyDeal.ts inverts it).
 */

import { SEGMENTS } from "../core/vocabulary.js";
import type { WorldParams } from "../core/world.js";
import { NEUTRAL_MARKET } from "../world/baseline.js";

export function historyWorldParams(calibrated: WorldParams, maxCycle: number, months: number): WorldParams {
  const sales = { ...calibrated.sales };
  for (const s of SEGMENTS) sales[s] = { ...sales[s], cycleMonths: [1, Math.max(1, maxCycle)] as const };
  return {
    ...calibrated,
    sales,
    market: { schedule: Array.from({ length: months }, () => NEUTRAL_MARKET), regimes: null },
  };
}
