/**
 * The accounting policy of `cost.expense` (an experiment's `accounting:` section): how
 * capitalised commissions are amortised under ASC 340-40. The estimate of the default
 * amortisation period is in sim/accounting/policy.ts.
 */
import type { Segment } from "./vocabulary.js";

export interface AccountingPolicy {
  /** Amortisation period per segment in whole months; null = estimate from the world. */
  readonly customerLifeMonths: Readonly<Record<Segment, number>> | null;
  /** Cap on an estimated life (months). */
  readonly maxCustomerLifeMonths: number;
  /** Expense costs of contracts of ≤ 12 months when incurred (ASC 340-40-25-4). */
  readonly practicalExpedient: boolean;
}

export const DEFAULT_MAX_CUSTOMER_LIFE_MONTHS = 60;

export const DEFAULT_ACCOUNTING: AccountingPolicy = {
  customerLifeMonths: null,
  maxCustomerLifeMonths: DEFAULT_MAX_CUSTOMER_LIFE_MONTHS,
  practicalExpedient: true,
};
