/**
 * Ledger files refuse what cannot be paid exactly or makes no sense — amounts beyond 10^12 or
 * below a cent, a deal credited twice to one rep, a termination before the hire — at the value's
 * file:line:col; and `planbench explain` reports a total beyond exact cents as an input problem
 * (exit 1), never a stack trace, ∞, NaN or null.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem, InputError } from "../../sim/errors.js";
import { loadLedgerFile } from "../../sim/plan/ledgerFile.js";
import { runCli } from "../helpers/cli.js";

const dir = join(process.cwd(), "test", ".tmp", "plan-ledger-checks");
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function problemsOf(path: string): string[] {
  try {
    loadLedgerFile(path);
  } catch (error) {
    if (error instanceof InputError)
      return error.problems.map((p) => formatProblem({ ...p, file: "" }).slice(1));
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("ledger file checks", () => {
  it("amounts beyond 10^12 or in fractions of a cent are refused", () => {
    const path = write(
      "amounts.yaml",
      [
        "events:",
        "  - {rep: r1, date: 2025-01-05, type: booking, account: a, arr: 1.7e308}",
        "  - {rep: r1, date: 2025-01-06, type: booking, account: b, arr: 100.005}",
        "  - {rep: r1, date: 2025-01-07, type: booking, account: c, arr: 100, tcv: 1e13}",
      ].join("\n"),
    );
    expect(problemsOf(path)).toEqual([
      "2:65: arr: '1.7e+308' is too large: amounts are at most 1,000,000,000,000 (larger cannot be paid exactly)",
      "3:65: arr: '100.005' is not in whole cents: expected at most 2 decimals",
      "4:75: tcv: '10000000000000' is too large: amounts are at most 1,000,000,000,000 (larger cannot be paid exactly)",
    ]);
  });

  it("a deal credited twice to the same rep is refused; a split between reps is not", () => {
    const path = write(
      "dupes.yaml",
      [
        "events:",
        "  - {rep: r1, date: 2025-01-05, type: booking, account: a, deal: d1, arr: 100}",
        "  - {rep: r1, date: 2025-02-05, type: booking, account: a, deal: d1, arr: 100}",
        "  - {rep: r2, date: 2025-01-05, type: booking, account: a, deal: d1, arr: 100}",
        "  - {rep: r1, date: 2025-03-05, type: churn, account: a, deal: d1, arr: 100}",
      ].join("\n"),
    );
    expect(problemsOf(path)).toEqual([
      "3:66: deal: deal 'd1' is credited to rep 'r1' twice (also at line 2) (give each booking, expansion and renewal its own deal id)",
    ]);
  });

  it("a termination before the hire date, or a plan end before its start, is refused", () => {
    const path = write(
      "dates.yaml",
      [
        "reps:",
        "  - {id: r1, hireDate: 2025-03-01, terminationDate: 2025-02-01}",
        "  - {id: r2, planStart: 2025-06-01, planEnd: 2025-05-31}",
      ].join("\n"),
    );
    expect(problemsOf(path)).toEqual([
      "2:53: terminationDate: termination 2025-02-01 is before the hire date 2025-03-01",
      "3:46: planEnd: planEnd 2025-05-31 is before planStart 2025-06-01",
    ]);
  });
});

describe("event attributes in ledger files", () => {
  it("reads product, deal type, region, segment, territory, tags and units from YAML and CSV", () => {
    const yaml = write(
      "attrs.yaml",
      [
        "events:",
        "  - {rep: r1, date: 2025-01-05, type: booking, account: a, arr: 100, product: GTX Pro, dealType: crossSell,",
        "     region: east, segment: MM, territory: t-7, tags: [strategic, q1], units: 12}",
        "  - {rep: r1, date: 2025-01-06, type: booking, account: b, arr: 100, dealType: upsell, units: 1.5}",
      ].join("\n"),
    );
    expect(problemsOf(yaml)).toEqual([
      "4:80: dealType: 'upsell' is not valid: expected one of newLogo, expansion, renewal, crossSell",
      "4:95: units: '1.5' is not valid: expected a whole number of units",
    ]);
    write("attrs.yaml", readFileSync(yaml, "utf8").split("\n").slice(0, 3).join("\n"));
    expect(loadLedgerFile(yaml).ledgers[0]!.events[0]).toMatchObject({
      product: "GTX Pro",
      dealType: "crossSell",
      region: "east",
      segment: "MM",
      territory: "t-7",
      tags: ["strategic", "q1"],
      units: 12,
    });
    const csv = write(
      "attrs.csv",
      "rep,date,type,account,arr,product,tags\nr1,2025-01-05,booking,a,100,MG Advanced,strategic; q1\n",
    );
    const e = loadLedgerFile(csv).ledgers[0]!.events[0]!;
    expect(e).toMatchObject({ product: "MG Advanced", tags: ["strategic", "q1"] });
    expect(e.dealType).toBeUndefined(); // a booking's deal type defaults to newLogo when read
  });
});

describe("assignment histories in ledger files", () => {
  it("reads assignments (YAML and CSV), fills territories and warns about events outside them", () => {
    const path = write(
      "assign.yaml",
      [
        "reps: [{id: r1}]",
        "assignments:",
        "  - {rep: r1, from: 2025-01-01, to: 2025-05-31, plan: ae-mid, targetVariable: 20000, quotas: {newArr: 800_000}, territory: east}",
        "  - {rep: r1, from: 2025-06-01, plan: ae-senior, targetVariable: 24000, territory: west}",
        "events:",
        "  - {id: a, rep: r1, date: 2024-12-20, type: booking, account: x, arr: 100}",
        "  - {id: b, rep: r1, date: 2025-03-01, type: booking, account: y, arr: 100}",
        "  - {id: c, rep: r1, date: 2025-07-01, type: booking, account: z, arr: 100, territory: north}",
      ].join("\n"),
    );
    const file = loadLedgerFile(path);
    const l = file.ledgers[0]!;
    expect(l.assignments).toEqual([
      {
        from: "2025-01-01",
        to: "2025-05-31",
        plan: "ae-mid",
        targetVariable: 20_000,
        quotas: { newArr: 800_000 },
        territory: "east",
      },
      {
        from: "2025-06-01",
        to: null,
        plan: "ae-senior",
        targetVariable: 24_000,
        quotas: {},
        territory: "west",
      },
    ]);
    expect(l.events.map((e) => e.territory)).toEqual([undefined, "east", "north"]);
    expect(file.warnings.map((w) => w.message)).toEqual([
      "rep 'r1': booking a on 2024-12-20 falls outside every assignment: it earns nothing",
    ]);
    const dir2 = join(dir, "assign-csv");
    mkdirSync(dir2, { recursive: true });
    writeFileSync(join(dir2, "events.csv"), "rep,date,type,account,arr\nr1,2025-03-01,booking,a,100\n");
    writeFileSync(
      join(dir2, "assignments.csv"),
      "rep,from,to,targetVariable,quota.newArr\nr1,2025-01-01,,20000,800000\n",
    );
    expect(loadLedgerFile(dir2).ledgers[0]!.assignments).toEqual([
      {
        from: "2025-01-01",
        to: null,
        plan: null,
        targetVariable: 20_000,
        quotas: { newArr: 800_000 },
        territory: "",
      },
    ]);
  });

  it("refuses overlapping assignments, an end before the start and unknown reps", () => {
    const path = write(
      "assign-bad.yaml",
      [
        "reps: [{id: r1}]",
        "assignments:",
        "  - {rep: r1, from: 2025-01-01, to: 2025-06-30}",
        "  - {rep: r1, from: 2025-06-01, to: 2025-05-01}",
        "  - {rep: r9, from: 2025-01-01}",
      ].join("\n"),
    );
    expect(problemsOf(path)).toEqual([
      "4:37: to: the assignment ends (2025-05-01) before it starts (2025-06-01)",
      "5:11: rep: unknown rep 'r9' (did you mean 'r1'?)",
      "4:21: from: rep 'r1': this assignment starts 2025-06-01, inside the one from 2025-01-01 (line 3), which ends 2025-06-30 (end the earlier assignment the day before (to:))",
    ]);
  });
});

describe("planbench explain on amounts beyond exact cents", () => {
  it("exits 1 naming the rep and the limit; no ∞, NaN or null is printed", async () => {
    const plan = write(
      "huge-plan.yaml",
      [
        "role: AE",
        "payMix: {baseSalary: 100k, targetVariable: 100k}",
        "components:",
        "  - {id: c, kind: commission, metric: newArr, rate: 1000}",
      ].join("\n"),
    );
    const ledger = write(
      "huge-ledger.yaml",
      [
        "events:",
        "  - {rep: r1, date: 2025-01-05, type: booking, account: a, arr: 1000000000000}",
        "  - {rep: r1, date: 2025-01-06, type: booking, account: b, arr: 1000000000000}",
      ].join("\n"),
    );
    for (const json of [[], ["--json"]]) {
      const result = await runCli(["explain", "--plan", plan, "--ledger", ledger, "--rep", "r1", ...json]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("rep r1: the tier line of c cannot be represented exactly in cents");
      expect(result.stderr).not.toMatch(/∞|NaN|null|\n\s+at /);
    }
  });
});
