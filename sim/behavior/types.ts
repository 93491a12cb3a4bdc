/**
 * The contract between the world model (which asks) and the behaviour model (which decides).
 * Each month every rep sees a RepView and returns a MonthDecision; strategic reps judge actions
 * by the plan's own payout function (a PlanResponse built from the canonical plan), so gaming
 * emerges from the plan's shape. A lever not in `levers` is never pulled, and a rep with
 * gaming propensity 0 pulls none (DESIGN §6).
 */

import type { GamingLever, Role, Segment } from "../core/vocabulary.js";
import type { AttainmentBasis } from "../language/canonical.js";
import type { CreditPosition } from "./positionPay.js";

export interface RepView {
  readonly role: Role;
  readonly segment: Segment;
  readonly skill: number;
  readonly gamingPropensity: number;
  readonly riskAversion: number;
  /**
   * Incentive response: the share s of the rep's output that responds to effort (0 = effort
   * stays normal whatever the plan pays; effortEconomics.ts RESPONSIVE_SHARE × the profile's
   * incentiveResponse).
   */
  readonly incentiveResponse: number;
  /**
   * The rep's marginal cost of effort at normal effort, currency per month (cost(e) = K e² / 2;
   * effortEconomics.ts): fixed in money, never the plan's own pay rate. 0 = no effort choice.
   */
  readonly effortCost: number;
  /** 0-based month inside the plan period and the number of months the period has. */
  readonly monthInPeriod: number;
  readonly monthsInPeriod: number;
  /** Credited value of the plan's primary quota metric so far this period and fiscal year. */
  readonly periodCredit: number;
  readonly periodQuota: number;
  readonly ytdCredit: number;
  readonly ytdQuota: number;
  /** Expected credited value still to close this period at effort 1 (pipeline × win rate). */
  readonly expectedRestOfPeriod: number;
  /** Expected credited value of one more month of effort 1 (for effort choice). */
  readonly expectedPerMonth: number;
  // --- added by the behaviour model (additive) ---
  /** 0-based month inside the fiscal year (YTD plans: timing matters at fiscal year end, Oyer 1998). */
  readonly monthInFiscalYear: number;
  /** Win probability of an average-fit opportunity at list price for this rep this month (skill, market). */
  readonly winRateAtList: number;
  /** Win-odds multiplier per 10 points of discount (SegmentSales.discountOddsPer10pts). */
  readonly discountOddsPer10pts: number;
  /** Discount buyers typically ask for (SegmentSales.typicalDiscount, × market discount pressure). */
  readonly typicalDiscount: number;
  /** First-year ARR of a typical deal (segment median × market deal size): the unit a lever moves. */
  readonly typicalDealArr: number;
  /** Monthly churn hazard of a poor-fit customer (baseline × poorFitChurnMultiplier × MISFIT_CHURN × market). */
  readonly poorFitChurnMonthly: number;
  /**
   * The rep's annual quota of the primary metric this fiscal year: the plan's, or its own under
   * a quota ratchet (sim/plan/quotaRule.ts). Absent = the plan's.
   */
  readonly annualQuota?: number;
}

