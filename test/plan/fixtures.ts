/**
 * Builders of canonical plans and ledgers for tests: sensible defaults, override what the test
 * is about. Every default is neutral (no gates, caps, holdbacks, clawbacks, ramps, draws).
 */

import type { Ledger, LedgerEvent, Observation, RepInfo } from "../../sim/core/ledger.js";
import type {
  BonusComponent,
  CommissionComponent,
  MilestoneComponent,
  Plan,
  PoolComponent,
  Quota,
  SpiffComponent,
} from "../../sim/language/canonical.js";
import type { Statement } from "../../sim/plan/statement.js";

const noCap = { perPeriod: null, perYear: null, maxAttainment: null } as const;

export function quota(over: Partial<Quota> = {}): Quota {
  return {
    metric: "newArr",
    annual: 1_200_000,
    periodWeights: [0.25, 0.25, 0.25, 0.25],
    ramp: [],
    prorate: false,
    ...over,
  };
}

export function commission(over: Partial<CommissionComponent> = {}): CommissionComponent {
  return {
    kind: "commission",
    id: "newArr",
    label: "New ARR commission",
    weight: null,
    gates: [],
    cap: noCap,
    metric: "newArr",
    quotaMetric: null,
    basis: "period",
    tierRule: "marginal",
    tiers: [{ from: 0, to: null, rate: 0.1 }],
    threshold: null,
    discountAdjustments: [],
    termAdjustments: [],
    holdback: null,
    clawback: null,
    vesting: null,
    ...over,
  };
}

export function bonus(over: Partial<BonusComponent> = {}): BonusComponent {
  return {
    kind: "bonus",
    id: "grr",
    label: "GRR bonus",
    weight: null,
    gates: [],
    cap: noCap,
    metric: "grr",
    scope: "rep",
    measure: "value",
    target: null,
    basis: "period",
    targetAmount: 20_000,
    curve: [
      { x: 0.8, y: 0 },
      { x: 0.9, y: 1 },
      { x: 1, y: 2 },
    ],
    ...over,
  };
}

export function milestone(over: Partial<MilestoneComponent> = {}): MilestoneComponent {
  return {
    kind: "milestone",
    id: "activation",
    label: "Activation uplift",
    weight: null,
    gates: [],
    cap: noCap,
    milestone: "activation",
    withinDays: 90,
    rate: 0.02,
    ...over,
  };
}

export function spiff(over: Partial<SpiffComponent> = {}): SpiffComponent {
  return {
    kind: "spiff",
    id: "multiYear",
    label: "Multi-year SPIFF",
    weight: null,
    gates: [],
    cap: noCap,
    event: "booking",
    metric: null,
    condition: null,
    payout: { basis: "event", amount: 500 },
    window: null,
    maxPerPeriod: null,
    ...over,
  };
}

export function pool(over: Partial<PoolComponent> = {}): PoolComponent {
  return {
    kind: "pool",
    id: "pool",
    label: "Expansion pool",
    weight: null,
    gates: [],
    cap: noCap,
    metric: "expansionArr",
    fundingRate: 0.1,
    shares: { AE: 0.5, CSM: 0.5 },
    ...over,
  };
}

export function plan(over: Partial<Plan> = {}): Plan {
  return {
    id: "test-plan",
    name: "Test plan",
    description: "",
    role: "AE",
    currency: "USD",
    payMix: { baseSalary: 120_000, targetVariable: 120_000 },
    calendar: { period: "quarter", fiscalYearStartMonth: 1 },
    quotas: [quota()],
    components: [commission()],
    modifiers: [],
    caps: { perPeriod: null, perYear: null },
    budget: null,
    draw: null,
    ...over,
  };
}

export function rep(over: Partial<RepInfo> = {}): RepInfo {
  return {
    id: "r1",
    name: "Rep One",
    role: "AE",
    team: "t1",
    region: "emea",
    segment: "mid",
    hireDate: "2020-01-01",
    terminationDate: null,
    planStart: null,
    planEnd: null,
    ...over,
  };
}

let counter = 0;

/** An event; `deal` defaults to a fresh id, tcv to arr × term / 12. */
export function ev(type: LedgerEvent["type"], date: string, over: Partial<LedgerEvent> = {}): LedgerEvent {
  counter += 1;
  const termMonths = over.termMonths ?? 12;
  const arr = over.arr ?? 0;
  return {
    id: `e${String(counter).padStart(5, "0")}`,
    date,
    type,
    account: over.account ?? `acct-${counter}`,
    deal:
      over.deal ??
      (type === "booking" || type === "expansion" || type === "renewal" ? `deal-${counter}` : ""),
    arr,
    tcv: over.tcv ?? (arr * termMonths) / 12,
    termMonths,
    discount: 0,
    milestone: "",
    ...over,
  };
}

export function booking(date: string, arr: number, over: Partial<LedgerEvent> = {}): LedgerEvent {
  return ev("booking", date, { arr, ...over });
}

export function obs(
  metric: string,
  date: string,
  value: number,
  scope: Observation["scope"] = "rep",
): Observation {
  return { metric, scope, date, value };
}

/** A ledger; events are sorted by date then id as the contract requires. */
export function ledger(
  events: LedgerEvent[],
  over: { rep?: Partial<RepInfo>; observations?: Observation[] } = {},
): Ledger {
  const sorted = [...events].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1,
  );
  return { rep: rep(over.rep), events: sorted, observations: over.observations ?? [] };
}

export const FY2025 = { start: "2025-01-01", end: "2025-12-31" } as const;

/** Dollars of a statement (total) or of its lines of some kind. */
export function dollars(s: Statement, kind?: string, component?: string): number {
  if (kind === undefined) return s.totalCents / 100;
  return (
    s.lines
      .filter((l) => l.kind === kind && (component === undefined || l.component === component))
      .reduce((a, l) => a + l.amountCents, 0) / 100
  );
}

export function totals(statements: readonly Statement[]): number[] {
  return statements.map((s) => s.totalCents / 100);
}
