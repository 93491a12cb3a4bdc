import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { readTableCsv } from "../../sim/data/csv.js";
import { importDataset } from "../../sim/data/importDataset.js";
import { loadDataset } from "../../sim/data/load.js";
import { loadMapping } from "../../sim/data/mapping/load.js";
import { formatProblem, InputError } from "../../sim/errors.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";
import { tempDir, writeText } from "./tmp.js";

const FIXTURES = join(PROJECT_ROOT, "test/data/fixtures");
const BAD_DIR = join(FIXTURES, "bad-canonical");
const MINI = join(FIXTURES, "mini-crm.yaml");

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error("expected an InputError");
}

const rel = (s: string) => s.replaceAll(`${BAD_DIR}/`, "");

describe("bad rows in canonical tables", () => {
  it("fail: lists every problem with file, line, column, value and rule", () => {
    expect(problemsOf(() => loadDataset(BAD_DIR)).map(rel)).toEqual([
      "reps.csv:3:3: role: value 'XX' must be one of AE, AM, CSM, SDR",
      "reps.csv:4:7: hire_date: value '2022-13-01' must be a date in format YYYY-MM-DD",
      "reps.csv:5:1: rep_id: value 'R1' duplicate key for reps (first at reps.csv:2)",
      "accounts.csv:6:6: created_date: value '01/02/2022' must be a date in format YYYY-MM-DD",
      "opportunities.csv:8: row has 10 fields, the header has 11",
      "opportunities.csv:3:5: closed_date: value '' is required when stage is won",
      "opportunities.csv:5:7: amount: value '-5' must be ≥ 0",
      "opportunities.csv:6:7: amount: value 'abc' must be a number",
      "opportunities.csv:7:9: discount: value '1.5' must be ≤ 1",
      "opportunities.csv:9:5: closed_date: value '2022-03-01' must not be before created_date (2022-04-01)",
      "opportunities.csv:4:2: account_id: value 'A9' is not in accounts (did you mean 'A1'?)",
      "opportunities.csv:10:3: owner_rep_id: value 'R2' is not in reps (did you mean 'R1'?)",
    ]);
  });

  it("caps a long problem list and says how many more", () => {
    const dir = tempDir("cap");
    const rows = Array.from({ length: 80 }, (_, i) => `R${i},N,BAD,T,NA,SMB,2022-01-01,,`);
    writeText(
      join(dir, "reps.csv"),
      `rep_id,name,role,team,region,segment,hire_date,termination_date,manager_id\n${rows.join("\n")}\n`,
    );
    const problems = problemsOf(() => loadDataset(dir));
    expect(problems).toHaveLength(51);
    expect(problems[50]).toMatch(/… and 30 more problems/);
  });

  it("quarantine: writes every bad row with its reason and keeps the good ones", () => {
    const out = tempDir("quarantine");
    const { loaded } = importDataset(BAD_DIR, { out, onBadRows: "quarantine" });
    expect(readTableCsv("reps", join(out, "reps.csv")).rows.map((r) => r.rep_id)).toEqual(["R1"]);
    expect(
      readTableCsv("opportunities", join(out, "opportunities.csv")).rows.map((o) => o.opportunity_id),
    ).toEqual(["O1"]);
    const files = readdirSync(join(out, "quarantine")).sort();
    const rows = files.flatMap(
      (f) =>
        parse(readFileSync(join(out, "quarantine", f), "utf8"), { columns: true }) as Record<
          string,
          string
        >[],
    );
    expect(rows).toHaveLength(12);
    expect(rows.map((r) => Number(r.source_line)).sort((a, b) => a - b)).toEqual([
      3, 3, 4, 4, 5, 5, 6, 6, 7, 8, 9, 10,
    ]);
    expect(rows.every((r) => r.reason !== "")).toBe(true);
    const o5 = rows.find((r) => r.opportunity_id === "O5")!;
    expect(o5.reason).toBe("amount: value 'abc' must be a number");
    const summary = loaded.summary.tables.find((t) => t.table === "opportunities")!;
    expect(summary).toMatchObject({ rowsRead: 9, rows: 1, quarantined: 8 });
  });
});

