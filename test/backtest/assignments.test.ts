/**
 * Backtests honour the history's dated plan assignments (the plan_assignments table): each rep is
 * paid on every assignment's plan over its own days, quotas and targets prorated by days exactly as
 * `planbench explain` does. The fixture (test/backtest/fixtures/promotion/) is one year of three
 * AEs: Ann promoted on 1 June within the mid-level plan (target variable 20,000 → 24,000), Ben
 * moved from the mid-level plan to the senior plan on 1 July, Cy with no assignments. Every total
 * below is computed by hand. Without plan assignments the outputs are byte-identical to the
 * backtest before plan assignments existed (SHA-256 of the files main 484ff67 wrote).
 */
import { createHash } from "node:crypto";
import { copyFileSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backtestMarkdown } from "../../reports/markdown/backtest.js";
import { runBacktest } from "../../sim/backtest/runBacktest.js";
import { parseVariantSpec } from "../../sim/backtest/variant.js";
import { backtestSummary, writeBacktest } from "../../sim/backtest/writeBacktest.js";
import { loadDataset } from "../../sim/data/load.js";
import { toLedgers } from "../../sim/data/toLedgers.js";
import { InputError } from "../../sim/errors.js";
import { loadPlanFile } from "../../sim/language/loadPlan.js";
import { evaluateAssignments } from "../../sim/plan/assignments.js";
import { tempDir, writeText } from "../data/tmp.js";
import { runCli } from "../helpers/cli.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

const FIXTURE = "test/backtest/fixtures/promotion";
const at = (p: string) => join(PROJECT_ROOT, FIXTURE, p);
const MID = at("plans/ae-mid.yaml");
const SENIOR = at("plans/ae-senior.yaml");
const YEAR = { from: "2025-01-01", to: "2025-12-31" };

const paidOf = (result: ReturnType<typeof runBacktest>, variant: number, rep: string) =>
  result.variants[variant]!.replay.reps.find((r) => r.rep.id === rep)!.paidCents / 100;

