/**
 * Quotas and period targets in whole cents, without float drift: an annual amount is split over
 * the fiscal year's periods by cumulative rounding — the year to date after period k is
 * round(annual × (w1 + … + wk)), each period's amount the difference — so the periods of a year
 * add up to the annual amount exactly (1,000,000 / 12: four months of 83,333.34 and eight of
 * 83,333.33), and a YTD quota at year end is the annual quota. Ramp and proration then scale a
 * period's amount, rounded once to the cent (half away from zero).
 */
import { decimalOf, mulDivRound } from "./exact.js";

/** Period weights as integers: the cumulative weight after period k is cumulative[k] / total. */
export interface SplitWeights {
  readonly cumulative: readonly number[];
  readonly total: number;
}

/**
 * Weights as exact integers: an equal split is k / n; explicit weights are read as decimals and
 * normalised by their exact sum (validation keeps it within 0.01% of 100%).
 */
export function splitWeights(weights: readonly number[]): SplitWeights {
  const n = weights.length;
  if (n === 0) return { cumulative: [], total: 1 };
  if (weights.every((w) => w === weights[0])) {
    return { cumulative: weights.map((_, k) => k + 1), total: n };
  }
  const decimals = weights.map(decimalOf);
  const scale = Math.max(...decimals.map((d) => d.scale));
  const cumulative: number[] = [];
  let sum = 0n;
  for (const d of decimals) {
    sum += d.mant * 10n ** BigInt(scale - d.scale);
    cumulative.push(Number(sum));
  }
  if (sum > BigInt(Number.MAX_SAFE_INTEGER) || sum <= 0n)
    throw new RangeError(`period weights ${weights.join(", ")} cannot be split exactly`);
  return { cumulative, total: Number(sum) };
}

/** The per-period amounts (cents) of an annual amount (cents); they sum to it exactly. */
export function splitCents(annualCents: number, w: SplitWeights): number[] {
  const out: number[] = [];
  let before = 0;
  for (const c of w.cumulative) {
    const upTo = mulDivRound(annualCents, c, w.total);
    out.push(upTo - before);
    before = upTo;
  }
  return out;
}

/**
 * A ramp as integers: ramp[m] = units[m] / one (the ramp values are decimals such as 25%).
 * Months past the list count `one` (100%).
 */
export interface RampUnits {
  readonly units: readonly number[];
  readonly one: number;
}

export function rampUnits(ramp: readonly number[]): RampUnits {
  if (ramp.length === 0) return { units: [], one: 1 };
  const decimals = ramp.map(decimalOf);
  const scale = Math.max(...decimals.map((d) => d.scale));
  return {
    units: decimals.map((d) => Number(d.mant * 10n ** BigInt(scale - d.scale))),
    one: 10 ** scale,
  };
}

/**
 * A period amount after ramp and proration: amount × (Σ ramp of the period's months / (months ×
 * one)) × (daysOn / days), rounded once to the cent. `rampSum` is the sum of the months' ramp
 * units (months × one when not ramping).
 */
export function scaledPeriodCents(
  amount: number,
  rampSum: number,
  rampDen: number,
  daysOn: number,
  days: number,
): number {
  if (rampSum === rampDen && daysOn === days) return amount;
  return mulDivRound(amount, rampSum * daysOn, rampDen * days);
}

/**
 * A period amount blended over assignment segments: Σ amounts[s] × days[s] (each segment's
 * split amount × its days in the period) × ramp, divided by `divisorDays` (the period's days when
 * prorating, the days on plan when not), rounded once to the cent.
 */
export function blendedCents(
  amounts: ArrayLike<number>,
  days: ArrayLike<number>,
  count: number,
  rampSum: number,
  rampDen: number,
  divisorDays: number,
): number {
  let num = 0;
  let safe = true;
  for (let s = 0; s < count; s++) {
    const term = amounts[s]! * days[s]!;
    num += term;
    if (Math.abs(term) * count * rampSum >= 2 ** 52) safe = false;
  }
  if (safe) return mulDivRound(num, rampSum, rampDen * divisorDays);
  let big = 0n;
  for (let s = 0; s < count; s++) big += BigInt(amounts[s]!) * BigInt(days[s]!);
  const p = big * BigInt(rampSum);
  const c = BigInt(rampDen * divisorDays);
  const neg = p < 0n;
  const a = neg ? -p : p;
  let q = a / c;
  if (2n * (a - q * c) >= c) q += 1n;
  return Number(neg ? -q : q);
}
