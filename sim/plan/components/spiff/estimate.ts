/**
 * The behaviour-facing estimate of a SPIFF as a function of credit: a rate SPIFF pays rate × C,
 * a goal SPIFF pool × C / goal (at most maxShare × pool); per-event and per-unit SPIFFs do not
 * follow credit (0; the behaviour model counts them per deal: sim/behavior/planFlags.ts). SPIFFs
 * never drive a rep's primary credit.
 */
import type { PayEstimate } from "../kind.js";
import type { CompiledSpiff } from "./compiled.js";

export function spiffEarnings(cs: CompiledSpiff, credit: number): number {
  const p = cs.c.payout;
  if (credit <= 0) return 0;
  if (p.basis === "rate") return credit * p.rate;
  if (p.basis !== "goal" || p.goal <= 0) return 0;
  const share = credit / p.goal;
  return p.pool * (p.maxShare !== null && share > p.maxShare ? p.maxShare : share);
}

export const spiffEstimate: PayEstimate<CompiledSpiff> = {
  drive: () => null,
  earnings: (_cp, cs, credit) => spiffEarnings(cs, credit),
};
