/**
 * The columnar evaluator against slow, obviously correct references (DESIGN §10): credits from
 * columns vs LEDGER_EVENT_CREDITS; month arithmetic by table vs the civil-date algorithms; the
 * pending queue's emission order vs sorting everything pending; account-chain lookups vs scanning
 * the whole ledger; and a simulated world's table read in place vs the same ledgers as objects.
 */
import { describe, expect, it } from "vitest";
import { planResponse } from "../../sim/behavior/planResponse.js";
import { LEDGER_EVENT_CREDITS, LEDGER_EVENT_TYPES, type LedgerEvent } from "../../sim/core/ledger.js";
import type { Plan } from "../../sim/language/canonical.js";
import { loadPlanFile } from "../../sim/language/loadPlan.js";
import { creditCode, creditValue } from "../../sim/plan/columnCredits.js";
import { firstAccountEvent } from "../../sim/plan/components/commission/accountEvents.js";
import { addMonths, civilFromDays, daysFromCivil, daysInMonth, monthOrdinal } from "../../sim/plan/dates.js";
import { compilePlan, evaluate, evaluateColumns } from "../../sim/plan/evaluate.js";
import { typeCode } from "../../sim/plan/eventTypes.js";
import { columnsOfLedger } from "../../sim/plan/ledgerColumns.js";
import { LineBuffer } from "../../sim/plan/lines.js";
import { type Pending, PendingQueue } from "../../sim/plan/pending.js";
import { prepareLedger } from "../../sim/plan/prepare.js";
import { repInfo, repLedger } from "../../sim/trial/pay.js";
import { repColumns, worldColumns } from "../../sim/trial/worldColumns.js";
import { withPlans } from "../../sim/world/planView.js";
import { simulateWorld } from "../../sim/world/simulateWorld.js";
import { plan as examplePlan, experiment, headcount } from "../world/fixtures.js";
import { randomLedger, rng } from "./random.js";

describe("credits from columns", () => {
  it("equal LEDGER_EVENT_CREDITS for every metric and event type", () => {
    const r = rng("columns/credits");
    for (const metric of Object.keys(LEDGER_EVENT_CREDITS)) {
      for (const type of LEDGER_EVENT_TYPES) {
        const arr = Math.round(r() * 1e7) / 100;
        const tcv = Math.round(r() * 1e7) / 100;
        const e = { type, arr, tcv } as LedgerEvent;
        expect(creditValue(creditCode(metric), typeCode(type), arr, tcv), `${metric} ${type}`).toBe(
          LEDGER_EVENT_CREDITS[metric]!(e),
        );
      }
    }
  });
});

describe("month arithmetic by table", () => {
  /** The reference: civil date, add months, clamp the day (no table). */
  const slowAdd = (days: number, months: number): number => {
    const c = civilFromDays(days);
    const total = c.year * 12 + c.month - 1 + months;
    const y = Math.floor(total / 12);
    const m = (total % 12) + 1;
    return daysFromCivil(y, m, Math.min(c.day, daysInMonth(y, m)));
  };

  it("addMonths and monthOrdinal equal the civil algorithms, in and beyond the table", () => {
    const r = rng("columns/months");
    const days = [daysFromCivil(1900, 1, 1), daysFromCivil(2199, 12, 31), daysFromCivil(1850, 5, 31)];
    for (let i = 0; i < 5000; i++) days.push(daysFromCivil(1880, 1, 1) + Math.floor(r() * 365 * 350));
    for (const d of days) {
      const c = civilFromDays(d);
      expect(monthOrdinal(d)).toBe(c.year * 12 + c.month - 1);
      for (const m of [0, 1, 11, 12, 13, 24, 36, 400])
        expect(addMonths(d, m), `${d} + ${m}`).toBe(slowAdd(d, m));
    }
  });
});

