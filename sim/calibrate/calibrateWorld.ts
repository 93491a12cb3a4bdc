/**
 * Fit a world to a history: the sales and customer parameters history can identify replace the
 * base world's, each with its evidence; the market schedule and everything history cannot
 * identify stay as in the base world (listed with source "base").
 */

import type { WorldParams } from "../core/world.js";
import type { CanonicalTables } from "../data/rows.js";
import type { Evidence } from "./evidence.js";
import { fitCustomers } from "./fitCustomers.js";
import { fitSales, type Range } from "./fitSales.js";

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
): Calibration {
  const sales = fitSales(tables, range, base.sales);
  const customers = fitCustomers(tables, range, base.customers, base.surveys);
  return {
    world: {
      ...base,
      ...identity,
      sales: sales.sales,
      customers: customers.customers,
      surveys: customers.surveys,
    },
    evidence: [...sales.evidence, ...customers.evidence],
    range,
  };
}