describe("a backtest over a history with plan assignments (library)", () => {
  const result = runBacktest({
    variants: [`promo=${MID},${SENIOR}`, at("variant-same-plan.yaml")].map(parseVariantSpec),
    data: at("data"),
    ...YEAR,
  });

  it("a promotion within one plan: target 20,000 for 151 days and 24,000 for 214 days pays 22,345.21", () => {
    // Jan–May = 31 + 28 + 31 + 30 + 31 = 151 days, Jun–Dec = 214 days (365 in all).
    // (20,000 × 151 + 24,000 × 214) / 365 = (3,020,000 + 5,136,000) / 365 = 8,156,000 / 365
    // = 22,345.2054… → 22,345.21, rounded once (per segment: 8,273.97 + 14,071.23 = 22,345.20)
    expect(paidOf(result, 0, "ae-ann")).toBe(22_345.21);
    const [fy] = result.variants[0]!.replay.reps.find((r) => r.rep.id === "ae-ann")!.statements;
    expect(fy!.lines.map((l) => [l.component, l.amountCents])).toEqual([["target", 2_234_521]]);
    // the quota blends the same way: (1,000,000 × 151 + 1,200,000 × 214) / 365 = 1,117,260.2739… → 1,117,260.27
    expect(fy!.quota.newArr).toBe(1_117_260.27);
    expect(
      fy!.assignments!.map((a) => [a.plan, a.from, a.to, a.days, a.targetVariable, a.territory]),
    ).toEqual([
      ["ae-mid", "2025-01-01", "2025-05-31", 151, 20_000, "east-mm"],
      ["ae-mid", "2025-06-01", "2025-12-31", 214, 24_000, "east-ent"],
    ]);
  });

  it("a change of plan on 1 July: each plan pays on its own days and the statements merge", () => {
    // Jan–Jun = 181 days on ae-mid, Jul–Dec = 184 days on ae-senior.
    // ae-mid bonus: 100% × 20,000 × 181 / 365 = 9,917.808… → 9,917.81
    // ae-senior bonus: 50% × 30,000 × 184 / 365 = 15,000 × 184 / 365 = 7,561.643… → 7,561.64
    // ae-senior commission: 10% × 100,000 (o3, 15 Aug) = 10,000.00; o2 (20 May, 80,000) is
    // booked under ae-mid, which has no commission.
    // 9,917.81 + 7,561.64 + 10,000.00 = 27,479.45
    expect(paidOf(result, 0, "ae-ben")).toBe(27_479.45);
    const ben = result.variants[0]!.replay.reps.find((r) => r.rep.id === "ae-ben")!;
    expect(ben.plans.map((p) => p.id)).toEqual(["ae-mid", "ae-senior"]);
    expect(ben.plan.id).toBe("ae-senior");
    expect(ben.statements[0]!.planId).toBe("ae-mid → ae-senior");
    expect(ben.statements[0]!.lines.map((l) => [l.component, l.amountCents])).toEqual([
      ["ae-mid/target", 991_781],
      ["ae-senior/newArr", 1_000_000],
      ["ae-senior/target", 756_164],
    ]);
    // years on plan and the target variable follow the assignments' days
    expect(ben.yearsOnPlan).toBeCloseTo(365 / 365.25, 12);
    expect(ben.targetVariable).toBeCloseTo((20_000 * 181 + 30_000 * 184) / 365, 9);
  });

  it("pays exactly what evaluateAssignments (explain's rule) pays for the same ledgers", () => {
    const ledgers = toLedgers(loadDataset(at("data")).tables, YEAR);
    const plans = [loadPlanFile(MID), loadPlanFile(SENIOR)];
    const range = { start: YEAR.from, end: YEAR.to };
    for (const r of result.variants[0]!.replay.reps) {
      const ledger = ledgers.find((l) => l.rep.id === r.rep.id)!;
      expect(r.statements, r.rep.id).toEqual(evaluateAssignments(plans, ledger, range));
    }
  });

  it("a rep without assignments is on its role's plan (the variant's first AE plan) all year", () => {
    // 100% × 20,000 × 365 / 365 = 20,000.00
    expect(paidOf(result, 0, "ae-cy")).toBe(20_000);
    expect(
      result.variants[0]!.replay.reps.find((r) => r.rep.id === "ae-cy")!.ledger.assignments,
    ).toBeUndefined();
  });

  it("a variant file maps the history's plan ids to plan files: ae-senior paid on the mid-level plan", () => {
    expect(result.variants[1]!.name).toBe("no-senior-plan");
    // ae-mid days: 9,917.81 as above; the ae-senior days on the mid-level mechanics with the
    // history's target variable: 100% × 30,000 × 184 / 365 = 15,123.287… → 15,123.29
    // 9,917.81 + 15,123.29 = 25,041.10
    expect(paidOf(result, 1, "ae-ben")).toBe(25_041.1);
    expect(paidOf(result, 1, "ae-ann")).toBe(22_345.21);
    const ben = result.variants[1]!.replay.reps.find((r) => r.rep.id === "ae-ben")!;
    expect(ben.statements[0]!.lines.map((l) => l.component)).toEqual(["ae-mid/target", "ae-senior/target"]);
    expect(result.variants[1]!.files).toEqual([
      at("variant-same-plan.yaml"),
      at("plans/ae-mid.yaml"),
      at("plans/ae-mid.yaml"),
    ]);
  });

  it("summary.json and report.md list each rep's segments and pay under each variant", () => {
    const summary = backtestSummary(result, "planbench backtest (test)");
    expect(summary.planAssignments!.map((r) => [r.rep, r.segments.length, r.paid])).toEqual([
      ["ae-ann", 2, { promo: 22_345.21, "no-senior-plan": 22_345.21 }],
      ["ae-ben", 2, { promo: 27_479.45, "no-senior-plan": 25_041.1 }],
    ]);
    expect(summary.planAssignments![1]!.segments[1]).toEqual({
      from: "2025-07-01",
      to: null,
      plan: "ae-senior",
      targetVariable: 30_000,
      quotas: { newArr: 1_500_000 },
      territory: "west",
      days: 184,
    });
    const md = backtestMarkdown(summary);
    expect(md).toContain("## Plan assignments");
    expect(md).toContain(
      "| ae-ben | 2025-07-01 | open | ae-senior | $30,000.00 | newArr $1,500,000.00 | west | 184 |",
    );
    expect(md).toContain("| ae-ben | $27,479.45 | $25,041.10 |");
  });
});

