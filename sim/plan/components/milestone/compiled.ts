/** A milestone uplift compiled once per plan: its rate as an exact decimal. */
import type { MilestoneComponent } from "../../../language/canonical.js";
import type { CompiledBase } from "../../compiledParts.js";
import { type Decimal, decimalOf } from "../../exact.js";

export interface CompiledMilestone extends CompiledBase {
  readonly kind: "milestone";
  readonly c: MilestoneComponent;
  readonly rateDec: Decimal;
}

export function compileMilestone(c: MilestoneComponent, base: CompiledBase): CompiledMilestone {
  return { ...base, kind: "milestone", c, rateDec: decimalOf(c.rate) };
}
