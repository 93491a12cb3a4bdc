/**
 * The accounting policy of `cost.expense` (an experiment's `accounting:` section) and the default
 * amortisation period: the expected customer life estimated from the world.
 *
 * Estimate (per segment, for an average customer at the start month's market): a customer
 * survives a year with R = (1 − h·k)^12 × (1 − min(0.9, c·k)) — monthly hazard h, renewal churn
 * c, the market's churn multiplier k of month 0 (the simulator's own rule, sim/world/customers.ts)
 * — so with a monthly survival q = R^(1/12) the expected life is 1 / (1 − q) months (geometric),
 * rounded to whole months and capped at `maxCustomerLifeMonths` (default 60: the period of
 * benefit also reflects the product's life, and public SaaS filers commonly disclose 3–5 years,
 * e.g. Salesforce four years). Baseline, uncapped: SMB 98, MM 128, ENT 170 months.
 * The estimate is set from conditions at the start, as a finance team would set it at contract
 * inception; a downturn's extra churn then shows as write-offs, not as a shorter life.
 */
import type { AccountingPolicy } from "../core/accountingPolicy.js";
import { SEGMENTS, type Segment } from "../core/vocabulary.js";
import type { MarketScenario, SegmentCustomers } from "../core/world.js";

/** Expected life in months of an average customer (uncapped, not rounded); Infinity without churn. */
export function expectedCustomerLife(customers: SegmentCustomers, churnMultiplier = 1): number {
  const monthly = Math.min(1, customers.monthlyChurnHazard * churnMultiplier);
  const renewal = Math.min(0.9, customers.renewalChurn * churnMultiplier);
  const yearly = (1 - monthly) ** 12 * (1 - renewal);
  if (yearly <= 0) return 1;
  const q = yearly ** (1 / 12);
  return q >= 1 ? Number.POSITIVE_INFINITY : 1 / (1 - q);
}

/** The amortisation period per segment under a policy, for a world. */
export function customerLifeMonths(
  policy: AccountingPolicy,
  customers: Readonly<Record<Segment, SegmentCustomers>>,
  market: MarketScenario,
): Record<Segment, number> {
  if (policy.customerLifeMonths !== null) return { ...policy.customerLifeMonths };
  const k = market.schedule[0]?.churnHazard ?? 1;
  const out = {} as Record<Segment, number>;
  for (const segment of SEGMENTS) {
    const life = expectedCustomerLife(customers[segment], k);
    out[segment] = Math.max(1, Math.min(policy.maxCustomerLifeMonths, Math.round(life)));
  }
  return out;
}