/** The promotion history with Cy on a plan only from 1 November (no plan id: the role's plan, ae-mid). */
function historyWithCyOffPlanInOctober(name: string): string {
  const data = tempDir(name);
  for (const f of ["reps.csv", "accounts.csv", "opportunities.csv", "plan_assignments.csv"])
    copyFileSync(at(`data/${f}`), join(data, f));
  writeText(
    join(data, "plan_assignments.csv"),
    `${readFileSync(at("data/plan_assignments.csv"), "utf8")}ae-cy,2025-11-01,,,,,\n`,
  );
  return data;
}

describe("events outside every plan assignment", () => {
  it("earn nothing, and the backtest says so (warnings, summary, report)", () => {
    const data = historyWithCyOffPlanInOctober("bt-outside");
    const result = runBacktest({ variants: [parseVariantSpec(`promo=${MID},${SENIOR}`)], data, ...YEAR });
    // Nov–Dec = 30 + 31 = 61 days: 100% × 20,000 × 61 / 365 = 3,342.4657… → 3,342.47; the
    // booking o4 (2 October, 60,000) is off plan: the flat bonus is the only pay
    expect(paidOf(result, 0, "ae-cy")).toBe(3_342.47);
    expect(result.warnings.map((w) => w.message)).toEqual([
      "rep 'ae-cy': booking o4 on 2025-10-02 falls outside every assignment: it earns nothing",
    ]);
    const summary = backtestSummary(result, "planbench backtest (test)");
    expect(summary.planAssignments!.map((r) => [r.rep, r.eventsOutside])).toEqual([
      ["ae-ann", 0],
      ["ae-ben", 0],
      ["ae-cy", 1],
    ]);
    expect(backtestMarkdown(summary)).toContain(
      "⚠ 1 earning event(s) of 1 rep(s) (ae-cy) fall outside every plan assignment of their rep: off plan, they earn nothing.",
    );
  });
});

