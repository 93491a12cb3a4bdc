/**
 * Rep-years: the attainment values behind attainment.* (sim/metrics/kernels/shares.ts
 * attainmentBands), computed the same way for a backtest and a simulated trial from a rep's plan
 * and statements. It lives in the trial layer, beside the measurement that calls it, because it
 * reads plan calendars and statements (sim/metrics stays below the plan language).
 *
 * Convention:
 * - the window is the backtest's range or the simulation's horizon; a statement counts when its
 *   period ends inside the window (the simulation's tail only settles horizon work);
 * - a rep-year is Σ credited / Σ quota of the plan's first quota metric over the counted
 *   statements of one fiscal year of the plan's calendar;
 * - the years are the fiscal years wholly inside the window: a partial year's attainment
 *   measures where the window cuts it (seasonality, year-end pushes) more than the plan. When
 *   the window holds no whole fiscal year, every fiscal year it touches counts with its part
 *   inside the window, so short windows still say something;
 * - a rep-year counts when its quota is positive and the rep was on the plan for at least a
 *   quarter of that year's days inside the window (reps hired late or gone early measure the
 *   cut, not the plan). Simulated reps are on the plan for the whole horizon.
 */
import type { Calendar, Plan } from "../language/canonical.js";
import { fiscalYearEnd, fiscalYearOf, fiscalYearStart } from "../plan/calendar.js";
import { parseDay } from "../plan/dates.js";
import type { Statement } from "../plan/statement.js";

/** Minimum share of a year's days (inside the window) the rep must be on the plan. */
export const MIN_ON_PLAN_SHARE = 0.25;

/** The fiscal years a window selects for one calendar (build once per plan and window). */
export interface AttainmentYears {
  readonly startDay: number;
  readonly endDay: number;
  readonly firstYear: number;
  /** Selected years' bounds clipped to the window, indexed by fiscal year − firstYear; start > end when not selected. */
  readonly from: Int32Array;
  readonly to: Int32Array;
}

export function attainmentYears(calendar: Calendar, startDay: number, endDay: number): AttainmentYears {
  const firstYear = fiscalYearOf(calendar, startDay);
  const count = fiscalYearOf(calendar, endDay) - firstYear + 1;
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  let whole = 0;
  for (let k = 0; k < count; k++) {
    const a = fiscalYearStart(calendar, firstYear + k);
    const b = fiscalYearEnd(calendar, firstYear + k);
    if (a >= startDay && b <= endDay) whole++;
  }
  for (let k = 0; k < count; k++) {
    const a = fiscalYearStart(calendar, firstYear + k);
    const b = fiscalYearEnd(calendar, firstYear + k);
    const selected = whole === 0 || (a >= startDay && b <= endDay);
    from[k] = selected ? Math.max(a, startDay) : 1;
    to[k] = selected ? Math.min(b, endDay) : 0;
  }
  return { startDay, endDay, firstYear, from, to };
}

/**
 * Writes the rep's counted rep-years (ascending fiscal year) to out from `at` and returns how
 * many. onPlanFrom/onPlanTo: the rep's first and last day on the plan (±Infinity when always).
 */
export function repYearAttainments(
  plan: Plan,
  statements: readonly Statement[],
  years: AttainmentYears,
  onPlanFrom: number,
  onPlanTo: number,
  out: Float64Array,
  at = 0,
): number {
  const metric = plan.quotas[0]?.metric;
  if (metric === undefined) return 0;
  let written = 0;
  for (let k = 0; k < years.from.length; k++) {
    const from = years.from[k]!;
    const to = years.to[k]!;
    if (from > to) continue;
    const onPlan = Math.min(to, onPlanTo) - Math.max(from, onPlanFrom) + 1;
    if (!(onPlan >= MIN_ON_PLAN_SHARE * (to - from + 1))) continue;
    const fy = years.firstYear + k;
    let credit = 0;
    let quota = 0;
    for (const st of statements) {
      if (st.period.fiscalYear !== fy) continue;
      const end = parseDay(st.period.end);
      if (end < years.startDay || end > years.endDay) continue;
      credit += st.credited[metric] ?? 0;
      quota += st.quota[metric] ?? 0;
    }
    if (quota > 0) out[at + written++] = credit / quota;
  }
  return written;
}
