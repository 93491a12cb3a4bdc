/**
 * Property tests at the boundaries (fast-check, fixed seeds): random deal sets whose cents sum
 * exactly to a tier edge, a threshold or a gate bound (and one cent either side), under both
 * tier rules and both bases, against an exact oracle written here in BigInt from the documented
 * rules (sim/plan/README.md): period quotas are the annual split by cumulative rounding (then
 * prorated by days on plan, rounded once); attainment C / Q ≥ e is decided as C × den ≥ Q × num;
 * a marginal tier's basis is the credit between its edges, each edge at the first whole cent at
 * or above Q × e; each line is basis × rate rounded once, half away from zero.
 * The statements must also never contradict the comparisons they report.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LedgerEvent } from "../../sim/core/ledger.js";
import type { Gate, Tier } from "../../sim/language/canonical.js";
import { daysFromCivil, formatDay } from "../../sim/plan/dates.js";
import { evaluate } from "../../sim/plan/evaluate.js";
import type { Statement } from "../../sim/plan/statement.js";
import { bonus, commission, ledger, plan, quota } from "./fixtures.js";

// ---- the oracle: plain BigInt rationals --------------------------------------------------------

/** A decimal fraction given as an integer count of 1/10,000 (0.01% steps): n / 10,000. */
const D = 10_000n;

function roundHalfAway(num: bigint, den: bigint): bigint {
  const neg = num < 0n;
  const a = neg ? -num : num;
  let q = a / den;
  if (2n * (a - q * den) >= den) q += 1n;
  return neg ? -q : q;
}

function ceilDiv(num: bigint, den: bigint): bigint {
  const q = num / den;
  return num > q * den ? q + 1n : q;
}

/** Period quotas (cents) of one fiscal year: cumulative rounding of annual × k / n. */
function oracleSplit(annual: bigint, n: number): bigint[] {
  const out: bigint[] = [];
  let before = 0n;
  for (let k = 1; k <= n; k++) {
    const upTo = roundHalfAway(annual * BigInt(k), BigInt(n));
    out.push(upTo - before);
    before = upTo;
  }
  return out;
}

interface Case {
  readonly periods: 4 | 12;
  readonly annualCents: bigint;
  readonly retroactive: boolean;
  readonly ytd: boolean;
  /** Tier starts after the first and rates, in 1/10,000. */
  readonly edges: readonly bigint[];
  readonly rates: readonly bigint[];
  readonly threshold: bigint | null;
  readonly gate: bigint | null;
  readonly period: number;
  /** Days on plan of the period (hired in it when < days: earlier periods have no quota). */
  readonly daysOn: number;
  readonly days: number;
}

/** Quotas (cents) of the year: the split, the hire period prorated, earlier periods 0 if hired in it. */
function oracleQuotas(k: Case): bigint[] {
  const split = oracleSplit(k.annualCents, k.periods);
  const hiredInPeriod = k.daysOn < k.days;
  return split.map((q, i) =>
    i < k.period
      ? hiredInPeriod
        ? 0n
        : q
      : i === k.period
        ? roundHalfAway(q * BigInt(k.daysOn), BigInt(k.days))
        : q,
  );
}

/** The quota (cents) the commission compares: the period's, or the year to date's. */
function oracleQuota(k: Case): bigint {
  const quotas = oracleQuotas(k);
  return k.ytd ? quotas.slice(0, k.period + 1).reduce((a, b) => a + b, 0n) : quotas[k.period]!;
}

/** The oracle's pay (cents) for credit C (cents) in the case's period. */
function oraclePay(k: Case, credit: bigint): bigint {
  const Q = oracleQuota(k);
  if (Q <= 0n) throw new Error("the generator makes positive quotas");
  const reaches = (e: bigint) => credit * D >= Q * e; // C / Q ≥ e / 10,000
  let pay: bigint;
  if (k.retroactive) {
    let t = 0;
    for (let i = 0; i < k.edges.length; i++) if (reaches(k.edges[i]!)) t = i + 1;
    pay = roundHalfAway(credit * k.rates[t]!, D);
  } else {
    const edgeCents = k.edges.map((e) => ceilDiv(Q * e, D));
    pay = 0n;
    for (let t = 0; t < k.rates.length; t++) {
      const lo = t === 0 ? 0n : edgeCents[t - 1]!;
      const hi = t === k.rates.length - 1 ? credit : edgeCents[t]! < credit ? edgeCents[t]! : credit;
      if (hi > lo) pay += roundHalfAway((hi - lo) * k.rates[t]!, D);
    }
  }
  if (k.threshold !== null && !reaches(k.threshold)) pay = 0n;
  // YTD: the earlier periods had no credit and paid nothing, so nothing is netted
  return pay;
}

