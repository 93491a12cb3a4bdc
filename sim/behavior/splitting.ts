/**
 * Deal splitting (DESIGN §6): split one deal into two bookings when a per-deal SPIFF pays for
 * the extra booking. Splitting leaves a period's total credit unchanged, so under the canonical
 * plan (tiers and caps on period credit, no per-deal caps or review thresholds) per-deal SPIFFs
 * are the only pay gain. Split when propensity × spiffPerDeal clears the lever hurdle.
 */
import type { RepContext } from "./context.js";

export function decideSplitting(ctx: RepContext): boolean {
  return ctx.response.spiffPerDeal > 0 && ctx.p * ctx.response.spiffPerDeal > ctx.hurdle;
}
