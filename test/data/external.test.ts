import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../sim/data/load.js";
import { formatProblem, InputError } from "../../sim/errors.js";
import { DATASETS_DIR, datasetFile, PROJECT_ROOT } from "../helpers/datasets.js";
import { tempDir, writeText } from "./tmp.js";

/** Independent oracle: rows of a simple CSV (no quoted fields in these files) split on commas. */
function plainRows(file: string): string[][] {
  const lines = readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((l) => l !== "");
  return lines.slice(1).map((l) => l.split(","));
}

const MAVEN = join(PROJECT_ROOT, "data/mappings/maven-crm.yaml");
const RAVEN = join(PROJECT_ROOT, "data/mappings/ravenstack.yaml");

describe("maven-crm import", () => {
  const loaded = loadDataset(MAVEN);
  const pipeline = plainRows(datasetFile("maven-crm/sales_pipeline.csv"));
  const summary = (t: string) => loaded.summary.tables.find((s) => s.table === t)!;

  it("maps every pipeline row: won and lost kept, open deals without account skipped and counted", () => {
    const won = pipeline.filter((r) => r[4] === "Won").length;
    const lost = pipeline.filter((r) => r[4] === "Lost").length;
    const openNoAccount = pipeline.filter(
      (r) => (r[4] === "Engaging" || r[4] === "Prospecting") && r[3] === "",
    ).length;
    expect(won).toBe(4238);
    expect(loaded.tables.opportunities.filter((o) => o.stage === "won")).toHaveLength(won);
    expect(loaded.tables.opportunities.filter((o) => o.stage === "lost")).toHaveLength(lost);
    expect(summary("opportunities")).toMatchObject({
      rowsRead: 8800,
      rows: 8800 - openNoAccount,
      quarantined: 0,
    });
    expect(summary("opportunities").skipped).toEqual({ "open deal without an account": openNoAccount });
    expect(loaded.problems).toHaveLength(0);
  });

  it("keeps open deals without close date or value as stage open", () => {
    const open = loaded.tables.opportunities.filter((o) => o.stage === "open");
    expect(open.length).toBe(
      pipeline.filter((r) => (r[4] === "Engaging" || r[4] === "Prospecting") && r[3] !== "").length,
    );
    expect(open.every((o) => o.closed_date === null && o.amount === null)).toBe(true);
  });

  it("books every won deal's close_value as new ARR, independent sum", () => {
    const total = pipeline.filter((r) => r[4] === "Won").reduce((s, r) => s + Number(r[7]), 0);
    const booked = loaded.tables.arr_movements.reduce((s, m) => s + m.arr_change, 0);
    expect(booked).toBe(total);
    expect(loaded.tables.arr_movements.every((m) => m.type === "new")).toBe(true);
  });

  it("reads reps, accounts (technolgy fixed) and prices every GTX Pro deal after the value map", () => {
    expect(loaded.tables.reps).toHaveLength(35);
    expect(loaded.tables.accounts).toHaveLength(85);
    expect(loaded.tables.accounts.some((a) => a.industry === "technolgy")).toBe(false);
    expect(loaded.tables.accounts.filter((a) => a.industry === "technology")).toHaveLength(12);
    const gtxPro = loaded.tables.opportunities.filter((o) => o.product === "GTX Pro" && o.stage === "won");
    expect(gtxPro.length).toBe(pipeline.filter((r) => r[2] === "GTXPro" && r[4] === "Won").length);
    expect(gtxPro.every((o) => o.list_amount === 4821)).toBe(true);
    expect(
      loaded.tables.opportunities.every((o) => o.discount === null || (o.discount >= 0 && o.discount <= 1)),
    ).toBe(true);
  });

  it("surfaces the GTXPro / GTX Pro mismatch as problems with file, line, column and value when the value map is removed", () => {
    const dir = tempDir("maven-nomap");
    const text = readFileSync(MAVEN, "utf8").replace(", map: { GTXPro: GTX Pro }", "");
    const mapping = writeText(join(dir, "maven-nomap.yaml"), text);
    let error: unknown;
    try {
      loadDataset(mapping, { datasetsDir: DATASETS_DIR });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const problems = (error as InputError).problems;
    const first = pipeline.findIndex((r) => r[2] === "GTXPro" && r[3] !== "") + 2; // +1 header, +1 one-based
    expect(formatProblem(problems[0]!)).toBe(
      `maven-crm/sales_pipeline.csv:${first}:3: product: value 'GTXPro' not found in maven-crm/products.csv column 'product' (did you mean 'GTX Pro'?)`,
    );
    expect(problems.at(-1)!.message).toMatch(/more problems/);
    const quarantined = loadDataset(mapping, { datasetsDir: DATASETS_DIR, onBadRows: "quarantine" });
    expect(quarantined.rejected).toHaveLength(
      pipeline.filter((r) => r[2] === "GTXPro" && r[3] !== "").length,
    );
  });
});

describe("ravenstack import", () => {
  const loaded = loadDataset(RAVEN);
  const summary = (t: string) => loaded.summary.tables.find((s) => s.table === t)!;
  const subs = plainRows(datasetFile("ravenstack/subscriptions.csv"));
  const tickets = plainRows(datasetFile("ravenstack/support_tickets.csv"));
  const churn = plainRows(datasetFile("ravenstack/churn_events.csv"));

  it("imports without bad rows and accounts for every source row", () => {
    expect(loaded.problems).toHaveLength(0);
    for (const t of loaded.summary.tables) {
      const skipped = Object.values(t.skipped).reduce((a, b) => a + b, 0);
      if (t.table === "usage") continue; // aggregated: checked below
      expect(t.rowsRead + t.generated, t.table).toBe(t.rows + t.quarantined + skipped);
    }
    expect(loaded.tables.accounts).toHaveLength(500);
  });

  it("counts (not drops) tickets without satisfaction score", () => {
    const empty = tickets.filter((r) => r[7] === "").length;
    expect(summary("surveys").skipped).toEqual({ "ticket without a satisfaction score": empty });
    expect(loaded.tables.surveys).toHaveLength(tickets.length - empty);
    expect(loaded.tables.surveys.every((s) => s.kind === "csat" && s.score >= 1 && s.score <= 5)).toBe(true);
  });

  it("derives one movement per paid subscription and per churn of an account with ARR", () => {
    const paid = subs.filter((r) => r[8] !== "TRUE" && r[7] !== "0").length;
    const mv = loaded.tables.arr_movements;
    expect(mv.filter((m) => m.type !== "churn")).toHaveLength(paid);
    const churnSkipped =
      summary("arr_movements").skipped["churn event for an account without active ARR"] ?? 0;
    expect(mv.filter((m) => m.type === "churn")).toHaveLength(churn.length - churnSkipped);
    // replacement model: per account (rows come in derivation order), the running sum of
    // changes equals arr_after after every movement
    const last = new Map<string, number>();
    const sum = new Map<string, number>();
    for (const m of mv) {
      last.set(m.account_id, m.arr_after);
      sum.set(m.account_id, (sum.get(m.account_id) ?? 0) + m.arr_change);
      expect(sum.get(m.account_id)).toBe(m.arr_after);
    }
    for (const [a, v] of last) expect(sum.get(a)).toBe(v);
  });

  it("aggregates feature usage per account × month, with every event counted", () => {
    const usageRows = plainRows(datasetFile("ravenstack/feature_usage.csv"));
    const total = usageRows.reduce((s, r) => s + Number(r[4]), 0);
    expect(loaded.tables.usage.reduce((s, u) => s + (u.events ?? 0), 0)).toBe(total);
    expect(summary("usage").rowsRead).toBe(25000);
  });

  it("assigns every account to a synthetic CSM of its region", () => {
    expect(loaded.tables.reps).toHaveLength(10);
    expect(loaded.tables.assignments).toHaveLength(500);
    const region = new Map(loaded.tables.reps.map((r) => [r.rep_id, r.region]));
    const accountRegion = new Map(loaded.tables.accounts.map((a) => [a.account_id, a.region]));
    expect(
      loaded.tables.assignments.every((a) => region.get(a.rep_id) === accountRegion.get(a.account_id)),
    ).toBe(true);
  });
});