/** The plan as a rep reads it: pay as a function of credit, and what the plan rewards or punishes. */
export interface PlanResponse {
  /**
   * Pay of the primary commission/bonus for a period's credit against its quota (exact plan
   * math). `annualQuota`: the year's annual quota a YTD bonus's target share is read against
   * (default the plan's; the rep's own under a quota ratchet).
   */
  readonly periodPay: (credit: number, quota: number, annualQuota?: number) => number;
  /**
   * This period's pay of the primary components at a position, each component read on its own
   * basis and period (positionPay.ts): what decisions compare.
   */
  readonly positionPay: (pos: CreditPosition) => number;
  /** Some primary component reads period (not YTD) credit: period boundaries inside a year matter. */
  readonly periodBasisParts: boolean;
  /** Commission multiplier for a deal with this discount and term (plan's discount/term adjustments). */
  readonly dealMultiplier: (discount: number, termMonths: number) => number;
  /** Share of a deal's commission lost if the customer churns within the clawback window; 0 if none. */
  readonly clawbackShare: number;
  readonly clawbackWindowMonths: number;
  /** Pay per extra qualifying deal from per-deal SPIFFs (what splitting a deal can earn). */
  readonly spiffPerDeal: number;
  /** True when a survey score (NPS/CSAT/CES) moves pay through a modifier, gate or bonus. */
  readonly surveysPaid: boolean;
  /** Pay a year (at target) that survey scores can move (surveyStake.ts); 0 when none. */
  readonly surveyStake: number;
  /** True when retention or adoption moves pay (bonus, gate, clawback or milestone uplift). */
  readonly retentionPaid: boolean;
  /**
   * True when retention or adoption moves pay other than through a clawback (bonus, gate,
   * modifier, milestone uplift, holdback or vesting forfeited on churn). A clawback alone is
   * priced by clawbackShare × P(churn within the window) instead (poorFit.ts).
   */
  readonly outcomePaid: boolean;
  /** True when renewals are credited or paid this period (renewal commission or pool). */
  readonly renewalsPaid: boolean;
  // --- added by the behaviour model (additive) ---
  /** The credited metric periodPay reads (the primary quota metric), null when nothing pays on credit. */
  readonly primaryMetric: string | null;
  /** Ids of the plan components periodPay sums (commissions/bonuses on the primary metric). */
  readonly primaryComponents: readonly string[];
  /**
   * The lead component's basis. `period`: call periodPay with period credit and quota. `ytd`:
   * with YTD credit and quota (periodPay then returns YTD earnings; the period pays the increase).
   */
  readonly basis: AttainmentBasis;
  /** Pay per unit of renewal ARR (renewal commission base rate + pool share × funding), 0 if none. */
  readonly renewalRate: number;
  /** The quota-setting rule on the primary metric's quota (ratchet.ts), null when its quota is fixed. */
  readonly ratchet: RatchetView | null;
}

/** A quota ratchet as the rep reads it (sim/language/canonical.ts QuotaRatchet, plus what it bounds). */
export interface RatchetView {
  readonly share: number;
  readonly floor: number;
  readonly cap: number | null;
  /** The plan's annual quota A the floor and cap multiply. */
  readonly planAnnual: number;
  /** Pay of a fiscal year whose credit arrives evenly against this annual quota (the plan's own math). */
  readonly yearPay: (credit: number, annualQuota: number) => number;
}

export interface MonthDecision {
  /** Effort multiplier on lead generation and CSM work (1 = normal; < 1 = less, > 1 = more). */
  readonly effort: number;
  /** Discount offered on deals closing this month (0–1). */
  readonly discount: number;
  /**
   * Pull deals due in the next `pullMonths` months of the next period into this one (fractional:
   * the last month's deals with probability pullMonths − ⌊pullMonths⌋). A deal due j months into
   * the next period gets `pullDiscount` + PULL_DISCOUNT_PER_MONTH × (j − 1) extra discount and win
   * odds × PULL_WIN_ODDS^j, and is signed on this period's last day (sim/world/sales.ts).
   */
  readonly pullForward: boolean;
  readonly pullDiscount: number;
  readonly pullMonths: number;
  /** Push deals that would close this period into the next period's first days (sandbagging). */
  readonly pushBack: boolean;
  /**
   * Hold the deals due this month to the period's last day (deadline.ts); in the period's last
   * month, held deals and the deals due then are signed on the last day, except HOLD_SLIP of
   * them, which slip into the next period's first week (sim/world/sales.ts).
   */
  readonly holdToDeadline: boolean;
  /** Extra discount of a deal signed at the deadline or slipped past it (buyer's bargain). */
  readonly deadlineConcession: number;
  /** Pursue leads below the honest qualification threshold of fit (poorFitShare > 0). */
  readonly pursuePoorFit: boolean;
  /** Share (0–1) of the poor-fit leads pursued (the world pursues a lead when its uniform < share). */
  readonly poorFitShare: number;
  /** Split deals into two bookings (per-deal SPIFFs, review thresholds). */
  readonly splitDeals: boolean;
  /** Points added to reported survey scores (solicit happy customers / pressure scores), 0–10 scale. */
  readonly surveyInflation: number;
  /** Pull renewals forward (with a discount) into this period. */
  readonly pullRenewals: boolean;
}

export type LeverSet = ReadonlySet<GamingLever>;

/** Normal effort and no lever pulled: what a rep that neither responds nor games does. */
export const HONEST_DECISION: MonthDecision = {
  effort: 1,
  discount: Number.NaN, // NaN = the buyer's typical discount (the world fills it in)
  pullForward: false,
  pullDiscount: 0,
  pullMonths: 0,
  pushBack: false,
  holdToDeadline: false,
  deadlineConcession: 0,
  pursuePoorFit: false,
  poorFitShare: 0,
  splitDeals: false,
  surveyInflation: 0,
  pullRenewals: false,
};