describe("bad rows through a mapping file", () => {
  it("reports unmapped values, bad date formats, lookup misses and rule breaks at their source line", () => {
    expect(problemsOf(() => loadDataset(MINI))).toEqual([
      "pipeline.csv:3:3: Stage: value 'Pending' is not in the value map (values: Closed Won, Closed Lost, Open)",
      "pipeline.csv:4:5: Closed: value '2022-03-01' must be a date in format M/D/YYYY",
      "pipeline.csv:5:7: Product: value 'WidgetPro' not found in products.csv column 'Product' (did you mean 'Widget Pro'?)",
      "pipeline.csv:7: amount: value '-50' must be ≥ 0",
      "pipeline.csv:7: discount: value '1.1' must be ≤ 1",
    ]);
  });

  it("quarantine keeps good rows, counts skipped ones with their reason", () => {
    const out = tempDir("mini");
    const { loaded } = importDataset(MINI, { out, onBadRows: "quarantine", format: "both" });
    const opp = loaded.summary.tables.find((t) => t.table === "opportunities")!;
    expect(opp).toMatchObject({
      rowsRead: 6,
      rows: 1,
      quarantined: 4,
      skipped: { "open deal without an account": 1 },
    });
    expect(loadDataset(MINI, { onBadRows: "quarantine" }).tables.opportunities.at(0)).toMatchObject({
      opportunity_id: "D1",
      stage: "won",
      amount: 900,
      list_amount: 1000,
      discount: 0.1,
      created_date: "2022-01-05",
    });
    expect(readdirSync(join(out, "skipped"))).toEqual(["opportunities.pipeline.csv"]);
    expect(readTableCsv("opportunities", join(out, "opportunities.csv")).rows).toEqual([
      ...loadDataset(MINI, { onBadRows: "quarantine" }).tables.opportunities,
    ]);
    expect(readdirSync(out)).toContain("opportunities.arrow");
  });

  it("points mapping-file mistakes at file:line:col with a hint", () => {
    const dir = tempDir("badmap");
    const text = readFileSync(MINI, "utf8")
      .replace("    columns:\n      rep_id", "    colums:\n      rep_id")
      .replace("from: customers", "from: custmers");
    const file = writeText(join(dir, "bad.yaml"), text);
    const problems = problemsOf(() => loadMapping(file)).map((p) => p.replace(`${dir}/`, ""));
    expect(problems.some((p) => /^bad\.yaml:\d+:\d+: tables\.reps.*colums/.test(p))).toBe(true);
    const fixed = writeText(
      join(dir, "bad2.yaml"),
      readFileSync(MINI, "utf8").replace("from: customers", "from: custmers"),
    );
    expect(problemsOf(() => loadMapping(fixed)).map((p) => p.replace(`${dir}/`, ""))).toEqual([
      "bad2.yaml:22:11: tables.accounts.from: unknown source 'custmers' (did you mean 'customers'?)",
    ]);
  });

  it("names a source column that is not in the file", () => {
    const dir = tempDir("badcol");
    const file = writeText(
      join(dir, "m.yaml"),
      readFileSync(MINI, "utf8")
        .replace("datasets: ./mini-crm", `datasets: ${join(FIXTURES, "mini-crm")}`)
        .replace("team: Office", "team: Ofice"),
    );
    expect(problemsOf(() => loadDataset(file))[0]).toMatch(
      /reps\.csv:1: Ofice: column 'Ofice' named in .*m\.yaml is not in this file \(did you mean 'Office'\?\)/,
    );
  });
});

describe("encodings and sizes", () => {
  const header = "rep_id,name,role,team,region,segment,hire_date,termination_date,manager_id\n";
  it("refuses UTF-16 with a clear message", () => {
    const dir = tempDir("utf16");
    writeText(
      join(dir, "reps.csv"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header, "utf16le")]),
    );
    expect(problemsOf(() => loadDataset(dir))[0]).toMatch(
      /reps\.csv:1: file is encoded as UTF-16 LE .*save it as UTF-8/,
    );
  });
  it("refuses invalid UTF-8 (Latin-1) naming the line", () => {
    const dir = tempDir("latin1");
    writeText(
      join(dir, "reps.csv"),
      Buffer.concat([
        Buffer.from(`${header}R1,Ann,AE,T,NA,SMB,2022-01-01,,\nR2,Jos`),
        Buffer.from([0xe9]),
        Buffer.from(",AE,T,NA,SMB,2022-01-01,,\n"),
      ]),
    );
    expect(problemsOf(() => loadDataset(dir))[0]).toMatch(
      /reps\.csv:3: invalid UTF-8 at byte \d+ \(0xe9\).*Latin-1/,
    );
  });
  it("refuses files over the size limit before reading them", () => {
    const dir = tempDir("huge");
    writeText(join(dir, "reps.csv"), `${header}${"R1,Ann,AE,T,NA,SMB,2022-01-01,,\n".repeat(100)}`);
    expect(problemsOf(() => loadDataset(dir, { maxBytes: 1000 }))[0]).toMatch(
      /reps\.csv: file is 0\.0 MB, over the 0\.0 MB limit/,
    );
  });
});
