import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../sim/data/load.js";
import type { ArrMovementRow, CanonicalTables } from "../../sim/data/rows.js";
import { toLedgers } from "../../sim/data/toLedgers.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

const FROM = "2023-01-01";
const TO = "2023-12-31";

describe("toLedgers on the sample: totals agree with an independent aggregation", () => {
  const { tables } = loadDataset(join(PROJECT_ROOT, "data/sample"));
  const ledgers = toLedgers(tables, { from: FROM, to: TO });
  const events = ledgers.flatMap((l) => l.events);
  const total = (type: string) => events.filter((e) => e.type === type).reduce((s, e) => s + e.arr, 0);

  it("books every won deal closed in range once, to its owner", () => {
    const won = tables.opportunities.filter(
      (o) => o.stage === "won" && o.closed_date! >= FROM && o.closed_date! <= TO,
    );
    expect(events.filter((e) => e.type === "booking")).toHaveLength(won.length);
    expect(total("booking")).toBe(won.reduce((s, o) => s + o.amount!, 0));
    for (const l of ledgers)
      for (const e of l.events.filter((x) => x.type === "booking"))
        expect(tables.opportunities.find((o) => o.opportunity_id === e.deal)!.owner_rep_id).toBe(l.rep.id);
  });

  it("credits each movement to every rep covering the account that day", () => {
    const covering = (m: ArrMovementRow) =>
      tables.assignments.filter(
        (a) =>
          a.account_id === m.account_id &&
          a.start_date <= m.date &&
          (a.end_date === null || m.date <= a.end_date),
      ).length;
    for (const type of ["expansion", "contraction", "churn", "renewal"] as const) {
      const expected = tables.arr_movements
        .filter((m) => m.type === type && m.date >= FROM && m.date <= TO)
        .reduce((s, m) => s + (type === "renewal" ? m.arr_after : Math.abs(m.arr_change)) * covering(m), 0);
      expect(total(type), type).toBe(expected);
    }
  });

  it("gives bookings their product, account attributes and deal type (independent recount)", () => {
    const bookings = events.filter((e) => e.type === "booking");
    const won = tables.opportunities
      .filter((o) => o.stage === "won" && o.closed_date !== null)
      .sort((a, b) =>
        (a.closed_date ?? "") + a.opportunity_id < (b.closed_date ?? "") + b.opportunity_id ? -1 : 1,
      );
    const expectedType = (deal: string): string => {
      const o = won.find((x) => x.opportunity_id === deal)!;
      const before = won.slice(0, won.indexOf(o)).filter((x) => x.account_id === o.account_id);
      if (before.length === 0) return "newLogo";
      return before.some((x) => x.product === o.product) ? "expansion" : "crossSell";
    };
    const types = new Set<string>();
    for (const e of bookings) {
      const o = tables.opportunities.find((x) => x.opportunity_id === e.deal)!;
      const a = tables.accounts.find((x) => x.account_id === o.account_id)!;
      expect(e.product).toBe(o.product ?? undefined);
      expect(e.region).toBe(a.region);
      expect(e.segment).toBe(a.segment);
      expect(e.tags).toEqual(a.industry ? [a.industry] : undefined);
      expect(e.dealType).toBe(expectedType(e.deal));
      types.add(e.dealType!);
    }
    expect(types.has("newLogo")).toBe(true);
  });

  it("sorts events by date then id and is deterministic", () => {
    for (const l of ledgers) {
      const keys = l.events.map((e) => `${e.date}|${e.id}`);
      expect(keys).toEqual([...keys].sort());
    }
    expect(toLedgers(tables, { from: FROM, to: TO })).toEqual(ledgers);
  });

  it("computes a CSM's NRR like a naive recomputation", () => {
    const csm = ledgers.find((l) => l.rep.role === "CSM" && l.observations.length > 0)!;
    const arrAt = (account: string, date: string) => {
      let arr = 0;
      for (const m of tables.arr_movements) if (m.account_id === account && m.date <= date) arr = m.arr_after;
      return arr;
    };
    const end = "2023-06-30";
    const book = [
      ...new Set(
        tables.assignments
          .filter(
            (a) =>
              a.rep_id === csm.rep.id && a.start_date <= end && (a.end_date === null || end <= a.end_date),
          )
          .map((a) => a.account_id),
      ),
    ];
    let base = 0;
    let now = 0;
    for (const a of book) {
      const then = arrAt(a, "2022-06-30");
      if (then > 0) {
        base += then;
        now += arrAt(a, end);
      }
    }
    const observed = csm.observations.find((o) => o.metric === "nrr" && o.date === end)!;
    expect(observed.value).toBeCloseTo(now / base, 12);
  });
});

