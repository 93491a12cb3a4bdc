/** The milestone uplift input schema (plan JSON Schema: components[kind=milestone]). */
import * as z from "zod";
import { days, mapping, text } from "../../inputScalars.js";
import { ratio } from "../../planScalars.js";
import { baseKeys } from "../baseSchema.js";

export const milestoneSchema = mapping(
  {
    kind: z
      .literal("milestone")
      .describe("Milestone uplift: extra commission when a sold account reaches a milestone."),
    ...baseKeys(),
    milestone: text("Milestone name as in ledger milestone events: activation, usage:50, …"),
    within: days("Days after the booking within which the milestone must be reached (90 or '90d')."),
    rate: ratio("Rate on the booked deal's ARR (e.g. 2%)."),
  },
  "a milestone component",
  "Extra commission when an account this rep sold reaches a milestone within N days.",
);

/** A parsed Milestone (scalar shorthands resolved, structure as written). */
export type MilestoneSource = z.output<typeof milestoneSchema>;
