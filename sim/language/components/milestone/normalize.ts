/** A milestone uplift in canonical form: `within` as withinDays. */
import type { ComponentBase } from "../../canonical.js";
import type { MilestoneComponent } from "./canonical.js";
import type { MilestoneSource } from "./schema.js";

export function normalizeMilestone(c: MilestoneSource, base: ComponentBase): MilestoneComponent {
  return { ...base, kind: "milestone", milestone: c.milestone, withinDays: c.within, rate: c.rate };
}