/**
 * The gated bonus: 4,000.00 a year split over the periods like a quota and prorated, paid in
 * full when the period attainment C / Q ≥ gate (a flat curve at 1), else nothing.
 */
function oracleGatePay(k: Case, credit: bigint): bigint {
  const target = roundHalfAway(
    oracleSplit(400_000n, k.periods)[k.period]! * BigInt(k.daysOn),
    BigInt(k.days),
  );
  if (k.gate === null) return target;
  const Q = oracleQuotas(k)[k.period]!;
  return credit * D >= Q * k.gate ? target : 0n;
}

/** The credit (cents) at which attainment e is reached: ⌈Q × e⌉ (the gate reads the period quota). */
function edgeCredit(k: Case, e: bigint, periodQuota: boolean): bigint {
  const Q = periodQuota ? oracleQuotas(k)[k.period]! : oracleQuota(k);
  return ceilDiv(Q * e, D);
}

// ---- generators ---------------------------------------------------------------------------------

const caseArb = fc
  .record({
    periods: fc.constantFrom(4 as const, 12 as const),
    annualCents: fc.bigInt({ min: 1_000_000n, max: 100_000_000_000_000n }),
    retroactive: fc.boolean(),
    ytd: fc.boolean(),
    steps: fc.array(fc.integer({ min: 1, max: 8_000 }), { minLength: 0, maxLength: 3 }),
    rates: fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 4, maxLength: 4 }),
    threshold: fc.option(fc.integer({ min: 1, max: 15_000 }), { nil: null }),
    gate: fc.option(fc.integer({ min: 1, max: 15_000 }), { nil: null }),
    period: fc.integer({ min: 0, max: 11 }),
    lateStart: fc.integer({ min: 0, max: 20 }),
  })
  .map((r): Case => {
    const period = r.period % r.periods;
    const edges: bigint[] = [];
    let at = 0;
    for (const s of r.steps) {
      at += s;
      edges.push(BigInt(at));
    }
    const months = 12 / r.periods;
    const start = daysFromCivil(2025, 1 + period * months, 1);
    const next = (period + 1) * months;
    const end = daysFromCivil(2025 + Math.floor(next / 12), (next % 12) + 1, 1) - 1;
    const days = end - start + 1;
    return {
      periods: r.periods,
      annualCents: r.annualCents,
      retroactive: r.retroactive,
      ytd: r.ytd,
      edges,
      rates: r.rates.slice(0, edges.length + 1).map(BigInt),
      threshold: r.threshold === null ? null : BigInt(r.threshold),
      gate: r.gate === null ? null : BigInt(r.gate),
      period,
      daysOn: days - Math.min(r.lateStart, days - 1),
      days,
    };
  });

/** k positive cent amounts summing to `total`, from random cut points. */
function split(total: bigint, cuts: readonly number[]): bigint[] {
  if (total <= 0n) return [];
  const points = [...new Set(cuts.map((c) => BigInt(Math.floor(c * Number(total)))))]
    .filter((p) => p > 0n && p < total)
    .sort((a, b) => (a < b ? -1 : 1));
  const out: bigint[] = [];
  let before = 0n;
  for (const p of [...points, total]) {
    out.push(p - before);
    before = p;
  }
  return out;
}

// ---- the plan and ledger under test -------------------------------------------------------------

const pct = (n: bigint) => Number(n) / 10_000;

function planOf(k: Case) {
  const starts = [0n, ...k.edges];
  const tiers: Tier[] = starts.map((from, t) => ({
    from: pct(from),
    to: t + 1 < starts.length ? pct(starts[t + 1]!) : null,
    rate: pct(k.rates[t]!),
  }));
  const gates: Gate[] =
    k.gate === null
      ? []
      : [
          {
            metric: "attainment:newArr",
            scope: "rep",
            min: pct(k.gate),
            max: null,
            failMultiplier: 0,
            missingMultiplier: 1,
          },
        ];
  return plan({
    calendar: { period: k.periods === 4 ? "quarter" : "month", fiscalYearStartMonth: 1 },
    quotas: [
      quota({
        annual: Number(k.annualCents) / 100,
        periodWeights: Array<number>(k.periods).fill(1 / k.periods),
        prorate: true,
      }),
    ],
    components: [
      commission({
        tierRule: k.retroactive ? "retroactive" : "marginal",
        basis: k.ytd ? "ytd" : "period",
        tiers,
        threshold: k.threshold === null ? null : pct(k.threshold),
      }),
      bonus({
        id: "gated",
        metric: "newArr",
        measure: "attainment",
        targetAmount: 4_000,
        curve: [{ x: 0, y: 1 }],
        gates,
      }),
    ],
  });
}

