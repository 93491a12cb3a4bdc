import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../sim/errors.js";
import { loadLedgerFile } from "../../sim/plan/ledgerFile.js";

const dir = join(process.cwd(), "test", ".tmp", "plan-ledgers");
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
  return path;
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError)
      return error.problems.map((p) => `${p.line}:${p.path}: ${p.message}${p.hint ? ` (${p.hint})` : ""}`);
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("ledger files", () => {
  it("loads the shipped sample ledger", () => {
    const file = loadLedgerFile("scenarios/ledgers/ae-sample.yaml");
    expect(file.reps.map((r) => r.id)).toEqual(["ae-ada", "ae-ben"]);
    const ada = file.ledgers[0]!;
    expect(ada.events.map((e) => e.date)).toEqual([...ada.events.map((e) => e.date)].sort());
    expect(ada.events.find((e) => e.id === "ada-2")).toMatchObject({
      discount: 0.2,
      termMonths: 24,
      tcv: 180_000,
    });
    expect(ada.observations.filter((o) => o.metric === "nps")).toHaveLength(4);
  });
  it("reports bad YAML rows with line, field and what was expected", () => {
    const path = write(
      "bad.yaml",
      [
        "reps:",
        "  - {id: r1, hireDate: 2025-02-30}",
        "events:",
        "  - {rep: r1, date: 2025-01-05, type: boking, account: a, arr: 10}",
        "  - {rep: r2, date: 2025-01-06, type: booking, account: a, arr: -5}",
        "  - {rep: r1, date: 2025-01-07, type: milestone, account: a, amount: 3}",
      ].join("\n"),
    );
    expect(problemsOf(() => loadLedgerFile(path))).toEqual([
      "2:hireDate: '2025-02-30' is not a valid date: expected YYYY-MM-DD",
      "4:type: 'boking' is not valid: expected one of booking, expansion, renewal, contraction, churn, milestone, collection (did you mean 'booking'?)",
      "5:arr: '-5' is not valid: expected a number ≥ 0",
      "5:rep: unknown rep 'r2' (did you mean 'r1'?)",
      "6:amount: unknown field 'amount' (did you mean 'account'?)",
      "6:milestone: missing milestone: expected a milestone name such as activation",
    ]);
  });
  it("loads CSV events with reps.csv and observations.csv beside them", () => {
    const events = write(
      "csv/events.csv",
      "rep,date,type,account,deal,arr,tcv,termMonths,discount,milestone\nr1,2025-01-05,booking,a,d1,50000,,24,10%,\nr1,2025-02-05,milestone,a,d1,,,,,activation\n",
    );
    write("csv/reps.csv", "id,name,role,team,hireDate\nr1,Rep One,AE,east,2024-05-01\n");
    write("csv/observations.csv", "team,metric,scope,date,value\neast,nps,team,2025-03-31,-12\n");
    const file = loadLedgerFile(events);
    expect(file.reps[0]).toMatchObject({ id: "r1", team: "east", hireDate: "2024-05-01" });
    expect(file.ledgers[0]!.events[0]).toMatchObject({
      deal: "d1",
      arr: 50_000,
      tcv: 100_000,
      discount: 0.1,
    });
    expect(file.ledgers[0]!.observations).toEqual([
      { metric: "nps", scope: "team", date: "2025-03-31", value: -12 },
    ]);
    expect(loadLedgerFile(join(dir, "csv")).ledgers[0]!.events).toHaveLength(2); // a directory works too
  });
  it("infers reps from CSV events when there is no reps.csv", () => {
    const path = write("solo/ev.csv", "rep,date,type,account,arr\nr9,2025-01-05,booking,a,1000\n");
    const file = loadLedgerFile(path, { defaultRole: "CSM" });
    expect(file.reps[0]).toMatchObject({ id: "r9", role: "CSM", hireDate: "1900-01-01" });
  });
  it("reports bad CSV rows and missing columns with file and line", () => {
    const bad = write(
      "badcsv/events.csv",
      "rep,date,type,account,arr\nr1,2025-01-05,booking,a,1000\nr1,2025-13-01,booking,a,x\n",
    );
    expect(problemsOf(() => loadLedgerFile(bad))).toEqual([
      "3:arr: 'x' is not valid: expected a number ≥ 0",
      "3:date: '2025-13-01' is not a valid date: expected YYYY-MM-DD",
    ]);
    const missing = write("nocol/events.csv", "rep,day,type,account\n");
    expect(problemsOf(() => loadLedgerFile(missing))).toEqual([
      "1:date: missing column 'date' (did you mean 'day'?)",
    ]);
  });
});
