/**
 * A ratcheting quota as the rep reads it (Misra & Nair 2011: forward-looking agents hold back
 * output when this year's sales raise next year's quota). Under the plan's rule
 * (sim/plan/quotaRule.ts) next year's annual quota is Q′(Y) = clamp(Q + share × (Y − Q),
 * floor × A, cap × A) of this year's credit Y, so credit now lowers next year's pay through the
 * plan's own payout function:
 *   R(Δ) = NEXT_YEAR_WEIGHT × (E[V(N, Q′(Y + Δ))] − E[V(N, Q′(Y))]),
 * V = yearPay (the plan's math for a year of credit N against an annual quota), Y = YTD credit +
 * the rest of the year at effort 1, N = next year's credit, uncertain around 12 ×
 * expectedPerMonth: E is risk.ts's certainty equivalent over a smooth spread of the same sd. The
 * spread matters: with share 100% a rep of steady output expects to land exactly on next year's
 * quota, where a marginal plan's pay does not depend on the quota; it is the chance of beating
 * it (accelerators, pay above quota) that a higher quota takes away. R is 0 where the floor or
 * cap binds or pay does not depend on the quota (a flat commission).
 *
 * Only the next year is valued (the rep does not chain the rule further). Effort (effort.ts) adds
 * R(extra credit); timing (timing.ts) adds it at the fiscal year end, where pushing credit into
 * next year also lowers next year's quota. Both are gaming levers scaled by propensity, so
 * honest reps never react to the ratchet (their effort answers this year's pay only, DESIGN §6).
 */
import type { CompiledPlan } from "../plan/compile.js";
import { nextQuota } from "../plan/quotaRule.js";
import type { RepContext } from "./context.js";
import type { Primary } from "./primary.js";
import { REST_CV } from "./risk.js";
import type { PlanResponse, RatchetView, RepView } from "./types.js";

/**
 * Weight of next fiscal year's pay against pay now: timing.ts NEXT_PERIOD_WEIGHT (0.95)
 * compounded over four quarters (0.95⁴ ≈ 0.81; impatience, turnover, plan changes). Assumption.
 * (Written out: timing.ts imports this file.)
 */
export const NEXT_YEAR_WEIGHT = 0.95 ** 4;

/** The ratchet on the primary metric's quota, with the year's pay function; null when fixed. */
export function ratchetView(
  cp: CompiledPlan,
  primary: Primary,
  pay: PlanResponse["periodPay"],
): RatchetView | null {
  const q = cp.plan.quotas.find((x) => x.metric === primary.metric);
  const rule = q?.ratchet;
  if (q === undefined || rule === undefined || primary.parts.length === 0) return null;
  const weights = q.periodWeights;
  const n = cp.periodsPerYear;
  // YTD basis: the year's pay is the YTD pay at year end (credit N against the annual quota);
  // period basis: each period's pay with credit arriving evenly against its weighted quota
  const yearPay =
    primary.basis === "ytd"
      ? (credit: number, annual: number) => pay(credit, annual, annual)
      : (credit: number, annual: number) => {
          let s = 0;
          for (let k = 0; k < n; k++) s += pay(credit / n, annual * (weights[k] ?? 0), annual);
          return s;
        };
  return { share: rule.share, floor: rule.floor, cap: rule.cap, planAnnual: q.annual, yearPay };
}

/** Midpoints of SPREAD_POINTS equal cells of a uniform spread, as multiples of the mean. */
const SPREAD_POINTS = 8;
/** Half-width of the uniform spread with the standard deviation of risk.ts (REST_CV / √2): √3 × sd. */
const SPREAD_HALF_WIDTH = Math.sqrt(3) * (REST_CV / Math.SQRT2);
const SPREAD: readonly number[] = Array.from(
  { length: SPREAD_POINTS },
  (_, k) => 1 + SPREAD_HALF_WIDTH * ((2 * k + 1) / SPREAD_POINTS - 1),
);

/**
 * Certainty equivalent of pay(mean × z) as risk.ts defines it (expectation minus riskAversion ×
 * expected shortfall below it), over a uniform z with risk.ts's standard deviation. Smooth
 * (no point mass at the mean), so a kink of pay at the quota has its probability-weighted slope.
 */
export function smoothCertaintyEquivalent(
  pay: (credit: number) => number,
  mean: number,
  riskAversion: number,
): number {
  const m = mean > 0 ? mean : 0;
  const values = SPREAD.map((z) => pay(m * z));
  let e = 0;
  for (const x of values) e += x / SPREAD_POINTS;
  if (!(riskAversion > 0)) return e;
  let shortfall = 0;
  for (const x of values) shortfall += Math.max(0, e - x) / SPREAD_POINTS;
  return e - riskAversion * shortfall;
}

/** Months of the fiscal year after the current period. */
function monthsAfterPeriod(view: RepView): number {
  return Math.max(0, 12 - view.monthInFiscalYear - (view.monthsInPeriod - view.monthInPeriod));
}

/**
 * R(Δ) of the file comment for this rep-month (the base E[V(N, Q′(Y))] computed once), or null
 * when the plan's primary quota has no ratchet.
 */
export function ratchetEffect(ctx: RepContext): ((delta: number) => number) | null {
  const r = ctx.response.ratchet;
  if (r === null) return null;
  const v = ctx.view;
  const perMonth = Math.max(0, v.expectedPerMonth);
  const quota = v.annualQuota ?? r.planAnnual;
  const next = 12 * perMonth;
  const rest = Math.max(0, v.expectedRestOfPeriod) + perMonth * monthsAfterPeriod(v);
  const expected = (y: number): number => {
    const q = nextQuota(r, quota, y, r.planAnnual);
    return smoothCertaintyEquivalent((n) => r.yearPay(n, q), next, v.riskAversion);
  };
  const year = v.ytdCredit + rest;
  const base = expected(year);
  return (delta) => NEXT_YEAR_WEIGHT * (expected(year + delta) - base);
}
