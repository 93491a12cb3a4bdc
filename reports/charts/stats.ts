/**
 * Summaries computed in Node before charting, so a chart's inline data stays small whatever the
 * trial count: box statistics (quantiles by simple-statistics' R-7 rule) and fixed-width bins.
 */
import { quantileSorted } from "simple-statistics";

export interface BoxStats {
  readonly n: number;
  readonly mean: number;
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
}

export function boxStats(values: readonly number[]): BoxStats | null {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const q = (p: number) => quantileSorted(v, p);
  const mean = v.reduce((s, x) => s + x, 0) / v.length;
  return { n: v.length, mean, p5: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95) };
}

export interface Bin {
  readonly start: number;
  readonly end: number;
  readonly count: number;
}

/** `bins` equal-width bins over [min, max] (the last one closed); empty input, no bins. */
export function histogram(values: readonly number[], bins: number, range?: [number, number]): Bin[] {
  const v = values.filter(Number.isFinite);
  if (v.length === 0) return [];
  const lo = range?.[0] ?? Math.min(...v);
  let hi = range?.[1] ?? Math.max(...v);
  if (hi <= lo) hi = lo + Math.max(1, Math.abs(lo) * 0.01);
  const width = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const x of v) counts[Math.min(bins - 1, Math.max(0, Math.floor((x - lo) / width)))]! += 1;
  return counts.map((count, i) => ({ start: lo + i * width, end: lo + (i + 1) * width, count }));
}

/** Every k-th value so at most `max` remain (deterministic thinning for scatter plots). */
export function thin<T>(values: readonly T[], max: number): T[] {
  if (values.length <= max) return [...values];
  const step = values.length / max;
  return Array.from({ length: max }, (_, i) => values[Math.floor(i * step)]!);
}
