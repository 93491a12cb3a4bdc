import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../sim/cli/main.js";
import { evaluate } from "../../sim/plan/evaluate.js";
import { formatStatement } from "../../sim/plan/explain.js";
import type { Statement } from "../../sim/plan/statement.js";
import { booking, FY2025, ledger, plan } from "./fixtures.js";

/** Run the CLI in-process, capturing stdout and stderr. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

const PLAN = "scenarios/plans/ae-outcome.yaml";
const LEDGER = "scenarios/ledgers/ae-sample.yaml";

afterEach(() => vi.restoreAllMocks());

describe("explain formatting", () => {
  it("prints a table of lines with currency amounts and the total", () => {
    const [q1] = evaluate(plan(), ledger([booking("2025-01-15", 123_456.78)]), FY2025);
    const text = formatStatement(q1!);
    expect(text).toContain("FY2025-Q1 (2025-01-01 – 2025-03-31)  rep r1  plan test-plan");
    expect(text).toContain("Attainment: newArr 41.15%");
    expect(text).toMatch(/newArr\s+Tier 1 \(0%\+\): \$123,456\.78 × 10% = \$12,345\.68\s+\$12,345\.68/);
    expect(text).toMatch(/Total\s+\$12,345\.68$/m);
  });
});

describe("planbench explain", () => {
  it("prints a rep's statements for the ledger's fiscal year", async () => {
    const { code, out } = await run(["explain", "--plan", PLAN, "--ledger", LEDGER, "--rep", "ae-ada"]);
    expect(code).toBe(0);
    for (const q of ["FY2025-Q1", "FY2025-Q2", "FY2025-Q3", "FY2025-Q4"]) expect(out).toContain(q);
    expect(out).toContain("Clawback on deal globex-1: account churned 136 days after booking");
    expect(out).toMatch(/Total FY2025-Q1 … FY2025-Q4: \$[\d,]+\.\d\d/);
  });
  it("prints one period as JSON whose lines add up", async () => {
    const { code, out } = await run([
      "explain",
      "--plan",
      PLAN,
      "--ledger",
      LEDGER,
      "--rep",
      "ae-ada",
      "--period",
      "FY2025-Q2",
      "--json",
    ]);
    expect(code).toBe(0);
    const statements = JSON.parse(out) as Statement[];
    expect(statements).toHaveLength(1);
    const [s] = statements;
    expect(s!.period.id).toBe("FY2025-Q2");
    expect(s!.lines.reduce((a, l) => a + l.amountCents, 0)).toBe(s!.totalCents);
    // hand-computed: globex-1 earned 90,000 × 10% × 0.8 discount × 1.05 NPS = 7,560; churn on day 136 of 180
    //   → 7,560 × 44/180 = 1,848.00 recovered
    expect(s!.lines.find((l) => l.kind === "clawback")!.amountCents).toBe(-184_800);
  });
  it("reports an unknown rep, period or bad date as an input problem (exit 1)", async () => {
    const rep = await run(["explain", "--plan", PLAN, "--ledger", LEDGER, "--rep", "ae-adda"]);
    expect(rep.code).toBe(1);
    expect(rep.err).toContain("--rep: no rep 'ae-adda'");
    expect(rep.err).toContain("did you mean 'ae-ada'?");
    const period = await run([
      "explain",
      "--plan",
      PLAN,
      "--ledger",
      LEDGER,
      "--rep",
      "ae-ada",
      "--period",
      "FY2025-Q5",
    ]);
    expect(period.code).toBe(1);
    expect(period.err).toContain("no period 'FY2025-Q5'");
    const date = await run([
      "explain",
      "--plan",
      PLAN,
      "--ledger",
      LEDGER,
      "--rep",
      "ae-ada",
      "--from",
      "2025-02-31",
    ]);
    expect(date.code).toBe(1);
    expect(date.err).toContain("--from: '2025-02-31' is not a valid date");
  });
});
