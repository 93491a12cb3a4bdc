/**
 * positionPay: the pay a rep earns this period from the plan's primary components, each read on
 * its own basis and period (DESIGN §6, issue 12 item 3): a quarterly bonus beside a YTD
 * commission reads this quarter's credit against this quarter's quota, the commission the year's
 * credit so far against the year's quota so far. Built from the same part functions as
 * periodPay (periodPay.ts, the evaluator's kernels), in the evaluator's settlement order:
 *   - a period-basis part pays pay(period credit, period quota), capped by its perPeriod cap and
 *     by what its perYear cap leaves after the earlier periods of the fiscal year;
 *   - a YTD-basis part pays its YTD earnings minus what the year had earned by the start of
 *     this period (the evaluator's YTD netting; its perYear cap applies to the YTD earnings);
 *   - the plan's total perPeriod cap applies to this period's sum, its perYear cap to the year's.
 * Earlier periods of the year are not in the view: their credit is taken as evenly spread over
 * them (prior credit / periods so far against equal shares of the prior quota), which is exact
 * for steady credit and equal period weights. Deltas of positionPay are what a decision needs,
 * so for single-basis plans its differences equal periodPay's (test/behavior/positionPay.test.ts).
 */
import type { AttainmentBasis } from "../language/canonical.js";

/** Where a rep stands in the plan's periods: what each component basis reads. */
export interface CreditPosition {
  /** Credit of the primary metric this period, and this period's quota. */
  readonly periodCredit: number;
  readonly periodQuota: number;
  /** Credit of the fiscal year so far (this period included) and the quota so far. */
  readonly ytdCredit: number;
  readonly ytdQuota: number;
  /** The year's annual quota (the rep's own under a quota ratchet); absent = the plan's. */
  readonly annualQuota?: number;
  /** 0-based index of this period inside the fiscal year. */
  readonly periodIndex: number;
}

/** Pay of one part for (credit, quota, annual quota), before its caps. */
export type PartEarnings = (credit: number, quota: number, annualQuota?: number) => number;

/** A primary part as positionPay reads it. */
export interface PositionPart {
  readonly basis: AttainmentBasis;
  readonly earn: PartEarnings;
  readonly perPeriodCap: number;
  readonly perYearCap: number;
}

export interface PositionCaps {
  readonly perPeriod: number;
  readonly perYear: number;
}

const clampCap = (pay: number, cap: number): number => (pay > cap ? Math.max(0, cap) : pay);

/** What an annual cap lets this period pay after `before` earlier: min(cap, before + now) − min(cap, before). */
function yearCapped(before: number, now: number, cap: number): number {
  return Math.min(cap, before + now) - Math.min(cap, before);
}

/** Earnings of the earlier periods of the year for a period-basis part (even spread). */
function priorPeriodsPay(part: PositionPart, pos: CreditPosition): number {
  const k = pos.periodIndex;
  if (k <= 0) return 0;
  const credit = Math.max(0, pos.ytdCredit - pos.periodCredit) / k;
  const quota = Math.max(0, pos.ytdQuota - pos.periodQuota) / k;
  return k * clampCap(part.earn(credit, quota, pos.annualQuota), part.perPeriodCap);
}

/** What a YTD-basis part has earned for (credit, quota) of the year so far, after its annual cap. */
function ytdEarned(part: PositionPart, pos: CreditPosition, credit: number, quota: number): number {
  return clampCap(part.earn(credit, quota, pos.annualQuota), part.perYearCap);
}

/** Scratch of partPayThisPeriod's second result (one per positionPay: no allocation per call). */
interface Before {
  value: number;
}

/**
 * This period's pay of one part; what the year had paid it before goes to `before.value` (for
 * annual caps; 0 when `prior` is false and the part has no annual cap of its own).
 */
function partPayThisPeriod(part: PositionPart, pos: CreditPosition, prior: boolean, before: Before): number {
  if (part.basis === "ytd") {
    const earlier =
      pos.periodIndex > 0
        ? ytdEarned(part, pos, pos.ytdCredit - pos.periodCredit, pos.ytdQuota - pos.periodQuota)
        : 0;
    before.value = earlier;
    return clampCap(ytdEarned(part, pos, pos.ytdCredit, pos.ytdQuota) - earlier, part.perPeriodCap);
  }
  const now = clampCap(part.earn(pos.periodCredit, pos.periodQuota, pos.annualQuota), part.perPeriodCap);
  const capped = Number.isFinite(part.perYearCap);
  if (!capped && !prior) {
    before.value = 0;
    return now;
  }
  const earlier = priorPeriodsPay(part, pos);
  before.value = earlier;
  return capped ? yearCapped(earlier, now, part.perYearCap) : now;
}

/** Builds positionPay from the primary parts and the plan's total caps. */
export function buildPositionPay(
  parts: readonly PositionPart[],
  caps: PositionCaps,
): (pos: CreditPosition) => number {
  const prior = Number.isFinite(caps.perYear);
  const earlier: Before = { value: 0 };
  return (pos) => {
    let total = 0;
    let before = 0;
    for (let i = 0; i < parts.length; i++) {
      total += partPayThisPeriod(parts[i]!, pos, prior, earlier);
      before += earlier.value;
    }
    total = clampCap(total, caps.perPeriod);
    if (prior) total = yearCapped(before, total, caps.perYear);
    return total;
  };
}

/**
 * positionPay of a plan read through a single-basis periodPay (hand-built responses in tests,
 * and any plan whose primary parts share one basis): period basis pays periodPay(period credit,
 * period quota); YTD basis the increase of periodPay(YTD credit, YTD quota) over the period.
 */
export function positionPayOf(
  periodPay: (credit: number, quota: number, annualQuota?: number) => number,
  basis: AttainmentBasis,
): (pos: CreditPosition) => number {
  if (basis === "period") return (pos) => periodPay(pos.periodCredit, pos.periodQuota, pos.annualQuota);
  return (pos) =>
    periodPay(pos.ytdCredit, pos.ytdQuota, pos.annualQuota) -
    (pos.periodIndex > 0
      ? periodPay(pos.ytdCredit - pos.periodCredit, pos.ytdQuota - pos.periodQuota, pos.annualQuota)
      : 0);
}

/** The position with `extra` credit added this period (to period and YTD credit alike). */
export function addCredit(pos: CreditPosition, extra: number): CreditPosition {
  return { ...pos, periodCredit: pos.periodCredit + extra, ytdCredit: pos.ytdCredit + extra };
}
