/**
 * The fit check of the behaviour fit (issue 12 item 8): the history's deal-timing profile beside
 * the simulated one at the fitted mix and at the default mix — month-of-period shares, the
 * period's first week, a mid-period week and its last day, and value-weighted discounts at the
 * start, middle and end of the period — and, per profile, the Kolmogorov–Smirnov distance between
 * the historical and simulated distributions of booked value over the profile's buckets (the
 * largest gap between the two cumulative shares; discounts are a curve, not a distribution, so
 * their largest gap by bucket), so a reader sees what the fit reproduces and what not.
 */
import type { HistoryProfiles } from "../core/world.js";
import { type SimulatedProfile, weekBuckets } from "./fitBehaviour.js";

export interface TimingCheckRow {
  readonly quantity: string;
  readonly history: number | null;
  readonly fitted: number | null;
  readonly defaultMix: number | null;
}

export interface TimingDistance {
  readonly profile: string;
  /** KS distance (or the largest gap, for discounts) of the fitted and the default mix; null: nothing to compare. */
  readonly fitted: number | null;
  readonly defaultMix: number | null;
  readonly kind: "KS D" | "largest gap";
}

const finite = (x: number | undefined | null): number | null =>
  x === undefined || x === null || !Number.isFinite(x) ? null : x;

function mean(xs: readonly (number | null | undefined)[]): number | null {
  const v = xs.filter((x): x is number => x !== null && x !== undefined && Number.isFinite(x));
  return v.length === 0 ? null : v.reduce((a, b) => a + b, 0) / v.length;
}

/**
 * KS distance of two distributions over the same buckets (shares; an unknown share counts 0):
 * max over buckets of |F(b) − G(b)|. Null when either side has no value at all.
 */
export function bucketKs(a: readonly (number | null)[], b: readonly (number | null)[]): number | null {
  if (a.every((x) => x === null) || b.every((x) => x === null) || a.length !== b.length) return null;
  let fa = 0;
  let fb = 0;
  let d = 0;
  for (let i = 0; i < a.length; i++) {
    fa += a[i] ?? 0;
    fb += b[i] ?? 0;
    d = Math.max(d, Math.abs(fa - fb));
  }
  return d;
}

/** Largest |a − b| where both are known; null when no bucket has both. */
export function largestGap(a: readonly (number | null)[], b: readonly (number | null)[]): number | null {
  let d: number | null = null;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x !== null && x !== undefined && y !== null && y !== undefined) d = Math.max(d ?? 0, Math.abs(x - y));
  }
  return d;
}

/** Week buckets: the first, the middle ones (weeks 4–10 of 13) and the last week (and day). */
function summaries(
  weeks: readonly (number | null)[],
  last: number | null,
  discount: readonly (number | null)[],
) {
  const w = weeks.length;
  const midFrom = Math.floor((3 * w) / 13);
  const midTo = Math.ceil((10 * w) / 13);
  return {
    firstWeek: finite(weeks[0]),
    midWeek: mean(weeks.slice(midFrom, midTo)),
    lastDay: last,
    discountStart: finite(discount[0]),
    discountMid: mean(discount.slice(midFrom, midTo)),
    discountEnd: mean(discount.slice(w - 1, w + 1)),
  };
}

export function timingFitCheck(
  history: HistoryProfiles,
  fitted: SimulatedProfile,
  defaultMix: SimulatedProfile,
): TimingCheckRow[] {
  const rows: TimingCheckRow[] = history.volumeShareByMonthOfPeriod.map((h, j) => ({
    quantity: `value in month ${j + 1} of the period`,
    history: h,
    fitted: finite(fitted.volumeShareByMonthOfPeriod[j]),
    defaultMix: finite(defaultMix.volumeShareByMonthOfPeriod[j]),
  }));
  const hs = summaries(history.volumeShareByWeek, history.lastDayShare, history.discountByWeek);
  const fs = summaries(fitted.volumeShareByWeek, fitted.lastDayShare, fitted.discountByWeek);
  const ds = summaries(defaultMix.volumeShareByWeek, defaultMix.lastDayShare, defaultMix.discountByWeek);
  const labels: [keyof typeof hs, string][] = [
    ["firstWeek", "value in the period's first week"],
    ["midWeek", "value in a mid-period week (mean)"],
    ["lastDay", "value on the period's last day"],
    ["discountStart", "discount, first week"],
    ["discountMid", "discount, mid-period weeks"],
    ["discountEnd", "discount, last week and day"],
  ];
  for (const [k, quantity] of labels)
    rows.push({ quantity, history: hs[k], fitted: fs[k], defaultMix: ds[k] });
  return rows;
}

/** Distances between the history's profiles and the fitted and default mixes' simulated ones. */
export function timingDistances(
  history: HistoryProfiles,
  fitted: SimulatedProfile,
  defaultMix: SimulatedProfile,
): TimingDistance[] {
  const ks = (
    profile: string,
    pick: (p: SimulatedProfile) => readonly (number | null)[],
    kind: TimingDistance["kind"] = "KS D",
  ): TimingDistance => {
    const f = kind === "KS D" ? bucketKs : largestGap;
    return {
      profile,
      kind,
      fitted: f(pick(history), pick(fitted)),
      defaultMix: f(pick(history), pick(defaultMix)),
    };
  };
  return [
    ks("value by month of the period", (p) => p.volumeShareByMonthOfPeriod),
    ks("value by week of the period (last day apart)", weekBuckets),
    ks("value by month of the fiscal year", (p) => p.volumeShareByFiscalMonth),
    ks("discount by week of the period", (p) => p.discountByWeek, "largest gap"),
  ];
}
