/**
 * The behaviour-facing estimate of a milestone uplift: it pays when an account reaches a
 * milestone, not on the period's credit, so its credit-driven earnings are 0 (the behaviour
 * model reads milestones as outcome pay: sim/behavior/planFlags.ts).
 */
import type { PayEstimate } from "../kind.js";
import type { CompiledMilestone } from "./compiled.js";

export const milestoneEstimate: PayEstimate<CompiledMilestone> = {
  drive: () => null,
  earnings: () => 0,
};
