/**
 * Rate-table math in quota-credit cents (the exact twin of tiers.ts, which works on attainment
 * fractions for the behaviour model). An attainment edge e of a period with quota Q (cents) sits
 * at the first whole cent at or above Q × e: credit C (an integer) reaches e exactly when C ≥ that
 * cent, so "at 120% means ≥ 120%" holds with no rounding. A deal moves the running quota credit
 * from pos to pos + dq; marginal pay splits its paid credit over the tiers that slice crosses,
 * credit at or above the attainment cap does not count. The first tier extends down to −∞ and
 * the last up to +∞, so negative credit (netNewArr churn) unwinds the tiers it passes through.
 */

import { ceilTimes, type Decimal, mulDivRound } from "../../exact.js";
import type { CompiledCommission } from "./compiled.js";

/**
 * Fills edges[t] (t ≥ 1) with the first cent of tier t for quota `quota` (> 0); returns the cap
 * edge (the first cent that no longer counts), +∞ without maxAttainment.
 */
export function fillEdges(cc: CompiledCommission, quota: number, edges: Float64Array): number {
  const from = cc.fromDec;
  for (let t = 1; t < from.length; t++) edges[t] = ceilTimes(quota, from[t]!);
  return cc.capDec === null ? Number.POSITIVE_INFINITY : ceilTimes(quota, cc.capDec);
}

/** The edge (cents) of an attainment fraction for quota `quota`. */
export function edgeCents(quota: number, d: Decimal): number {
  return ceilTimes(quota, d);
}

/** Index of the tier containing credit c (the last whose edge c reaches; 0 below the table). */
export function tierAtCents(edges: Float64Array, n: number, c: number): number {
  for (let t = n - 1; t > 0; t--) if (c >= edges[t]!) return t;
  return 0;
}

/**
 * Marginal slice of one deal: adds its paid credit per tier (whole cents) to `basis` and, when
 * `portions` is given, writes them there too (n entries). When the paid metric differs from the
 * quota metric, the paid credit is split in proportion to the quota credit on each side of an
 * edge, by cumulative rounding (the portions add up to the counted paid credit exactly). Returns
 * the pay before adjustments, Σ portion × rate (in cents, unrounded).
 */
export function marginalCents(
  edges: Float64Array,
  rates: Float64Array,
  capEdge: number,
  pos: number,
  dq: number,
  paid: number,
  basis: Float64Array,
  portions: Float64Array | null,
): number {
  const n = rates.length;
  if (portions !== null) portions.fill(0);
  if (dq === 0) {
    if (pos >= capEdge) return 0;
    const t = tierAtCents(edges, n, pos);
    if (portions !== null) portions[t] = paid;
    basis[t] = basis[t]! + paid;
    return paid * rates[t]!;
  }
  const up = dq > 0;
  const lo = up ? pos : pos + dq;
  const hiRaw = up ? pos + dq : pos;
  const hi = hiRaw < capEdge ? hiRaw : capEdge;
  const width = up ? dq : -dq;
  const same = paid === dq;
  let cum = 0;
  let before = 0;
  let raw = 0;
  for (let t = 0; t < n; t++) {
    const from = t === 0 ? Number.NEGATIVE_INFINITY : edges[t]!;
    const to = t === n - 1 ? Number.POSITIVE_INFINITY : edges[t + 1]!;
    const w = (hi < to ? hi : to) - (lo > from ? lo : from);
    if (w <= 0) continue;
    let part: number;
    if (same) part = up ? w : -w;
    else {
      cum += w;
      const upTo = mulDivRound(paid, cum, width);
      part = upTo - before;
      before = upTo;
    }
    if (portions !== null) portions[t] = part;
    basis[t] = basis[t]! + part;
    raw += part * rates[t]!;
  }
  return raw;
}

/** The paid credit of a deal that counts under the attainment cap (retroactive tiers). */
export function countedCents(capEdge: number, pos: number, dq: number, paid: number): number {
  if (dq === 0) return pos >= capEdge ? 0 : paid;
  const lo = dq > 0 ? pos : pos + dq;
  const hi = dq > 0 ? pos + dq : pos;
  if (hi <= capEdge) return paid;
  if (lo >= capEdge) return 0;
  if (paid === dq) return dq > 0 ? capEdge - lo : lo - capEdge;
  return mulDivRound(paid, capEdge - lo, dq > 0 ? dq : -dq);
}
