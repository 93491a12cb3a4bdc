/**
 * Semantic checks of a world: schedules start at month 0 and ascend, probabilities are at most
 * 100%, term mixes sum to 100%, cycles and scores are coherent. Every problem is collected.
 */

import { SEGMENTS } from "../../core/vocabulary.js";
import { MARKET_FACTORS } from "../../core/world.js";
import type { IssueList } from "../issue.js";
import { percent, SUM_TOLERANCE, sum } from "../normalize/resolveQuotaSplits.js";
import type { WorldDefinition } from "./worldDefinition.js";
import type { WorldSource } from "./worldSchema.js";

const SALES_PROBABILITIES = ["winRate", "typicalDiscount"] as const;
const CUSTOMER_PROBABILITIES = [
  "activationAtFit0",
  "activationAtFit1",
  "monthlyChurnHazard",
  "renewalChurn",
  "adoptionAtFit0",
  "adoptionAtFit1",
  "adoptionSpeed",
] as const;

export function checkWorld(world: WorldDefinition, source: WorldSource, issues: IssueList): void {
  checkSchedules(source, issues);
  for (const segment of SEGMENTS) {
    const sales = world.sales[segment];
    const at = ["sales", segment];
    for (const key of SALES_PROBABILITIES) atMostOne(sales[key], [...at, key], issues);
    if (sales.typicalDiscount >= 1) issues.add([...at, "typicalDiscount"], "a discount must be below 100%");
    if (sales.dealSizeMedian <= 0) issues.add([...at, "dealSizeMedian"], "deal size must be above 0");
    if (sales.fitAlpha <= 0) issues.add([...at, "fitAlpha"], "a Beta parameter must be above 0");
    if (sales.fitBeta <= 0) issues.add([...at, "fitBeta"], "a Beta parameter must be above 0");
    if (sales.cycleMonths[0] > sales.cycleMonths[1])
      issues.add(
        [...at, "cycleMonths"],
        `the shortest cycle (${sales.cycleMonths[0]}) exceeds the longest (${sales.cycleMonths[1]})`,
      );
    const terms = sum(sales.termMix);
    if (Math.abs(terms - 1) > SUM_TOLERANCE)
      issues.add([...at, "termMix"], `term shares must sum to 100%, got ${percent(terms)}`);
    const customers = world.customers[segment];
    const cat = ["customers", segment];
    for (const key of CUSTOMER_PROBABILITIES) atMostOne(customers[key], [...cat, key], issues);
  }
  atMostOne(world.surveys.responseRate, ["surveys", "responseRate"], issues);
  for (const key of ["scoreAtHealthy", "scoreAtUnhealthy"] as const) {
    if (world.surveys[key] > 10)
      issues.add(["surveys", key], `an NPS score is 0–10, got ${world.surveys[key]}`);
  }
}

function atMostOne(value: number, at: (string | number)[], issues: IssueList): void {
  if (value > 1) issues.add(at, `expected a probability of at most 100%, got ${value} (${percent(value)})`);
}

function checkSchedules(source: WorldSource, issues: IssueList): void {
  for (const factor of MARKET_FACTORS) {
    const schedule = source.market[factor];
    if (schedule === undefined || typeof schedule === "number") continue;
    const at = ["market", factor];
    if (schedule.length === 0) issues.add(at, "a schedule needs at least one step {from: 0, value: …}");
    schedule.forEach((step, i) => {
      if (i === 0 && step.from !== 0)
        issues.add([...at, 0, "from"], `the first step must start at month 0, got ${step.from}`);
      const previous = schedule[i - 1];
      if (previous && step.from <= previous.from)
        issues.add(
          [...at, i, "from"],
          `steps must ascend: month ${step.from} follows month ${previous.from}`,
        );
    });
  }
}
