/**
 * One multiplier rule for gates, modifiers and the behaviour model's pay estimate: a metric value
 * falls in a band, outside every band, or is missing, and that decides the multiplier.
 *  - a gate is one band [min, max] (both bounds inclusive, null = open) multiplying by 1, and
 *    failMultiplier outside it;
 *  - a modifier is its bands [from, to) with their multipliers, and 1 outside them;
 *  - either has a multiplier for a period without a value (missingMultiplier).
 * Values that are measured (observations, the behaviour model's credit) compare as doubles;
 * a ratio of integer cents (attainment: credit / quota) compares exactly against the bounds'
 * decimals (the bound sits at a whole cent, as tier edges do: sim/plan/components/commission/slices.ts).
 */
import type { Band, Gate } from "../language/canonical.js";
import { ceilTimes, type Decimal, decimalMinusOne, decimalOf, floorTimes } from "./exact.js";

/** Band index of a value outside every band, and of a missing value. */
export const OUTSIDE = -1;
export const MISSING = -2;

export interface MultiplierRule {
  /** Per band: lower bound (−∞ when open) and upper bound (+∞ when open). */
  readonly from: Float64Array;
  readonly to: Float64Array;
  /** Whether the upper bounds belong to their band (gates) or to the next (modifier bands). */
  readonly toInclusive: boolean;
  /** Exact bounds (null when open), for ratios of cents. */
  readonly fromDec: readonly (Decimal | null)[];
  readonly toDec: readonly (Decimal | null)[];
  /** Per band: its multiplier and multiplier − 1, exactly (a line's change: ×0.8 → −0.2). */
  readonly multipliers: Float64Array;
  readonly changes: readonly Decimal[];
  readonly outside: number;
  readonly outsideChange: Decimal;
  readonly missing: number;
  readonly missingChange: Decimal;
}

const change = (m: number): Decimal => decimalMinusOne(decimalOf(m));
const bound = (x: number | null, open: number): number => (x === null ? open : x);
const exact = (x: number | null): Decimal | null => (x === null ? null : decimalOf(x));

function rule(
  bands: readonly { from: number | null; to: number | null; multiplier: number }[],
  toInclusive: boolean,
  outside: number,
  missing: number,
): MultiplierRule {
  return {
    from: Float64Array.from(bands, (b) => bound(b.from, Number.NEGATIVE_INFINITY)),
    to: Float64Array.from(bands, (b) => bound(b.to, Number.POSITIVE_INFINITY)),
    toInclusive,
    fromDec: bands.map((b) => exact(b.from)),
    toDec: bands.map((b) => exact(b.to)),
    multipliers: Float64Array.from(bands, (b) => b.multiplier),
    changes: bands.map((b) => change(b.multiplier)),
    outside,
    outsideChange: change(outside),
    missing,
    missingChange: change(missing),
  };
}

/** A gate: met within [min, max] (×1), failMultiplier outside, missingMultiplier without a value. */
export function gateRule(g: Gate): MultiplierRule {
  return rule([{ from: g.min, to: g.max, multiplier: 1 }], true, g.failMultiplier, g.missingMultiplier);
}

/** A modifier: its bands [from, to), ×1 outside them, missingMultiplier without a value. */
export function bandRule(bands: readonly Band[], missingMultiplier: number): MultiplierRule {
  return rule(bands, false, 1, missingMultiplier);
}

/** The band containing a measured value (first match), OUTSIDE, or MISSING for NaN. */
export function bandAt(r: MultiplierRule, value: number): number {
  if (Number.isNaN(value)) return MISSING;
  const n = r.multipliers.length;
  for (let i = 0; i < n; i++) {
    if (value < r.from[i]!) continue;
    const to = r.to[i]!;
    if (to === Number.POSITIVE_INFINITY || (r.toInclusive ? value <= to : value < to)) return i;
  }
  return OUTSIDE;
}

/**
 * The band containing credit / base exactly (credit, base integers, base > 0): credit reaches a
 * lower bound b at ⌈base × b⌉ and stays within an inclusive upper bound up to ⌊base × b⌋ (below
 * an exclusive one up to ⌈base × b⌉ − 1).
 */
export function bandAtRatio(r: MultiplierRule, credit: number, base: number): number {
  const n = r.multipliers.length;
  for (let i = 0; i < n; i++) {
    const lo = r.fromDec[i]!;
    if (lo !== null && credit < ceilTimes(base, lo)) continue;
    const hi = r.toDec[i]!;
    if (hi === null) return i;
    if (r.toInclusive ? credit <= floorTimes(base, hi) : credit < ceilTimes(base, hi)) return i;
  }
  return OUTSIDE;
}

/** The multiplier of a band index (OUTSIDE, MISSING included). */
export function multiplierOf(r: MultiplierRule, band: number): number {
  return band >= 0 ? r.multipliers[band]! : band === MISSING ? r.missing : r.outside;
}

/** multiplier − 1 of a band index, exactly. */
export function changeOf(r: MultiplierRule, band: number): Decimal {
  return band >= 0 ? r.changes[band]! : band === MISSING ? r.missingChange : r.outsideChange;
}

/** The multiplier of a measured value: the behaviour model's view of a gate or modifier. */
export function valueMultiplier(r: MultiplierRule, value: number): number {
  return multiplierOf(r, bandAt(r, value));
}
