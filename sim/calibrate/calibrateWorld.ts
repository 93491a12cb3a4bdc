/**
 * Fit a world to a history: the sales and customer parameters history can identify replace the
 * base world's, each with its evidence; the market schedule and everything history cannot
 * identify stay as in the base world (listed with source "base"). The history's deal-timing
 * profiles (historyProfiles.ts, read with the calendar of the plan it was paid on) go into the
 * world's `history`, for reports to overlay; the behaviour mix is fitted separately
 * (fitBehaviour.ts: it simulates).
 */

import type { WorldParams } from "../core/world.js";
import type { CanonicalTables } from "../data/rows.js";
import type { Calendar } from "../language/canonical.js";
import { DEFAULT_CALENDAR } from "../trial/timingCurves.js";
import type { Evidence } from "./evidence.js";
import { fitCustomers } from "./fitCustomers.js";
import { fitSales, type Range } from "./fitSales.js";
import { historyProfiles, wonDeals } from "./historyProfiles.js";

export interface Calibration {
  readonly world: WorldParams;
  readonly evidence: readonly Evidence[];
  readonly range: Range;
}

export function calibrateWorld(
  tables: CanonicalTables,
  range: Range,
  base: WorldParams,
  identity: { readonly id: string; readonly name: string; readonly description: string },
  calendar: Calendar = DEFAULT_CALENDAR,
): Calibration {
  const sales = fitSales(tables, range, base.sales);
  const customers = fitCustomers(tables, range, base.customers, base.surveys);
  const deals = wonDeals(tables, range);
  return {
    world: {
      ...base,
      ...identity,
      sales: sales.sales,
      customers: customers.customers,
      surveys: customers.surveys,
      history:
        deals.length > 0
          ? historyProfiles(
              deals,
              calendar,
              range,
              `${identity.name}: ${deals.length} won deals, ${range.start} to ${range.end}`,
            )
          : null,
    },
    evidence: [...sales.evidence, ...customers.evidence],
    range,
  };
}