describe("toLedgers on a hand-built book", () => {
  const tables: CanonicalTables = {
    reps: [
      {
        rep_id: "AE1",
        name: "Ann",
        role: "AE",
        team: "T",
        region: "NA",
        segment: "SMB",
        hire_date: "2020-01-01",
        termination_date: null,
        manager_id: null,
      },
      {
        rep_id: "C1",
        name: "Cy",
        role: "CSM",
        team: "T",
        region: "NA",
        segment: "SMB",
        hire_date: "2020-01-01",
        termination_date: null,
        manager_id: null,
      },
    ],
    accounts: ["X", "Y"].map((id) => ({
      account_id: id,
      name: id,
      segment: "SMB",
      region: "NA",
      industry: null,
      created_date: null,
    })),
    opportunities: [
      {
        opportunity_id: "O1",
        account_id: "Y",
        owner_rep_id: "AE1",
        created_date: "2023-01-01",
        closed_date: "2023-02-10",
        stage: "won",
        amount: 1000,
        list_amount: 1250,
        discount: 0.2,
        term_months: 24,
        product: null,
      },
    ],
    arr_movements: [
      {
        movement_id: "m1",
        account_id: "X",
        date: "2022-01-01",
        type: "new",
        arr_change: 100,
        arr_after: 100,
        opportunity_id: null,
        rep_id: null,
      },
      {
        movement_id: "m2",
        account_id: "X",
        date: "2023-03-05",
        type: "expansion",
        arr_change: 50,
        arr_after: 150,
        opportunity_id: null,
        rep_id: null,
      },
      {
        movement_id: "m3",
        account_id: "Y",
        date: "2021-06-01",
        type: "new",
        arr_change: 300,
        arr_after: 300,
        opportunity_id: null,
        rep_id: null,
      },
      {
        movement_id: "m4",
        account_id: "Y",
        date: "2023-03-20",
        type: "contraction",
        arr_change: -100,
        arr_after: 200,
        opportunity_id: null,
        rep_id: null,
      },
    ],
    usage: [
      { account_id: "Y", month: "2023-02", active_users: 3, usage_depth: 0.1, events: 10 },
      { account_id: "Y", month: "2023-03", active_users: 5, usage_depth: 0.35, events: 20 },
      { account_id: "X", month: "2023-03", active_users: 5, usage_depth: 0.45, events: 20 },
    ],
    surveys: [10, 9, 8, 6, 3].map((score, i) => ({
      response_id: `s${i}`,
      account_id: i < 3 ? "X" : "Y",
      date: "2023-03-15",
      kind: "nps" as const,
      score,
      rep_id: null,
    })),
    assignments: [
      { account_id: "X", rep_id: "C1", role: "CSM", start_date: "2022-01-01", end_date: null },
      { account_id: "Y", rep_id: "C1", role: "CSM", start_date: "2022-01-01", end_date: null },
    ],
  };
  const [ae, csm] = toLedgers(tables, { from: "2023-03-01", to: "2023-03-31" });

  it("gives the AE the activation milestone of the account sold, once", () => {
    expect(ae!.events).toEqual([
      {
        id: "activation-Y",
        date: "2023-03-31",
        type: "milestone",
        account: "Y",
        deal: "O1",
        arr: 0,
        tcv: 0,
        termMonths: 0,
        discount: 0,
        milestone: "activation",
      },
    ]);
  });

  it("hand-computed March observations of the CSM", () => {
    const value = (metric: string) => csm!.observations.find((o) => o.metric === metric)!.value;
    // 12 months earlier (2022-03-31): X 100, Y 300 → base 400; now X 150, Y 200.
    expect(value("nrr")).toBeCloseTo(350 / 400, 12); // 0.875
    expect(value("grr")).toBeCloseTo((100 + 200) / 400, 12); // min(150,100) + min(200,300) = 300
    expect(value("logoRetention")).toBe(1);
    expect(value("usageDepth")).toBeCloseTo((0.35 + 0.45) / 2, 12);
    // scores 10, 9, 8, 6, 3: promoters 2, detractors 2 → NPS 0
    expect(value("nps")).toBe(0);
    expect(csm!.events.map((e) => [e.type, e.arr])).toEqual([
      ["expansion", 50],
      ["contraction", 100],
      ["milestone", 0],
      ["milestone", 0],
    ]);
  });
});
