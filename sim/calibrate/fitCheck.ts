/**
 * The fit check: draws from the fitted world's own samplers (keyed, so the check is
 * reproducible) compared with the history by the two-sample Kolmogorov–Smirnov distance, per
 * segment, for deal size at list price and sales cycle. A small D means the fitted distribution
 * reproduces the historical one. (A check against full simulated trials comes with the trial
 * simulator.)
 */

import { SEGMENTS, type Segment } from "../core/vocabulary.js";
import type { WorldParams } from "../core/world.js";
import type { CanonicalTables } from "../data/rows.js";
import { type KsResult, ksTwoSample } from "../metrics/ks.js";
import { drawLogNormal } from "../random/distributions/lognormal.js";
import { drawUniformInt } from "../random/distributions/uniformInt.js";
import { keyedStream } from "../random/stream.js";
import type { Range } from "./fitSales.js";
import { monthsBetween } from "./months.js";
import { toSegment } from "./segments.js";

export interface FitCheckRow {
  readonly segment: Segment;
  readonly quantity: "deal size (list ARR)" | "sales cycle (months)";
  readonly historicalMedian: number;
  readonly fittedMedian: number;
  readonly ks: KsResult;
}

const DRAWS = 5000;

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0
    ? Number.NaN
    : s.length % 2 === 1
      ? s[(s.length - 1) / 2]!
      : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

export function fitCheck(
  tables: CanonicalTables,
  range: Range,
  world: WorldParams,
  seed: string,
): FitCheckRow[] {
  const segmentOf = new Map(tables.accounts.map((a) => [a.account_id, toSegment(a.segment)]));
  const rows: FitCheckRow[] = [];
  for (const s of SEGMENTS) {
    const won = tables.opportunities.filter(
      (o) =>
        o.stage === "won" &&
        o.closed_date !== null &&
        o.closed_date >= range.start &&
        o.closed_date <= range.end &&
        segmentOf.get(o.account_id) === s,
    );
    if (won.length < 20) continue;
    const sizes = won
      .map(
        (o) =>
          o.list_amount ??
          (o.amount !== null && o.discount !== null && o.discount < 1
            ? o.amount / (1 - o.discount)
            : o.amount),
      )
      .filter((x): x is number => x !== null && x > 0);
    const sales = world.sales[s];
    const sizeStream = keyedStream(seed, 0, "calibrateDealSize", s);
    const drawnSizes = Array.from({ length: DRAWS }, () =>
      drawLogNormal(sizeStream, Math.log(sales.dealSizeMedian), sales.dealSizeSigma),
    );
    rows.push({
      segment: s,
      quantity: "deal size (list ARR)",
      historicalMedian: median(sizes),
      fittedMedian: median(drawnSizes),
      ks: ksTwoSample(sizes, drawnSizes),
    });
    const cycles = won
      .filter((o) => o.created_date !== null)
      .map((o) => Math.max(1, monthsBetween(o.created_date!, o.closed_date!)));
    if (cycles.length >= 20) {
      const [lo, hi] = sales.cycleMonths;
      const cycleStream = keyedStream(seed, 0, "calibrateCycle", s);
      const drawnCycles = Array.from({ length: DRAWS }, () => lo + drawUniformInt(cycleStream, hi - lo + 1));
      rows.push({
        segment: s,
        quantity: "sales cycle (months)",
        historicalMedian: median(cycles),
        fittedMedian: median(drawnCycles),
        ks: ksTwoSample(cycles, drawnCycles),
      });
    }
  }
  return rows;
}