function statementFor(k: Case, amounts: readonly bigint[]): Statement {
  const months = 12 / k.periods;
  const periodStart = daysFromCivil(2025, 1 + k.period * months, 1);
  const firstDay = periodStart + (k.days - k.daysOn);
  const hire = k.daysOn < k.days ? firstDay : daysFromCivil(2020, 1, 1);
  const events: LedgerEvent[] = amounts.map((cents, i) => ({
    id: `d${String(i).padStart(3, "0")}`,
    date: formatDay(firstDay + (i % k.daysOn)),
    type: "booking",
    account: `a${i}`,
    deal: `d${i}`,
    arr: Number(cents) / 100,
    tcv: Number(cents) / 100,
    termMonths: 12,
    discount: 0,
    milestone: "",
  }));
  const s = evaluate(planOf(k), ledger(events, { rep: { hireDate: formatDay(hire) } }), {
    start: "2025-01-01",
    end: "2025-12-31",
  });
  return s[k.period]!;
}

/** Every commission line's cents (the bonus and its gate excluded). */
const commissionCents = (s: Statement) =>
  s.lines.filter((l) => l.component === "newArr").reduce((a, l) => a + l.amountCents, 0);
const bonusCents = (s: Statement) =>
  s.lines.filter((l) => l.component === "gated").reduce((a, l) => a + l.amountCents, 0);

/** "… at 119.99% attainment …" → 11999 (hundredths of a percent). */
function shownAttainment(text: string, pattern: RegExp): number {
  const m = pattern.exec(text);
  if (m === null) throw new Error(`no attainment in '${text}'`);
  return Math.round(Number(m[1]!.replaceAll(",", "")) * 100);
}

// ---- properties ---------------------------------------------------------------------------------

/** The boundaries to aim at: (attainment, measured against the period quota?). */
const targets = (k: Case): [bigint, boolean][] => [
  ...k.edges.map((e): [bigint, boolean] => [e, false]),
  ...(k.threshold === null ? [] : [[k.threshold, false] as [bigint, boolean]]),
  ...(k.gate === null ? [] : [[k.gate, true] as [bigint, boolean]]),
];

describe("boundary sums against an exact oracle", () => {
  it("deals summing exactly to an edge, a threshold or a gate (± 1 cent) pay what the oracle pays", () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.nat(),
        fc.constantFrom(-1n, 0n, 1n),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }),
        (k, pick, offset, cuts) => {
          const all = targets(k);
          const [edge, periodQuota] = all.length === 0 ? [10_000n, false] : all[pick % all.length]!;
          const credit = edgeCredit(k, edge, periodQuota) + offset;
          fc.pre(credit > 0n && credit < 10n ** 15n);
          const s = statementFor(k, split(credit, cuts));
          expect(BigInt(commissionCents(s))).toBe(oraclePay(k, credit));
          expect(BigInt(bonusCents(s))).toBe(oracleGatePay(k, credit));
          expect(s.lines.reduce((a, l) => a + l.amountCents, 0)).toBe(s.totalCents);
        },
      ),
      { seed: 1313, numRuns: 400 },
    );
  });

  it("statements never contradict the comparison they report", () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.nat(),
        fc.constantFrom(-1n, 0n, 1n),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
        (k, pick, offset, cuts) => {
          const all = targets(k);
          const [edge, periodQuota] = all.length === 0 ? [10_000n, false] : all[pick % all.length]!;
          const credit = edgeCredit(k, edge, periodQuota) + offset;
          fc.pre(credit > 0n && credit < 10n ** 15n);
          const s = statementFor(k, split(credit, cuts));
          const starts = [0n, ...k.edges];
          for (const line of s.lines) {
            const text = line.description;
            if (text.includes("reached at")) {
              const t = Number(/^(?:YTD )?Tier (\d+)/.exec(text)![1]) - 1;
              const shown = BigInt(shownAttainment(text, /reached at ([\d,.]+)% attainment/));
              expect(shown).toBeGreaterThanOrEqual(starts[t]!);
              if (t + 1 < starts.length) expect(shown).toBeLessThan(starts[t + 1]!);
            }
            if (line.kind === "threshold") {
              const shown = BigInt(shownAttainment(text, /ttainment ([\d,.]+)% is below/));
              expect(shown).toBeLessThan(k.threshold!);
            }
            if (line.kind === "gate" && text.includes("fails ≥")) {
              const shown = BigInt(shownAttainment(text, /attainment ([\d,.]+)% fails/));
              expect(shown).toBeLessThan(k.gate!);
            }
          }
        },
      ),
      { seed: 2613, numRuns: 300 },
    );
  });
});
