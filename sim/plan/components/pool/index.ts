/** The pool kind's evaluator (components/kind.ts): a role's share of a pool funded by credit. */
import type { PoolComponent } from "../../../language/canonical.js";
import type { KindEvaluator } from "../kind.js";
import { type CompiledPool, compilePool } from "./compiled.js";
import { earnPool } from "./earn.js";
import { poolEstimate } from "./estimate.js";
import * as explain from "./explain.js";

export const pool: KindEvaluator<PoolComponent, CompiledPool, CompiledPool> = {
  kind: "pool",
  compile: compilePool,
  newState: (cp) => cp,
  resetYear: () => {},
  earn: earnPool,
  settle: () => {},
  ytdQuota: () => -1,
  explain,
  estimate: poolEstimate,
};
