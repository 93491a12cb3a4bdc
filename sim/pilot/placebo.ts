/**
 * Placebo check on history: the DiD of the actual pilot group against the rest in every window
 * of P + D months that fits in the history, with no plan change at all. Under parallel trends
 * (what the power simulation assumes) about α of the windows reject; many more mean the group
 * drifts or shifts apart from the rest (region-level shocks, Bertrand, Duflo & Mullainathan,
 * "How much should we trust differences-in-differences estimates?", QJE 119, 2004), and the
 * rep-level test would over-reject. Windows overlap, so the count is a warning, not a test.
 */
import { windowContrasts } from "./simulatePower.js";
import { welchTest } from "./welch.js";

export interface PlaceboCheck {
  readonly months: number;
  readonly windows: number;
  readonly rejected: number;
  readonly meanEstimate: number;
  readonly sdEstimate: number;
}

export function placeboCheck(
  pilot: readonly Float64Array[],
  control: readonly Float64Array[],
  pre: number,
  post: number,
  alpha: number,
): PlaceboCheck {
  const p = windowContrasts(pilot, pre, post);
  const c = windowContrasts(control, pre, post);
  const estimates: number[] = [];
  let rejected = 0;
  p.forEach((w, s) => {
    const a = [...w].filter((v) => !Number.isNaN(v));
    const b = [...c[s]!].filter((v) => !Number.isNaN(v));
    if (a.length < 2 || b.length < 2) return;
    const t = welchTest(a, b, alpha);
    estimates.push(t.estimate);
    if (Math.abs(t.estimate) > t.critical * t.se) rejected++;
  });
  const n = estimates.length;
  const mean = n > 0 ? estimates.reduce((x, y) => x + y, 0) / n : Number.NaN;
  const sd = n > 1 ? Math.sqrt(estimates.reduce((x, y) => x + (y - mean) ** 2, 0) / (n - 1)) : Number.NaN;
  return { months: post, windows: n, rejected, meanEstimate: mean, sdEstimate: sd };
}
