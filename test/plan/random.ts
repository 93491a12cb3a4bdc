/** Seeded random plans and ledgers for property tests (seedrandom alea; never Math.random). */
import seedrandom from "seedrandom";
import type { Ledger, LedgerEvent } from "../../sim/core/ledger.js";
import type { Clawback, Component, Plan, Tier } from "../../sim/language/canonical.js";
import { bonus, commission, milestone, plan, pool, quota, rep, spiff } from "./fixtures.js";

export type Rng = () => number;

export function rng(seed: string): Rng {
  return seedrandom.alea(seed);
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const round2 = (x: number): number => Math.round(x * 100) / 100;

function date(r: Rng, fromYear: number, years: number): string {
  const y = fromYear + int(r, 0, years - 1);
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Tiers contiguous from 0; rates non-decreasing when `accelerating`. */
function tiers(r: Rng, accelerating: boolean): Tier[] {
  const n = int(r, 1, 4);
  const out: Tier[] = [];
  let from = 0;
  let rate = round2(0.02 + r() * 0.1);
  for (let i = 0; i < n; i++) {
    const to = i === n - 1 ? null : round2(from + 0.25 + r() * 0.75);
    out.push({ from, to, rate });
    rate = accelerating ? round2(rate + r() * 0.1) : round2(0.02 + r() * 0.2);
    if (to !== null) from = to;
  }
  return out;
}

export interface RandomPlanOptions {
  /** Only mechanics under which more credit never pays less. */
  readonly monotone?: boolean;
}

export function randomPlan(r: Rng, options: RandomPlanOptions = {}): Plan {
  const monotone = options.monotone ?? false;
  const period = pick(r, ["month", "quarter", "half", "year"] as const);
  const n = { month: 12, quarter: 4, half: 2, year: 1 }[period];
  const weights = Array.from({ length: n }, () => 1 / n);
  const retro = r() < 0.4;
  const components: Component[] = [
    commission({
      tierRule: retro ? "retroactive" : "marginal",
      basis: r() < 0.5 ? "ytd" : "period",
      tiers: tiers(r, monotone || retro),
      threshold: !monotone && r() < 0.3 ? round2(r() * 0.6) : null,
      discountAdjustments:
        !monotone && r() < 0.4
          ? [
              { maxDiscount: 0.2, multiplier: 1 },
              { maxDiscount: 1, multiplier: 0.8 },
            ]
          : [],
      termAdjustments: !monotone && r() < 0.4 ? [{ minTermMonths: 24, multiplier: 1.1 }] : [],
      cap: {
        perPeriod: !monotone && r() < 0.2 ? 20_000 : null,
        perYear: !monotone && r() < 0.2 ? 80_000 : null,
        maxAttainment: !monotone && r() < 0.2 ? 2 : null,
      },
      holdback:
        !monotone && r() < 0.3
          ? {
              share: 0.2,
              release: pick(r, ["collection", "yearEnd", "renewal"] as const),
              forfeitOnChurn: r() < 0.5,
              forfeitOnTermination: r() < 0.5,
            }
          : null,
      clawback: !monotone && r() < 0.4 ? randomClawback(r) : null,
      vesting:
        !monotone && r() < 0.2
          ? {
              schedule: [
                { afterMonths: 0, share: 0.5 },
                { afterMonths: 6, share: 0.5 },
              ],
              requireActiveAccount: r() < 0.5,
              forfeitOnTermination: r() < 0.5,
            }
          : null,
    }),
  ];
  if (r() < 0.4) components.push(bonus({ basis: r() < 0.5 ? "ytd" : "period" }));
  if (r() < 0.4)
    components.push(
      spiff({ condition: r() < 0.5 ? "arr >= 30000" : null, maxPerPeriod: r() < 0.5 ? 2 : null }),
    );
  if (r() < 0.3) components.push(milestone());
  if (r() < 0.3) components.push(pool());
  if (!monotone && r() < 0.3) {
    components[0] = {
      ...components[0]!,
      gates: [{ metric: "csat", scope: "rep", min: 4, max: null, failMultiplier: 0.5, missingMultiplier: 1 }],
    };
  }
  return plan({
    calendar: { period, fiscalYearStartMonth: int(r, 1, 12) },
    quotas: [
      quota({
        annual: pick(r, [600_000, 1_000_000, 1_500_000]),
        periodWeights: weights,
        prorate: r() < 0.5,
        ramp: r() < 0.3 ? [0.3, 0.6] : [],
      }),
    ],
    components,
    modifiers:
      r() < 0.4
        ? [
            {
              id: "nps",
              label: "NPS",
              metric: "nps",
              scope: "rep",
              bands: [
                { from: null, to: 30, multiplier: 0.9 },
                { from: 30, to: null, multiplier: 1.2 },
              ],
              appliesTo: [],
              missingMultiplier: 1,
            },
          ]
        : [],
    caps: {
      perPeriod: !monotone && r() < 0.2 ? 50_000 : null,
      perYear: !monotone && r() < 0.2 ? 150_000 : null,
    },
    draw:
      !monotone && r() < 0.2
        ? { type: pick(r, ["recoverable", "nonRecoverable"] as const), amountPerPeriod: 3_000, periods: 3 }
        : null,
  });
}

function randomClawback(r: Rng): Clawback {
  return {
    windowDays: pick(r, [90, 180, 365]),
    triggers: pick(r, [
      ["churn"],
      ["churn", "downgrade"],
      ["noActivation"],
      ["churn", "downgrade", "noActivation"],
    ] as const),
    recovery: r() < 0.5 ? "full" : "prorated",
    share: pick(r, [0.5, 1]),
  };
}

/** A ledger over 2025–2026 of bookings and the events that settle them. */
export function randomLedger(r: Rng, id = "r1"): Ledger {
  const events: LedgerEvent[] = [];
  const nDeals = int(r, 0, 25);
  for (let i = 0; i < nDeals; i++) {
    const account = `A${i}`;
    const day = date(r, 2025, 2);
    const arr = int(r, 5, 120) * 1000;
    const base = {
      account,
      deal: `D${i}`,
      tcv: arr,
      termMonths: pick(r, [12, 24, 36]),
      discount: round2(r() * 0.4),
      milestone: "",
    };
    events.push({ ...base, id: `${id}-b${i}`, date: day, type: "booking", arr });
    if (r() < 0.5)
      events.push({
        ...base,
        id: `${id}-m${i}`,
        date: date(r, 2025, 2),
        type: "milestone",
        arr: 0,
        milestone: "activation",
      });
    if (r() < 0.3)
      events.push({ ...base, id: `${id}-c${i}`, date: date(r, 2025, 2), type: "churn", deal: "", arr });
    if (r() < 0.2)
      events.push({
        ...base,
        id: `${id}-d${i}`,
        date: date(r, 2025, 2),
        type: "contraction",
        arr: round2(arr * r() * 0.5),
      });
    if (r() < 0.4)
      events.push({ ...base, id: `${id}-p${i}`, date: date(r, 2025, 2), type: "collection", arr: 0 });
    if (r() < 0.2)
      events.push({
        ...base,
        id: `${id}-x${i}`,
        date: date(r, 2025, 2),
        type: "expansion",
        deal: `X${i}`,
        arr: int(r, 1, 30) * 1000,
      });
    if (r() < 0.1)
      events.push({
        ...base,
        id: `${id}-r${i}`,
        date: date(r, 2025, 2),
        type: "renewal",
        deal: `R${i}`,
        arr,
      });
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const observations = Array.from({ length: int(r, 0, 8) }, () => ({
    metric: pick(r, ["nps", "csat", "grr"]),
    scope: "rep" as const,
    date: date(r, 2025, 2),
    value: round2(r() * 100),
  })).map((o) =>
    o.metric === "csat"
      ? { ...o, value: round2(3 + r() * 2) }
      : o.metric === "grr"
        ? { ...o, value: round2(0.75 + r() * 0.3) }
        : o,
  );
  const hire = r() < 0.3 ? date(r, 2025, 1) : "2020-01-01";
  const termination = r() < 0.2 ? date(r, 2026, 1) : null;
  return {
    rep: rep({
      id,
      hireDate: hire,
      terminationDate: termination !== null && termination > hire ? termination : null,
    }),
    events,
    observations,
  };
}
