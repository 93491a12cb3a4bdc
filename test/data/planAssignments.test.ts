/**
 * The optional plan_assignments table (data/README.md): dated plan assignments per rep, checked
 * row by row (file:line:col and the rule broken: overlaps, an end before the start, an unknown
 * rep, a malformed quotas cell), mapped from a foreign export by a mapping file, written and read
 * back by import, and turned into Ledger.assignments by toLedgers. A dataset without the table
 * imports exactly as before (no file, no summary entry).
 */
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importDataset } from "../../sim/data/importDataset.js";
import { loadDataset } from "../../sim/data/load.js";
import { parseQuotas } from "../../sim/data/planAssignments.js";
import { toLedgers } from "../../sim/data/toLedgers.js";
import { formatProblem, InputError } from "../../sim/errors.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";
import { tempDir, writeText } from "./tmp.js";

const PROMOTION = join(PROJECT_ROOT, "test/backtest/fixtures/promotion/data");
const HEADER = "rep_id,start_date,end_date,plan_id,target_variable,quotas,territory";

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error("expected an InputError");
}

/** The promotion fixture's reps, accounts and deals with these plan_assignments rows. */
function dataset(name: string, rows: readonly string[] | null): string {
  const dir = tempDir(name);
  for (const f of ["reps.csv", "accounts.csv", "opportunities.csv"])
    copyFileSync(join(PROMOTION, f), join(dir, f));
  if (rows !== null) writeText(join(dir, "plan_assignments.csv"), `${[HEADER, ...rows].join("\n")}\n`);
  return dir;
}

describe("plan_assignments rows", () => {
  it("bad rows are reported with file:line:col, the value and what was expected", () => {
    const dir = dataset("pa-bad", [
      "ae-ann,2025-01-01,2025-06-30,ae-mid,20000,newArr=1000000,east", // 2: fine
      "ae-ann,2025-06-01,,ae-senior,24000,,east", // 3: starts inside line 2
      "ae-ben,2025-07-01,2025-03-31,ae-mid,,,", // 4: ends before it starts
      "ae-bem,2025-01-01,,ae-mid,,,", // 5: unknown rep
      "ae-cy,2025-01-01,,ae-mid,,newArr:900000,", // 6: quotas not metric=amount
      "ae-cy,2026-01-01,,ae-mid,,newArr=1;newArr=2,", // 7: a metric twice
      "ae-cy,2027-01-01,,ae-mid,-5,,", // 8: negative target variable
      "ae-ben,2025-01-01,,ae-mid,,,", // 9: open-ended, fine (line 4 was rejected)
      "ae-ben,2024-01-01,2025-02-01,ae-mid,,,", // 10: overlaps line 9 from before it
    ]);
    expect(problemsOf(() => loadDataset(dir)).map((p) => p.replaceAll(`${dir}/`, ""))).toEqual([
      "plan_assignments.csv:4:3: end_date: value '2025-03-31' must not be before start_date (2025-07-01)",
      "plan_assignments.csv:6:6: quotas: value 'newArr:900000' must be metric=amount pairs joined by ';' (e.g. newArr=800000;expansionArr=200000)",
      "plan_assignments.csv:7:6: quotas: value 'newArr=1;newArr=2' newArr is given twice",
      "plan_assignments.csv:8:5: target_variable: value '-5' must be ≥ 0",
      "plan_assignments.csv:3:2: start_date: value '2025-06-01' starts an assignment of rep 'ae-ann' (to open end) that overlaps the one from 2025-01-01 (" +
        "plan_assignments.csv:2), which ends 2025-06-30: a rep's assignments must not overlap (end one the day before the next starts)",
      "plan_assignments.csv:5:1: rep_id: value 'ae-bem' is not in reps (did you mean 'ae-ben'?)",
      "plan_assignments.csv:10:2: start_date: value '2024-01-01' starts an assignment of rep 'ae-ben' (to 2025-02-01) that overlaps the one from 2025-01-01 (" +
        "plan_assignments.csv:9), which has no end: a rep's assignments must not overlap (end one the day before the next starts)",
    ]);
  });

  it("quarantine keeps the good rows and writes the bad ones with their reasons", () => {
    const dir = dataset("pa-quarantine", ["ae-ann,2025-01-01,,ae-mid,,,", "ae-ann,2025-06-01,,ae-mid,,,"]);
    const out = tempDir("pa-quarantine-out");
    const { loaded } = importDataset(dir, { out, onBadRows: "quarantine" });
    expect(loaded.summary.tables.find((t) => t.table === "plan_assignments")).toMatchObject({
      rowsRead: 2,
      rows: 1,
      quarantined: 1,
    });
    const quarantined = readFileSync(
      join(out, "quarantine", "plan_assignments.plan_assignments.csv"),
      "utf8",
    );
    expect(quarantined).toContain("overlaps the one from 2025-01-01");
  });

  it("parses the quotas cell", () => {
    expect(parseQuotas("newArr=800000; expansionArr=200000.5;")).toEqual({
      ok: true,
      quotas: { newArr: 800_000, expansionArr: 200_000.5 },
    });
    expect(parseQuotas(null)).toEqual({ ok: true, quotas: {} });
    expect(parseQuotas("newArr=1.001")).toMatchObject({ ok: false });
    expect(parseQuotas("newArr=2000000000000")).toMatchObject({ ok: false });
  });
});

