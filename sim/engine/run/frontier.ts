/**
 * The cost vs customer-value frontier of a scenario: a variant is efficient (on the frontier)
 * when no other variant costs at most as much and creates at least as much customer value, with
 * one of the two strictly better (Pareto dominance on the means). A dominated variant lists the
 * variants that dominate it. Means carry Monte Carlo error, so a variant dominated by a margin
 * inside the CIs is close to the frontier: the report shows both intervals.
 */

export interface FrontierInput {
  readonly variant: string;
  readonly cost: number;
  readonly value: number;
}

export interface FrontierFlag {
  readonly efficient: boolean;
  readonly dominatedBy: readonly string[];
}

export function dominates(a: FrontierInput, b: FrontierInput): boolean {
  return a.cost <= b.cost && a.value >= b.value && (a.cost < b.cost || a.value > b.value);
}

/** Efficiency of every point (points with a non-finite cost or value are never efficient). */
export function paretoFrontier(points: readonly FrontierInput[]): FrontierFlag[] {
  return points.map((p) => {
    if (!Number.isFinite(p.cost) || !Number.isFinite(p.value)) return { efficient: false, dominatedBy: [] };
    const by = points.filter(
      (q) => q !== p && Number.isFinite(q.cost) && Number.isFinite(q.value) && dominates(q, p),
    );
    return { efficient: by.length === 0, dominatedBy: by.map((q) => q.variant) };
  });
}
