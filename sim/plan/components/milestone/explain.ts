/** The description of a milestone uplift line, built only when a statement is explained. */
import { formatPct } from "../../format.js";
import type { LineBuffer } from "../../lines.js";
import type { CompiledMilestone } from "./compiled.js";

export function upliftText(
  cm: CompiledMilestone,
  lb: LineBuffer,
  ref: string,
  reached: string,
  elapsed: number,
  arr: number,
  cents: number,
): string {
  const c = cm.c;
  return `Milestone ${c.milestone} of deal ${ref} reached ${reached}, ${elapsed} days after booking (within ${c.withinDays}): ${lb.money(arr)} ARR × ${formatPct(c.rate)} = ${lb.cents(cents)}`;
}
