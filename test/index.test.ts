/**
 * The library API (sim/index.ts, the package's "exports"): each entry point gives the same
 * answer as the CLI command it stands for (the CLI is the oracle), the in-process simulation
 * reproduces `planbench run --workers 0` byte for byte in summary.json, trials.arrow rows average
 * to the summary's means, and the package resolves by its own name from built JS, as a user
 * imports it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as pb from "../sim/index.js";
import { runCli } from "./helpers/cli.js";
import { PROJECT_ROOT } from "./helpers/datasets.js";

const scratch = mkdtempSync(join(tmpdir(), "planbench-api-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const PLAN = "scenarios/plans/ae-outcome.yaml";
const LEDGER = "scenarios/ledgers/ae-sample.yaml";
const QUICK = "scenarios/experiments/quick.yaml";

describe("plans: evaluatePlan matches planbench explain", () => {
  it("ae-ada's statements via the API equal `explain --json`", async () => {
    const plan = pb.loadPlanFile(PLAN);
    const file = pb.loadLedgerFile(LEDGER, { defaultRole: plan.role });
    const { statements } = pb.evaluatePlan(plan, file.ledgers);
    const ada = file.reps.findIndex((r) => r.id === "ae-ada");
    const cli = await runCli(["explain", "--plan", PLAN, "--ledger", LEDGER, "--rep", "ae-ada", "--json"]);
    expect(cli.code).toBe(0);
    expect(JSON.parse(JSON.stringify(statements[ada]))).toEqual(JSON.parse(cli.stdout));
    // and the readable form is the CLI's text
    const text = await runCli(["explain", "--plan", PLAN, "--ledger", LEDGER, "--rep", "ae-ada"]);
    expect(pb.formatStatements(statements[ada]!)).toBe(text.stdout);
  });

  it("bad plan text is reported as problems with file:line:col, not thrown", () => {
    const result = pb.parsePlan("kind: plan\nrole: AE\ncurency: USD\n", "bad.yaml");
    expect(result.plan).toBeNull();
    expect(result.problems.map(pb.formatProblem).join("\n")).toMatch(/bad\.yaml:3:1: .*curency/);
    expect(() => pb.loadPlanFile(join(scratch, "missing.yaml"))).toThrow(pb.InputError);
  });
});

describe("backtest: runBacktest matches planbench backtest", () => {
  it("the API summary equals the CLI's summary.json on the sample data", async () => {
    const specs = [
      "Activity era=scenarios/plans/ae-activity-era.yaml,scenarios/plans/csm-renewal.yaml",
      "Outcome=scenarios/plans/ae-outcome.yaml,scenarios/plans/csm-outcome.yaml",
    ];
    const result = pb.runBacktest({ variants: specs.map(pb.parseVariantSpec), data: "data/sample" });
    const out = join(scratch, "backtest");
    const args = ["backtest", ...specs.flatMap((s) => ["--plan", s]), "--data", "data/sample", "--quiet"];
    const cli = await runCli([...args, "--out", out]);
    expect(cli.code).toBe(0);
    const fromCli = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    const fromApi = JSON.parse(JSON.stringify(pb.backtestSummary(result, fromCli.command)));
    expect(fromApi).toEqual(fromCli);
    expect(result.variants.map((v) => v.name)).toEqual(["Activity era", "Outcome"]);

    // saveBacktest writes the same folder, and reportCharts reads the report's charts from it
    const saved = pb.saveBacktest(result, { out: join(scratch, "saved"), command: fromCli.command });
    expect(JSON.parse(readFileSync(join(saved.out, "summary.json"), "utf8"))).toEqual(fromCli);
    const charts = pb.reportCharts(saved.out);
    expect(charts.map((c) => c.id)).toEqual(pb.reportCharts(out).map((c) => c.id));
    expect(charts.length).toBeGreaterThan(2);
    const shown = await pb.chart(charts[0]!);
    expect(shown.title).toBe(charts[0]!.title);
    expect(shown.svg).toBe(readFileSync(join(out, "charts", `${charts[0]!.id}.svg`), "utf8"));
  });
});

describe("simulation: simulate runs in-process and matches planbench run", () => {
  it("summary.json is identical to `planbench run --workers 0`; trials.arrow rows average to its means", async () => {
    const sim = await pb.simulate(QUICK, { trials: 4, blockSize: 2, out: join(scratch, "api-run") });
    const cliOut = join(scratch, "cli-run");
    const cli = await runCli(
      ["run", QUICK, "--trials", "4", "--block-size", "2", "--workers", "0"].concat([
        "--quiet",
        "--out",
        cliOut,
      ]),
    );
    expect(cli.code).toBe(0);
    expect(readFileSync(join(sim.out, "summary.json"), "utf8")).toBe(
      readFileSync(join(cliOut, "summary.json"), "utf8"),
    );
    expect(sim.summary.trials).toBe(4);

    // oracle: the plain arithmetic mean of the per-trial rows of one cell
    const rows = pb.readArrowRows(sim.trialsFile);
    expect(rows.length).toBe(4 * sim.summary.cells.length);
    const cell = sim.summary.cells.find((c) => c.variant === "Outcome" && c.population === "configured")!;
    const values = rows
      .filter((r) => r.variant === "Outcome" && r.population === "configured" && r.scenario === cell.scenario)
      .map((r) => r["cost.total"] as number);
    expect(values).toHaveLength(4);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(cell.metrics["cost.total"]!.mean).toBeCloseTo(mean, 6);
    expect(pb.readArrowRows(sim.repsFile).length).toBeGreaterThan(0);
    expect(pb.reportCharts(sim.out).map((c) => c.id)).toContain("cost-distribution");

    // every metric carries a definition; the DESIGN §8 ids are in METRIC_DEFINITIONS
    for (const m of sim.summary.metrics) expect(m.definition, m.id).not.toBe("");
    const ids = sim.summary.metrics.map((m) => m.id);
    for (const id of ["cost.total", "cost.p95", "cost.overBudgetProb", "payout.cv", "gaming.windfall"]) {
      expect(ids).toContain(id);
      expect(pb.METRIC_DEFINITION_BY_ID.has(id), id).toBe(true);
    }
  });

  it("defaults to a fresh temp folder and the experiment's own settings apart from trials", async () => {
    const sim = await pb.simulate(pb.loadExperimentFile(QUICK), { trials: 2, blockSize: 2 });
    try {
      expect(existsSync(join(sim.out, "summary.json"))).toBe(true);
      expect(sim.summary.reproducibility.seed).toBe("20250101");
      expect(sim.markdown).toContain("Activity era");
    } finally {
      rmSync(sim.out, { recursive: true, force: true });
    }
  });
});

describe("calibration: calibrate matches planbench calibrate", () => {
  it("the fitted world written by the CLI is the API's world", async () => {
    const out = join(scratch, "worlds", "sample-fit.yaml");
    const cli = await runCli(["calibrate", "--data", "data/sample", "--behaviour-trials", "2", "--out", out]);
    expect(cli.code).toBe(0);
    const api = pb.calibrate("data/sample", { id: "sample-fit", behaviourTrials: 2 });
    const text = pb.worldYaml(
      api.world,
      api.evidence,
      relative(dirname(out), resolve(pb.baselineWorldPath())),
      [],
      api.behaviourFit,
    );
    expect(text).toContain("behaviourFit:");
    const body = (t: string) => t.split("\n").filter((l) => !l.startsWith("#"));
    expect(body(text)).toEqual(body(readFileSync(out, "utf8")));
    expect(api.fitCheck.length).toBeGreaterThan(0);
    for (const row of api.fitCheck) expect(cli.stdout).toContain(row.quantity);
    for (const row of api.timingCheck) expect(cli.stdout).toContain(row.quantity);
  });
});

describe("display helpers", () => {
  it("formatFigure prints each summary.json shape as the reports do", () => {
    // hand-computed: ± is z₀.₉₇₅ × se = 1.959964 × 1,000 = 1,960
    expect(pb.formatFigure({ mean: 50_000, se: 1_000, ci95: [48_040, 51_960], n: 10 }, "currency")).toBe(
      "$50,000 ± $1,960",
    );
    expect(pb.formatFigure({ difference: -2_000, se: 500, ci95: [-2_980, -1_020], n: 10 }, "currency")).toBe(
      "-$2,000 ± $980",
    );
    expect(pb.formatFigure({ p: 0.25, se: 0.1, ci95: [0.1, 0.5], n: 20, hits: 5 }, "share")).toBe(
      "25.0% [10.0%, 50.0%]",
    );
    expect(pb.formatFigure({ value: 9e6, ci95: [8e6, 1e7], n: 20, coverage: 0.95 }, "currency")).toBe(
      "$9,000,000 [$8,000,000, $10,000,000]",
    );
    expect(pb.formatFigure(null, "share")).toBe("—");
  });

  it("chart renders SVG in-process and displays itself as image/svg+xml", async () => {
    const c = await pb.chart({
      title: "two bars",
      data: {
        values: [
          { k: "a", v: 1 },
          { k: "b", v: 3 },
        ],
      },
      mark: "bar",
      encoding: { x: { field: "k", type: "nominal" }, y: { field: "v", type: "quantitative" } },
    });
    expect(c.svg.startsWith("<svg")).toBe(true);
    expect(c.svg.match(/<path[^>]*aria-roledescription="bar"/g)?.length ?? 0).toBe(2);
    const bundle = c[pb.JUPYTER_DISPLAY]();
    expect(bundle["image/svg+xml"]).toBe(c.svg);
    expect(bundle["text/plain"]).toBe("[chart: two bars]");
    await expect(pb.chartSvg({ data: { url: "https://example.com/x.csv" }, mark: "bar" })).rejects.toThrow(
      /must be inline/,
    );
  });

  it("show prints a displayable's text outside a notebook", async () => {
    const write = process.stdout.write.bind(process.stdout);
    let printed = "";
    process.stdout.write = ((chunk: string) => {
      printed += chunk;
      return true;
    }) as typeof process.stdout.write;
    try {
      await pb.show(pb.markdown("**cost** up"));
    } finally {
      process.stdout.write = write;
    }
    expect(printed).toBe("**cost** up\n");
  });

  it("table escapes cell text (a plan name cannot inject markup)", () => {
    const t = pb.table(["variant", "cost"], [["<b>A|B</b>", "$1"]], ["left", "right"]);
    expect(t[pb.JUPYTER_DISPLAY]()["text/markdown"]).toBe(
      "| variant | cost |\n| --- | ---: |\n| \\<b\\>A\\|B\\</b\\> | $1 |",
    );
  });
});

describe("the package as a user imports it", () => {
  it("`import 'planbench'` resolves (package exports) to the built API with the same names", () => {
    const built = join(PROJECT_ROOT, "dist", "sim", "index.js");
    expect(existsSync(built), "run npm run build first").toBe(true);
    const names = execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'const m = await import("planbench"); console.log(Object.keys(m).sort().join(","))',
      ],
      { cwd: PROJECT_ROOT, encoding: "utf8" },
    ).trim();
    expect(names).toBe(Object.keys(pb).sort().join(","));
  });

  it("every export statement of sim/index.ts has a doc comment", () => {
    const source = readFileSync(join(PROJECT_ROOT, "sim", "index.ts"), "utf8");
    const lines = source.split("\n");
    const undocumented = lines
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => line.startsWith("export "))
      .filter(({ i }) => !/\*\/\s*$/.test(lines[i - 1] ?? ""))
      .map(({ line }) => line);
    expect(undocumented).toEqual([]);
  });
});
