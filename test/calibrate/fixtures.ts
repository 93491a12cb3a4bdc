/** A neutral base world for calibration tests: fitted values must differ from these to count. */
import type { SegmentCustomers, SegmentSales, WorldParams } from "../../sim/core/world.js";

const sales: SegmentSales = {
  leadsPerMonth: 1,
  dealSizeMedian: 1,
  dealSizeSigma: 1,
  winRate: 0.5,
  cycleMonths: [1, 12],
  fitAlpha: 2,
  fitBeta: 2,
  discountOddsPer10pts: 1.2,
  typicalDiscount: 0.5,
  termMix: [1, 0, 0],
};

const customers: SegmentCustomers = {
  activationAtFit0: 0.4,
  activationAtFit1: 0.8,
  activationWindowDays: 90,
  monthlyChurnHazard: 0.5,
  poorFitChurnMultiplier: 1,
  renewalChurn: 0.1,
  expansionsPerYear: 5,
  expansionShare: 0.9,
  adoptionAtFit0: 0.1,
  adoptionAtFit1: 0.9,
  adoptionSpeed: 0.2,
};

export const BASE_WORLD: WorldParams = {
  id: "base",
  name: "base",
  description: "",
  sales: { SMB: sales, MM: sales, ENT: sales },
  customers: { SMB: customers, MM: customers, ENT: customers },
  surveys: { responseRate: 0.5, scoreAtHealthy: 9, scoreAtUnhealthy: 5, scoreSd: 1 },
  market: { schedule: [], regimes: null },
};
