/**
 * The default baseline world: a B2B SaaS market in steady state, every market multiplier at 1.
 * The same figures live in scenarios/worlds/baseline.yaml (test/world/baseline.test.ts checks
 * they agree); the simulator's calibration tests run on this function.
 *
 * Sources (DESIGN §5, public SaaS benchmarks):
 *  - Win rates 20–30% (HubSpot / Pavilion sales benchmark reports; Gartner B2B buying studies).
 *  - Sales cycles 2–6 months, shorter in SMB, longer in enterprise (Ebsta & Pavilion B2B Sales
 *    Benchmarks).
 *  - AE quota about 4–5× OTE (The Bridge Group SaaS AE Metrics): with OTE 200k and quota 900k,
 *    lead flow × win rate × mean deal size books ≈ 900k a year for a skill-1 AE, so with
 *    lognormal skill roughly 25–50% of AE-years reach quota (measured in test/world/calibration).
 *  - GRR about 88–93% and NRR 100–110% by segment, SMB lowest (KeyBanc Capital Markets SaaS
 *    Survey; ChartMogul and SaaS Capital retention benchmarks).
 *  - Typical discounts 5–20%, deeper in enterprise; multi-year terms common only in enterprise.
 *  - Relationship-NPS response rates 20–40% in B2B.
 */
import type { MarketMultipliers, SegmentCustomers, SegmentSales, WorldParams } from "../core/world.js";

/** Every market factor at 1. */
export const NEUTRAL_MARKET: MarketMultipliers = {
  leadFlow: 1,
  winRate: 1,
  dealSize: 1,
  cycleLength: 1,
  churnHazard: 1,
  expansionRate: 1,
  discountPressure: 1,
};

const SALES: Readonly<Record<"SMB" | "MM" | "ENT", SegmentSales>> = {
  SMB: {
    leadsPerMonth: 18, // 18 × 12 × 28% × 14.4k mean deal ≈ 870k a year
    dealSizeMedian: 12_000, // lognormal: mean = 12k × e^(0.6²/2) ≈ 14.4k
    dealSizeSigma: 0.6,
    winRate: 0.28,
    cycleMonths: [1, 3],
    fitAlpha: 3, // mean fit 0.6
    fitBeta: 2,
    discountOddsPer10pts: 1.25,
    typicalDiscount: 0.08,
    termMix: [0.85, 0.12, 0.03],
  },
  MM: {
    leadsPerMonth: 6.5, // 6.5 × 12 × 25% × 48k ≈ 935k a year
    dealSizeMedian: 40_000,
    dealSizeSigma: 0.6,
    winRate: 0.25,
    cycleMonths: [2, 4],
    fitAlpha: 3,
    fitBeta: 2,
    discountOddsPer10pts: 1.2,
    typicalDiscount: 0.12,
    termMix: [0.6, 0.25, 0.15],
  },
  ENT: {
    leadsPerMonth: 2.4, // 2.4 × 12 × 20% × 153k ≈ 880k a year
    dealSizeMedian: 120_000, // mean = 120k × e^(0.7²/2) ≈ 153k
    dealSizeSigma: 0.7,
    winRate: 0.2,
    cycleMonths: [4, 6],
    fitAlpha: 3,
    fitBeta: 2,
    discountOddsPer10pts: 1.15,
    typicalDiscount: 0.18,
    termMix: [0.35, 0.35, 0.3],
  },
};

const CUSTOMERS: Readonly<Record<"SMB" | "MM" | "ENT", SegmentCustomers>> = {
  SMB: {
    activationAtFit0: 0.4,
    activationAtFit1: 0.95,
    activationWindowDays: 60,
    monthlyChurnHazard: 0.006, // (1 − 0.6%)^12 × (1 − 5%) ≈ 88% GRR
    poorFitChurnMultiplier: 4,
    renewalChurn: 0.05,
    expansionsPerYear: 0.8,
    expansionShare: 0.2, // NRR ≈ 102%
    adoptionAtFit0: 0.2,
    adoptionAtFit1: 0.85,
    adoptionSpeed: 0.15,
  },
  MM: {
    activationAtFit0: 0.4,
    activationAtFit1: 0.95,
    activationWindowDays: 90,
    monthlyChurnHazard: 0.004, // (1 − 0.4%)^12 × (1 − 4.5%) ≈ 91% GRR
    poorFitChurnMultiplier: 4,
    renewalChurn: 0.045,
    expansionsPerYear: 0.9,
    expansionShare: 0.2, // NRR ≈ 105%
    adoptionAtFit0: 0.2,
    adoptionAtFit1: 0.85,
    adoptionSpeed: 0.12,
  },
  ENT: {
    activationAtFit0: 0.35,
    activationAtFit1: 0.95,
    activationWindowDays: 120,
    monthlyChurnHazard: 0.0025, // (1 − 0.25%)^12 × (1 − 4%) ≈ 93% GRR
    poorFitChurnMultiplier: 4,
    renewalChurn: 0.04,
    expansionsPerYear: 1,
    expansionShare: 0.22, // NRR ≈ 108%
    adoptionAtFit0: 0.2,
    adoptionAtFit1: 0.85,
    adoptionSpeed: 0.1,
  },
};

/** The baseline world over `months` simulated months (the schedule is all 1s). */
export function baselineWorld(months = 1): WorldParams {
  return {
    id: "baseline",
    name: "Baseline",
    description: "Steady-state B2B SaaS market; all market multipliers at 1.",
    sales: SALES,
    customers: CUSTOMERS,
    surveys: { responseRate: 0.3, scoreAtHealthy: 9, scoreAtUnhealthy: 5, scoreSd: 1.5 },
    market: { schedule: Array.from({ length: months }, () => NEUTRAL_MARKET), regimes: null },
  };
}
