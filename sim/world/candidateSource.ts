/**
 * Where a world run's AE candidates come from: drawn from the segment's lead model
 * (leads.ts LeadCache, the parametric world) or resampled from a history (historyLeads.ts). One
 * source serves every cell of a (trial, scenario), so variants and populations face the same
 * pipeline (common random numbers); candidates are read-only.
 */
import type { SegmentSales } from "../core/world.js";
import type { Candidates } from "./candidates.js";

export interface CandidateSource {
  candidates(
    sales: SegmentSales,
    skill: number,
    repIndex: number,
    fromMonth: number,
    toMonth: number,
  ): Candidates;
}
