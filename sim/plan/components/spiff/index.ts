/** The SPIFF kind's evaluator (components/kind.ts): per event, per unit, by rate or by goal. */
import type { SpiffComponent } from "../../../language/canonical.js";
import type { KindEvaluator } from "../kind.js";
import { type CompiledSpiff, compileSpiff } from "./compiled.js";
import { earnSpiff, SpiffState } from "./earn.js";
import { spiffEstimate } from "./estimate.js";
import * as explain from "./explain.js";

export const spiff: KindEvaluator<SpiffComponent, CompiledSpiff, SpiffState> = {
  kind: "spiff",
  compile: compileSpiff,
  newState: (cs) => new SpiffState(cs),
  resetYear: (st) => st.resetYear(),
  earn: earnSpiff,
  settle: () => {},
  ytdQuota: () => -1,
  explain,
  estimate: spiffEstimate,
};
