/** The commission kind's evaluator (components/kind.ts): tiers, adjustments, deal-level settlement. */
import type { CommissionComponent } from "../../../language/canonical.js";
import type { KindEvaluator } from "../kind.js";
import { type CompiledCommission, compileCommission } from "./compiled.js";
import { CommissionState, earnCommission } from "./earn.js";
import { commissionEstimate } from "./estimate.js";
import * as explain from "./explain.js";
import { settleDeals } from "./settle.js";

export const commission: KindEvaluator<CommissionComponent, CompiledCommission, CommissionState> = {
  kind: "commission",
  compile: compileCommission,
  newState: (cc) => new CommissionState(cc),
  resetYear: (st) => st.resetYear(),
  earn: earnCommission,
  settle: (st, ctx, lb, gross, final, pending) => {
    if (st.cc.dealLevel) settleDeals(st, ctx, lb, gross, final, pending);
  },
  ytdQuota: (cc) => (cc.c.basis === "ytd" ? cc.quota : -1),
  explain,
  estimate: commissionEstimate,
};