describe("planbench backtest over plan assignments (CLI)", () => {
  it("warns on stderr about events outside every assignment, except under -q (errors only)", async () => {
    const data = historyWithCyOffPlanInOctober("bt-outside-cli");
    const args = [
      "backtest",
      "--plan",
      `promo=${MID},${SENIOR}`,
      "--data",
      data,
      "--from",
      YEAR.from,
      "--to",
      YEAR.to,
    ];
    const loud = await runCli([...args, "--format", "json"]);
    expect(loud.code).toBe(0);
    expect(loud.stderr).toContain("warning: ");
    expect(loud.stderr).toContain(
      "booking o4 on 2025-10-02 falls outside every assignment: it earns nothing",
    );
    const quiet = await runCli([...args, "--format", "json", "-q"]);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe("");
    // the summary still counts it
    expect(quiet.stdout).toContain('"eventsOutside": 1');
  });

  it("writes statements and per-period assignment segments with the hand-computed totals", async () => {
    const out = tempDir("bt-assignments");
    const run = await runCli([
      "backtest",
      "--plan",
      `promo=${MID},${SENIOR}`,
      "--data",
      at("data"),
      "--from",
      YEAR.from,
      "--to",
      YEAR.to,
      "-o",
      out,
      "-q",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const statements = readFileSync(join(out, "statements.csv"), "utf8").split("\n");
    const paid = (rep: string) =>
      statements
        .find((l) => l.includes(`,${rep},`))!
        .split(",")
        .at(-2);
    expect([paid("ae-ann"), paid("ae-ben"), paid("ae-cy")]).toEqual(["22345.21", "27479.45", "20000"]);
    expect(readFileSync(join(out, "statement-assignments.csv"), "utf8")).toBe(
      [
        "variant,rep_id,period,plan_id,from,to,days,period_days,target_variable,quotas,territory",
        "promo,ae-ann,FY2025,ae-mid,2025-01-01,2025-05-31,151,365,20000,newArr=1000000,east-mm",
        "promo,ae-ann,FY2025,ae-mid,2025-06-01,2025-12-31,214,365,24000,newArr=1200000,east-ent",
        "promo,ae-ben,FY2025,ae-mid,2025-01-01,2025-06-30,181,365,20000,,west",
        "promo,ae-ben,FY2025,ae-senior,2025-07-01,2025-12-31,184,365,30000,newArr=1500000,west",
        "",
      ].join("\n"),
    );
    expect(readFileSync(join(out, "report.md"), "utf8")).toContain("## Plan assignments");
    const page = readFileSync(join(out, "report.html"), "utf8");
    expect(page).toContain('<section id="assignments"><h2>Plan assignments</h2>');
    expect(page).toContain("$27,479.45");
  });

  it("a variant without a plan the history names is an error naming the plan, the rep and the row", async () => {
    const run = await runCli([
      "backtest",
      "--plan",
      MID,
      "--data",
      at("data"),
      "--from",
      YEAR.from,
      "--to",
      YEAR.to,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${at("data/plan_assignments.csv")}:5: plan_id: rep 'ae-ben': the plan assignment from 2025-07-01 names plan 'ae-senior', which variant 'ae-mid' does not have (its plans: ae-mid)`,
    );
    expect(run.stderr).toContain("map 'ae-senior' to a plan file in a variant file");
  });

  it("a second plan of a role that no assignment names is refused, as before", () => {
    const data = tempDir("bt-no-assignments");
    for (const f of ["reps.csv", "accounts.csv", "opportunities.csv"])
      copyFileSync(at(`data/${f}`), join(data, f));
    expect(() => runBacktest({ variants: [parseVariantSpec(`x=${MID},${SENIOR}`)], data, ...YEAR })).toThrow(
      /a variant holds one plan per role, but .*ae-mid.yaml is also a AE plan, and no plan assignment of the history names 'ae-senior'/,
    );
  });

  it("a variant file's mistakes are reported at file:line", () => {
    const dir = tempDir("bt-variant-file");
    const file = writeText(join(dir, "v.yaml"), "name: v\nplans:\n  ae-mid: 42\nextra: 1\n");
    try {
      runBacktest({ variants: [parseVariantSpec(file)], data: at("data"), ...YEAR });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const text = (error as InputError).problems.map((p) => `${p.line}: ${p.message}`);
      expect(text).toEqual([
        "4: unknown key 'extra' of a variant file (keys: name, plans)",
        "3: expected a plan file path",
      ]);
    }
  });
});

describe("without plan assignments, outputs are byte-identical to the backtest before them", () => {
  // SHA-256 of the files main 484ff67 (before plan assignments) writes for the same call; paths
  // are relative to the project root, summary.json's node version blanked. A deliberate change of
  // the backtest's outputs must update these.
  const GOLDEN: Record<string, Record<string, string>> = {
    fixture: {
      "statements.csv": "4b642e781b2f5925fb963ba9a3dd98ed4631c8455db4b5385d22fcf6a9177f06",
      "statement-lines.csv": "ecbc3d952aa17b3f5b8587a4fc811643ce3b795e6748dc8789eb62f614fa2b24",
      "statements.arrow": "d27879651385ac519d839f3c951585165172622bf0af1b2be367297060f36c1d",
      "statement-lines.arrow": "42ec65b01c9860cfe8968cf63ee8a87288992e483cd50b36c2fe0a3f9855a9a6",
      "report.md": "4c000f0503425000a11fb46bf8e59f00c12629fb98532c19e3b8f11d15228520",
      "summary.json": "ad88af0fc3f47020b9ec5ad9e6692de1112ccd5b3c0f61bb368270fa9599af09",
    },
    sample: {
      "statements.csv": "b997fab27c9227817e5324e64a945cd62478f1dfdb6327ff2dbe958ea83bb55e",
      "statement-lines.csv": "f3b18f329f7c7be0e055ea4d8710ff9aea5474602001bbf6158c803770b700bd",
      "statements.arrow": "2b7578ece5c5ec3f1b1ac445e9ed965cdbe2b35e0c916f2ba40cca50936cb460",
      "statement-lines.arrow": "664ff2cd624e7cee5406dd5ab08d24a05e5b8d48cf02ca5038530cb6745f2659",
      "report.md": "c58c7feba4c8b7754bc2995077017e2620ab7155301a8e9ecb2b31fb6b408b5c",
      "summary.json": "7eb48d9eb72b67398bfa7c4ee96d5aa8a82e2ca528656fd602212d2b79ec65d0",
    },
  };

  function hashes(options: Parameters<typeof runBacktest>[0]): Record<string, string> {
    const result = runBacktest(options);
    const command = "planbench backtest (golden)";
    const out = tempDir("bt-golden");
    writeBacktest(result, out, backtestMarkdown(backtestSummary(result, command)), command);
    const hashesOf: Record<string, string> = {};
    for (const f of Object.keys(GOLDEN.fixture!)) {
      let bytes: Buffer = readFileSync(join(out, f));
      if (f === "summary.json" || f === "report.md") {
        const text = bytes
          .toString()
          .replace(/"node": "[^"]*"/, '"node": "X"')
          .replaceAll(options.data, "DATA");
        bytes = Buffer.from(text);
      }
      hashesOf[f] = createHash("sha256").update(bytes).digest("hex");
    }
    return hashesOf;
  }

  it("runs from the project root (the recorded outputs name relative paths)", () => {
    expect(process.cwd()).toBe(PROJECT_ROOT);
  });

  it("the promotion fixture without its plan_assignments table", () => {
    const data = tempDir("bt-golden-data");
    for (const f of ["reps.csv", "accounts.csv", "opportunities.csv"])
      copyFileSync(at(`data/${f}`), join(data, f));
    const variants = [`${FIXTURE}/plans/ae-mid.yaml`, `${FIXTURE}/plans/ae-senior.yaml`].map(
      parseVariantSpec,
    );
    expect(hashes({ variants, data, ...YEAR })).toEqual(GOLDEN.fixture);
  });

  it("data/sample with every rep's history split into two assignments that restate the plan pays the same", () => {
    // two segments per rep (to 30 June 2023, from 1 July 2023), no plan id, target or quota of
    // their own: each rep is on its role's plan throughout, so every statement line is the same
    const data = tempDir("bt-sample-split");
    for (const f of readdirSync("data/sample").filter((f) => f.endsWith(".csv")))
      copyFileSync(join("data/sample", f), join(data, f));
    const reps = readFileSync("data/sample/reps.csv", "utf8").trim().split("\n").slice(1);
    const rows = reps.flatMap((l) => {
      const id = l.split(",")[0]!;
      return [`${id},2021-01-01,2023-06-30,,,,`, `${id},2023-07-01,,,,,`];
    });
    writeText(
      join(data, "plan_assignments.csv"),
      `rep_id,start_date,end_date,plan_id,target_variable,quotas,territory\n${rows.join("\n")}\n`,
    );
    const variants = [
      "current=scenarios/plans/ae-activity-era.yaml,scenarios/plans/csm-renewal.yaml",
      "outcome=scenarios/plans/ae-outcome.yaml,scenarios/plans/csm-outcome.yaml",
    ].map(parseVariantSpec);
    const split = hashes({ variants, data });
    expect(split["statements.csv"]).toBe(GOLDEN.sample!["statements.csv"]);
    expect(split["statement-lines.csv"]).toBe(GOLDEN.sample!["statement-lines.csv"]);
  }, 60_000);

  it("data/sample with two variants of an AE and a CSM plan", () => {
    const variants = [
      "current=scenarios/plans/ae-activity-era.yaml,scenarios/plans/csm-renewal.yaml",
      "outcome=scenarios/plans/ae-outcome.yaml,scenarios/plans/csm-outcome.yaml",
    ].map(parseVariantSpec);
    expect(hashes({ variants, data: "data/sample" })).toEqual(GOLDEN.sample);
  }, 60_000);
});