describe("plan_assignments become Ledger.assignments", () => {
  it("sorted by start, an empty plan_id = the role's plan, events take the territory in force", () => {
    const dir = dataset("pa-ledgers", [
      "ae-ben,2025-07-01,,ae-senior,30000,newArr=1500000,west-ent",
      "ae-ben,2025-01-01,2025-06-30,,20000,,west-mm",
    ]);
    const ledgers = toLedgers(loadDataset(dir).tables, { from: "2025-01-01", to: "2025-12-31" });
    const ben = ledgers.find((l) => l.rep.id === "ae-ben")!;
    expect(ben.assignments).toEqual([
      {
        from: "2025-01-01",
        to: "2025-06-30",
        plan: null,
        targetVariable: 20_000,
        quotas: {},
        territory: "west-mm",
      },
      {
        from: "2025-07-01",
        to: null,
        plan: "ae-senior",
        targetVariable: 30_000,
        quotas: { newArr: 1_500_000 },
        territory: "west-ent",
      },
    ]);
    expect(ben.events.map((e) => [e.id, e.territory])).toEqual([
      ["o2", "west-mm"],
      ["o3", "west-ent"],
    ]);
    // reps without rows: no assignments key at all (their ledgers are as before the table existed)
    expect("assignments" in ledgers.find((l) => l.rep.id === "ae-cy")!).toBe(false);
  });
});

describe("import with and without plan_assignments", () => {
  it("writes the table (CSV and Arrow) when it has rows and reads it back the same", () => {
    const out = tempDir("pa-import");
    importDataset(PROMOTION, { out, format: "both" });
    expect(readFileSync(join(out, "plan_assignments.csv"), "utf8")).toBe(
      readFileSync(join(PROMOTION, "plan_assignments.csv"), "utf8"),
    );
    const arrow = loadDataset(out, { prefer: "arrow" }).tables.plan_assignments;
    const csv = loadDataset(PROMOTION).tables.plan_assignments;
    expect([...arrow]).toEqual([...csv]);
  });

  it("a dataset without it: no file written, no summary entry, no note", () => {
    const dir = dataset("pa-absent", null);
    const out = tempDir("pa-absent-out");
    const { loaded } = importDataset(dir, { out, format: "both" });
    expect(existsSync(join(out, "plan_assignments.csv"))).toBe(false);
    expect(existsSync(join(out, "plan_assignments.arrow"))).toBe(false);
    expect(loaded.summary.tables.map((t) => t.table)).toEqual([
      "reps",
      "accounts",
      "opportunities",
      "arr_movements",
      "usage",
      "surveys",
      "assignments",
    ]);
  });

  it("an empty table that is given is listed (0 rows)", () => {
    const dir = dataset("pa-empty", []);
    const summary = loadDataset(dir).summary;
    expect(summary.tables.at(-1)).toMatchObject({ table: "plan_assignments", rows: 0, notes: {} });
  });
});

