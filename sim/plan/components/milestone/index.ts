/** The milestone kind's evaluator (components/kind.ts): uplift on deals reaching a milestone. */
import type { MilestoneComponent } from "../../../language/canonical.js";
import type { KindEvaluator } from "../kind.js";
import { type CompiledMilestone, compileMilestone } from "./compiled.js";
import { earnMilestone, MilestoneState } from "./earn.js";
import { milestoneEstimate } from "./estimate.js";
import * as explain from "./explain.js";

export const milestone: KindEvaluator<MilestoneComponent, CompiledMilestone, MilestoneState> = {
  kind: "milestone",
  compile: compileMilestone,
  newState: (cm) => new MilestoneState(cm),
  // a booking's uplift is paid once, whatever the fiscal year: nothing resets
  resetYear: () => {},
  earn: earnMilestone,
  settle: () => {},
  ytdQuota: () => -1,
  explain,
  estimate: milestoneEstimate,
};
