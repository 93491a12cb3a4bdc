/**
 * Per-rep, per-year quotas in ledger files (`quotas:` in YAML, quotas.csv beside CSV events),
 * read into Ledger.quotas for `planbench explain` and backtests. Oracle: the format in
 * sim/plan/README.md and hand-computed pay (YTD accelerators 11.1% / 16.7%).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../sim/errors.js";
import { evaluate } from "../../sim/plan/evaluate.js";
import { loadLedgerFile } from "../../sim/plan/ledgerFile.js";
import { commission, plan, quota } from "./fixtures.js";

const dir = join(process.cwd(), "test", ".tmp", "plan-ledger-quotas");
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
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

const YAML = [
  "reps:",
  "  - {id: r1}",
  "  - {id: r2}",
  "events:",
  "  - {rep: r1, date: 2026-02-01, type: booking, account: a, arr: 1000000}",
  "  - {rep: r2, date: 2026-02-01, type: booking, account: b, arr: 1000000}",
  "quotas:",
  "  - {rep: r1, metric: newArr, fiscalYear: 2026, annual: 1_000_000}",
  "",
].join("\n");

describe("ledger file quotas", () => {
  it("YAML: a rep's quotas land on its ledger only; others are unchanged", () => {
    const file = loadLedgerFile(write("q.yaml", YAML));
    expect(file.ledgers[0]!.quotas).toEqual([{ metric: "newArr", fiscalYear: 2026, annual: 1_000_000 }]);
    expect("quotas" in file.ledgers[1]!).toBe(false);
  });
  it("the evaluator pays each rep against its own quota", () => {
    const p = plan({
      quotas: [quota({ annual: 900_000 })],
      components: [
        commission({
          basis: "ytd",
          tiers: [
            { from: 0, to: 1, rate: 1 / 9 },
            { from: 1, to: null, rate: 1.5 / 9 },
          ],
        }),
      ],
    });
    const [r1, r2] = loadLedgerFile(write("q2.yaml", YAML)).ledgers;
    const range = { start: "2026-01-01", end: "2026-12-31" };
    const year = (l: typeof r1) => evaluate(p, l!, range).reduce((a, s) => a + s.totalCents, 0) / 100;
    // r1, quota 1,000,000: Q1 YTD quota 250,000 → 250k × 1/9 + 750k × 1.5/9 = 27,777.78 + 125,000
    // = 152,777.78 in Q1; Q2–Q4 the YTD quota grows to 1,000,000 → YTD 1,000,000 × 1/9 = 111,111.11
    // < paid: nothing more (netting never claws back). Year: 152,777.78
    expect(year(r1)).toBeCloseTo(152_777.78, 2);
    // r2, the plan's 900,000: Q1 225k × 1/9 + 775k × 1.5/9 = 25,000 + 129,166.67 = 154,166.67
    expect(year(r2)).toBeCloseTo(154_166.67, 2);
  });
  it("CSV: quotas.csv beside the events", () => {
    const sub = join(dir, "csv");
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, "events.csv"), "rep,date,type,account,arr\nr1,2026-02-01,booking,a,100\n");
    writeFileSync(
      join(sub, "quotas.csv"),
      "rep,metric,fiscalYear,annual\nr1,newArr,2026,500000\nr1,tcv,2027,1\n",
    );
    const [l] = loadLedgerFile(sub).ledgers;
    expect(l!.quotas).toEqual([
      { metric: "newArr", fiscalYear: 2026, annual: 500_000 },
      { metric: "tcv", fiscalYear: 2027, annual: 1 },
    ]);
  });
  it("bad rows say what was expected", () => {
    const bad = YAML.replace(
      "  - {rep: r1, metric: newArr, fiscalYear: 2026, annual: 1_000_000}",
      [
        "  - {rep: r3, metric: newARR, fiscalYear: 26.5, annual: -1}",
        "  - {rep: r1, metric: newArr, fiscalYear: 2026, annual: 1, target: 2}",
        "  - {rep: r1, metric: newArr, fiscalYear: 2026, annual: 2}",
      ].join("\n"),
    );
    expect(problemsOf(() => loadLedgerFile(write("bad.yaml", bad)))).toEqual([
      "8:metric: 'newARR' is not valid: expected one of newArr, expansionArr, renewalArr, contractionArr, churnedArr, tcv, newLogos, netNewArr (did you mean 'newArr'?)",
      "8:fiscalYear: '26.5' is not valid: expected a fiscal year like 2025",
      "8:annual: '-1' is not valid: expected a number ≥ 0",
      "8:rep: unknown rep 'r3' (did you mean 'r1'?)",
      "9:target: unknown field 'target'",
      "10:fiscalYear: a second newArr quota for rep 'r1' in FY2026",
    ]);
  });
  it("an unknown section names the nearest", () => {
    expect(problemsOf(() => loadLedgerFile(write("sec.yaml", `${YAML}quota: []\n`)))).toEqual([
      "9:quota: unknown key 'quota' (did you mean 'quotas'?)",
    ]);
  });
});
