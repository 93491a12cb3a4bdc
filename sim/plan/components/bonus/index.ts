/** The bonus kind's evaluator (components/kind.ts): target × payout curve, YTD netting. */
import type { BonusComponent } from "../../../language/canonical.js";
import type { KindEvaluator } from "../kind.js";
import { type CompiledBonus, compileBonus } from "./compiled.js";
import { BonusState, earnBonus } from "./earn.js";
import { bonusEstimate } from "./estimate.js";
import * as explain from "./explain.js";

export const bonus: KindEvaluator<BonusComponent, CompiledBonus, BonusState> = {
  kind: "bonus",
  compile: compileBonus,
  newState: (cb) => new BonusState(cb),
  resetYear: (st) => st.resetYear(),
  earn: earnBonus,
  settle: () => {},
  ytdQuota: () => -1,
  explain,
  estimate: bonusEstimate,
};
