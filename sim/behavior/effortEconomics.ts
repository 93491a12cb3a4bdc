/**
 * Effort economics in money (DESIGN §6, issue 12 item 2): each rep has a convex cost of effort
 * in currency, heterogeneous across reps, never expressed in the plan's own pay rate, so pay
 * level, marginal rates, quota bonuses, thresholds, caps and accelerators all act through the
 * marginal money a month of effort earns.
 *
 * The structure is the structural sales-force models': output is linear in effort and effort has
 * a quadratic cost (Misra & Nair 2011, Quant. Mark. Econ. 9(3); Chung, Steenburgh & Sudhir 2014,
 * Marketing Science 33(2): sales = baseline + effort, cost of effort quadratic):
 *   lead flow multiplier x = 1 − s + s × e,   cost(e) = K × e² / 2 (currency per month),
 * so under a linear commission at rate r the rep chooses e = r × M × s / K (M = credit a month of
 * normal work brings): effort is proportional to the marginal rate and output moves with it at
 * elasticity s at the reference point. Parameters and their sources:
 *  - s = RESPONSIVE_SHARE 0.3: the share of output that responds to selling effort at the margin,
 *    i.e. the elasticity of sales to selling effort. Albers, Mantrala & Sridhar (2010, "Personal
 *    selling elasticities: a meta-analysis", J. Marketing Research 47(5)) report a mean
 *    personal-selling elasticity of about 0.31 across 75 studies (0.34 uncorrected); 0.3.
 *    With effort ∝ the marginal rate this makes the elasticity of output to the commission rate
 *    0.3: doubling a linear rate raises output by 30%, halving it lowers output by 15%, and a
 *    zero marginal rate (above a cap) leaves 70% of normal output (Lazear 2000, AER 90(5): the
 *    same workers produced ~20% more under piece rates than under hourly pay, i.e. 80–85%
 *    without a marginal incentive).
 *  - K = MARKET_RATE × M₀ × s × u: a month of normal effort (e = 1) is what a rep puts in when
 *    paid the market's typical rate on its output. M₀ is the rep's expected credit per month at
 *    normal effort in the world's baseline market (its skill and segment: the benchmarks the
 *    world is calibrated to describe reps under typical plans), u = exp(σ z) the rep's own cost
 *    (PopulationParams.effortCostSigma, default 0.3: Chung et al. and Misra & Nair find
 *    agent-specific cost parameters; the spread is an assumption). The cost is fixed in currency
 *    for the trial: a richer plan does not make effort dearer, a weaker market (lower M) makes it
 *    pay less.
 *  - MARKET_RATE (below): DESIGN §5's market figures — new-ARR commission on target 100,000
 *    variable on a 900,000 quota (AE OTE 200k, 50/50 mix, quota 4.5× OTE: 11.1%, inside the
 *    8–12% band), upsell/expansion about 8%, renewals about 2%.
 * Only AEs respond through effort today: their effort drives the lead flow whose credit the plan
 * reads. A CSM's or AM's effort moves adoption and retention, which the behaviour model does not
 * price per unit of effort, so their effort stays normal (documented limitation).
 */

/** Share of output that responds to selling effort (Albers, Mantrala & Sridhar 2010: ≈ 0.31). */
export const RESPONSIVE_SHARE = 0.3;

/** Effort range searched: 0 (no prospecting beyond the baseline) … 4 (output 1.9×). */
export const EFFORT_MIN = 0;
export const EFFORT_MAX = 4;

/** The market's typical pay per unit of credit, by credited metric (DESIGN §5). */
export const MARKET_RATE: Readonly<Record<string, number>> = {
  newArr: 100_000 / 900_000,
  expansionArr: 0.08,
  renewalArr: 0.02,
};

/** Market rate of a credited metric; new-business rates for metrics not listed. */
export function marketRate(metric: string | null): number {
  return metric === null ? 0 : (MARKET_RATE[metric] ?? MARKET_RATE.newArr!);
}

/** Lead-flow multiplier of effort e for a rep whose responsive share is s. */
export function outputMultiplier(e: number, s: number): number {
  return 1 - s + s * e;
}

/**
 * K of the file comment: the rep's marginal cost of effort at normal effort, in currency per
 * month, from its baseline credit per month M₀, responsive share s and own cost factor u.
 */
export function effortCostPerMonth(
  metric: string | null,
  baselinePerMonth: number,
  s: number,
  u: number,
): number {
  return marketRate(metric) * Math.max(0, baselinePerMonth) * s * u;
}