describe("a mapping file maps a foreign compensation history onto plan_assignments", () => {
  function mapping(rows: readonly string[]): string {
    const dir = tempDir(`pa-mapping-${rows.length}`);
    writeText(join(dir, "export", "people.csv"), "Employee,Office\nann,East\nben,West\n");
    writeText(
      join(dir, "export", "comp_history.csv"),
      `Employee,Effective,Until,Comp Plan,TV,Quota,Territory\n${rows.join("\n")}\n`,
    );
    return writeText(
      join(dir, "comp.yaml"),
      [
        "version: 1",
        "name: comp-history",
        "datasets: ./export",
        "sources: { people: people.csv, comp: comp_history.csv }",
        "tables:",
        "  reps:",
        "    from: people",
        "    columns:",
        "      rep_id: Employee",
        "      name: Employee",
        "      role: { value: AE }",
        "      team: Office",
        "      region: Office",
        "      segment: { value: MM }",
        '      hire_date: { value: "2024-01-01" }',
        "  plan_assignments:",
        "    from: comp",
        "    columns:",
        "      rep_id: Employee",
        "      start_date: { column: Effective, format: M/D/YYYY }",
        "      end_date: { column: Until, format: M/D/YYYY }",
        "      plan_id: { column: Comp Plan, map: { AE Mid: ae-mid, AE Senior: ae-senior }, unmapped: error }",
        "      target_variable: TV",
        "      quotas: { expr: \"isBlank(Quota) ? null : concat('newArr=', Quota)\" }",
        "      territory: Territory",
        "",
      ].join("\n"),
    );
  }

  it("maps dates, plan names and a quota column (expr) onto the canonical columns", () => {
    const file = mapping([
      "ann,1/1/2025,5/31/2025,AE Mid,20000,1000000,east",
      "ann,6/1/2025,,AE Mid,24000,1200000,east",
    ]);
    const loaded = loadDataset(file);
    expect([...loaded.tables.plan_assignments]).toEqual([
      {
        rep_id: "ann",
        start_date: "2025-01-01",
        end_date: "2025-05-31",
        plan_id: "ae-mid",
        target_variable: 20_000,
        quotas: "newArr=1000000",
        territory: "east",
      },
      {
        rep_id: "ann",
        start_date: "2025-06-01",
        end_date: null,
        plan_id: "ae-mid",
        target_variable: 24_000,
        quotas: "newArr=1200000",
        territory: "east",
      },
    ]);
  });

  it("reports the export's bad rows at its file:line (overlap, unknown plan name, unknown rep)", () => {
    const file = mapping([
      "ann,1/1/2025,,AE Mid,20000,,east",
      "ann,6/1/2025,,AE Mid,24000,,east",
      "ben,1/1/2025,,AE Principal,24000,,west",
      "bob,1/1/2025,,AE Mid,24000,,west",
    ]);
    const problems = problemsOf(() => loadDataset(file)).map((p) => p.replace(/^.*export\//, ""));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe(
      "comp_history.csv:4:4: Comp Plan: value 'AE Principal' is not in the value map (values: AE Mid, AE Senior)",
    );
    expect(problems[1]).toMatch(
      /^comp_history\.csv:3(:\d+)?: start_date: value '2025-06-01' starts an assignment of rep 'ann' .* overlaps the one from 2025-01-01 \(.*comp_history\.csv:2\), which has no end/,
    );
    expect(problems[2]).toMatch(
      /^comp_history\.csv:5(:\d+)?: rep_id: value 'bob' is not in reps \(did you mean/,
    );
  });
});
