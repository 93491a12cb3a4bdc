/**
 * The behaviour-facing estimate of a pool: credit × fundingRate × this role's share. A pool is
 * funded by the team's events, not driven by one rep's quota credit, so it never leads.
 */
import type { PayEstimate } from "../kind.js";
import type { CompiledPool } from "./compiled.js";

export const poolEstimate: PayEstimate<CompiledPool> = {
  drive: () => null,
  earnings: (_cp, cp, credit) => (credit > 0 ? credit * cp.c.fundingRate * cp.share : 0),
};