describe("the pending queue", () => {
  it("emits what is due in settlement order, each group by day, ties in the order added", () => {
    const r = rng("columns/pending");
    const kinds = ["release", "vest", "forfeit", "clawback"] as const;
    const first = daysFromCivil(2025, 1, 1);
    for (let round = 0; round < 50; round++) {
      const q = new PendingQueue(first, first + 900);
      const all: Pending[] = [];
      let emitted: string[] = [];
      const reference: string[] = [];
      for (let period = 0; period < 10; period++) {
        // period ends increase; some fall mid-month (robustness: plans' periods end at month ends)
        const end = addMonths(first, 3 * period + 3) - 1 - (round % 2 === 0 ? 0 : Math.floor(r() * 20));
        for (let k = 0; k < 8; k++) {
          const p: Pending = {
            day: end - 60 + Math.floor(r() * 500),
            kind: kinds[Math.floor(r() * 4)]!,
            component: "c",
            ref: `${round}.${period}.${k}`,
            cents: 1,
            basis: null,
            rate: null,
            text: "",
          };
          q.add(p);
          all.push(p);
        }
        const lb = new LineBuffer(false, "USD");
        q.emitDue(end, lb);
        emitted = emitted.concat(lb.items.map((l) => l.ref));
        // reference: everything pending and due, stable-sorted by (settlement order, day)
        const due = all.filter((p) => p.day <= end && !reference.includes(p.ref) && p.day <= first + 900);
        due.sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.day - b.day);
        reference.push(...due.map((p) => p.ref));
        expect(emitted).toEqual(reference);
      }
    }
  });
});

describe("account chains", () => {
  /** The reference: scan the whole ledger for the deal's account's first event of a type in [from, to]. */
  function slowFirst(
    events: readonly LedgerEvent[],
    days: Int32Array,
    d: number,
    type: string,
    from: number,
  ): number {
    const deal = events[d]!;
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      if (i === d || days[i]! < from || e.type !== type || e.account !== deal.account) continue;
      if (e.deal === "" || e.deal === deal.deal) return days[i]!;
    }
    return Number.POSITIVE_INFINITY;
  }

  it("find a deal's first churn and collection as a scan of the whole ledger does", () => {
    const r = rng("columns/chains");
    const bare: Plan = examplePlan("ae-activity-era");
    const cp = compilePlan(bare);
    for (let round = 0; round < 200; round++) {
      const base = randomLedger(r);
      // accounts shared by several deals, so chains interleave
      const events = base.events.map((e) => ({ ...e, account: `A${Number(e.account.slice(1)) % 4}` }));
      const cl = columnsOfLedger({ ...base, events });
      const pl = prepareLedger(cp, cl);
      for (let i = 0; i < pl.n; i++) {
        if (events[i]!.type !== "booking") continue;
        for (const type of ["churn", "collection"]) {
          for (const from of [pl.days[i]!, pl.days[i]! + 1, pl.days[i]! - 3]) {
            expect(firstAccountEvent(pl, i, typeCode(type), from, Number.POSITIVE_INFINITY)).toBe(
              slowFirst(events, pl.days, i, type, from),
            );
          }
        }
      }
    }
  });
});

describe("a simulated world's table read in place", () => {
  it("pays every example plan exactly as the same ledgers given as objects", () => {
    const e = experiment({ headcount: headcount([3, 3, 2], [2, 2, 1]) });
    const world = simulateWorld({
      seed: e.seed,
      trial: 0,
      start: e.start,
      horizonMonths: e.horizonMonths,
      tailMonths: e.tailMonths,
      world: e.scenarios[0]!.world,
      scenarioName: e.scenarios[0]!.name,
      population: e.population,
      mode: { kind: "honest" },
      plans: {},
      responses: {},
      decide: null,
    });
    const range = { start: "2025-01-01", end: world.cal.iso(world.cal.monthStart[world.months]! - 1) };
    const table = worldColumns(world.book.table);
    for (const name of [
      "ae-activity-era",
      "ae-outcome",
      "ae-multiyear-vesting",
      "ae-capped-ytd",
      "ae-ratchet-ytd",
      "ae-product-spiffs",
      "csm-outcome",
      "csm-renewal",
    ]) {
      const p = loadPlanFile(`scenarios/plans/${name}.yaml`);
      const cp = compilePlan(p);
      const view = withPlans(world, { [p.role]: p }, { [p.role]: planResponse(p) });
      let reps = 0;
      for (let r = 0; r < view.reps.length; r++) {
        if (view.reps[r]!.role !== p.role) continue;
        reps++;
        const fromObjects = evaluate(cp, repLedger(view, r, p), range);
        const inPlace = evaluateColumns(cp, repColumns(view, r, p, table, repInfo(view, r)), range);
        expect(inPlace, `${name} rep ${r}`).toEqual(fromObjects);
      }
      expect(reps).toBeGreaterThan(0);
    }
  });
});
