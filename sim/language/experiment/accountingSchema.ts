/**
 * The `accounting:` section of an experiment — the policy of the cost.expense view (ASC 340-40,
 * sim/accounting/) — and its normalization into an AccountingPolicy:
 *
 *   accounting:
 *     customerLife: estimate        # or 48, '4 years', or {SMB: 36, MM: 48, ENT: 60}
 *     maxCustomerLife: 60           # cap on an estimated life (months; default 60)
 *     practicalExpedient: true      # expense contracts of ≤ 12 months when incurred (default)
 */
import * as z from "zod";
import { type AccountingPolicy, DEFAULT_ACCOUNTING } from "../../core/accountingPolicy.js";
import { SEGMENTS } from "../../core/vocabulary.js";
import { expecting, flag, mapping } from "../inputScalars.js";
import type { IssueList } from "../issue.js";
import { durationSchema } from "./duration.js";

const lifeError = expecting(
  "'estimate', a duration like 48 or '4 years', or a mapping {SMB, MM, ENT} of durations",
);
const bySegment = mapping(
  {
    SMB: durationSchema("Expected customer life in SMB."),
    MM: durationSchema("Expected customer life in mid-market."),
    ENT: durationSchema("Expected customer life in enterprise."),
  },
  "a mapping {SMB, MM, ENT} of durations",
  "Expected customer life by segment.",
);

export const accountingSchema = mapping(
  {
    customerLife: z
      .union(
        [z.literal("estimate", lifeError), durationSchema("Expected customer life."), bySegment],
        lifeError,
      )
      .default("estimate")
      .describe(
        "Amortisation period of capitalised commissions: the expected customer life — 'estimate' (from each scenario's churn hazard and renewal churn, capped at maxCustomerLife), a duration, or one per segment.",
      ),
    maxCustomerLife: durationSchema("Cap on an estimated customer life (default 60 months).").default(
      DEFAULT_ACCOUNTING.maxCustomerLifeMonths,
    ),
    practicalExpedient: flag(
      "Expense commissions on contracts of 12 months or less when incurred (ASC 340-40-25-4; default true).",
    ).default(true),
  },
  "an accounting mapping {customerLife, maxCustomerLife, practicalExpedient}",
  "Policy of the cost.expense (ASC 340-40) view.",
);

export type AccountingSource = z.output<typeof accountingSchema>;

export function resolveAccounting(source: AccountingSource | undefined, issues: IssueList): AccountingPolicy {
  if (source === undefined) return DEFAULT_ACCOUNTING;
  const life = source.customerLife;
  let customerLifeMonths: AccountingPolicy["customerLifeMonths"] = null;
  if (typeof life === "number") {
    customerLifeMonths = { SMB: life, MM: life, ENT: life };
    if (life < 1) issues.add(["accounting", "customerLife"], "a customer life is at least 1 month");
  } else if (life !== "estimate") {
    customerLifeMonths = { SMB: life.SMB, MM: life.MM, ENT: life.ENT };
    for (const s of SEGMENTS)
      if (life[s] < 1) issues.add(["accounting", "customerLife", s], "a customer life is at least 1 month");
  }
  if (source.maxCustomerLife < 1)
    issues.add(["accounting", "maxCustomerLife"], "the cap on the customer life is at least 1 month");
  return {
    customerLifeMonths,
    maxCustomerLifeMonths: source.maxCustomerLife,
    practicalExpedient: source.practicalExpedient,
  };
}
