/**
 * The summary contract (sim/metrics/summary/): the published JSON Schemas are current, real
 * outputs parse (a run fixture, a backtest and a pilot of data/sample), NaN survives the JSON
 * round trip, older files are upgraded, and a wrongly shaped file is one line naming the file
 * and the first bad path.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runBacktest } from "../../sim/backtest/runBacktest.js";
import { parseVariantSpec } from "../../sim/backtest/variant.js";
import { backtestSummary } from "../../sim/backtest/writeBacktest.js";
import { InputError } from "../../sim/errors.js";
import {
  formatPath,
  parseBacktestSummary,
  parsePilotSummary,
  parseReportSummary,
  parseRunSummary,
} from "../../sim/metrics/summary/parse.js";
import { SUMMARY_JSON_SCHEMAS, summaryJsonSchemaText } from "../../sim/metrics/summary/writeJsonSchemas.js";
import { designPilot } from "../../sim/pilot/designPilot.js";
import { pilotJson } from "../../sim/pilot/writePilot.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";
import { writeRunFixture } from "../reports/fixtures/runFixture.js";

const path = (p: string) => join(PROJECT_ROOT, p);
const roundTrip = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

/** The one-line message an InputError carries. */
function failure(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected an InputError");
}

describe("published JSON Schemas", () => {
  it("equal a fresh generation from the zod schemas (run `npm run schema` after changing them)", () => {
    for (const [file, title, schema] of SUMMARY_JSON_SCHEMAS)
      expect(readFileSync(path(`reports/schema/${file}`), "utf8"), file).toBe(
        summaryJsonSchemaText(file, title, schema),
      );
  });
});

describe("run summary.json", () => {
  const tmp = mkdtempSync(join(tmpdir(), "planbench-schema-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  writeRunFixture(tmp);
  const json = JSON.parse(readFileSync(join(tmp, "summary.json"), "utf8"));

  it("parses the run fixture, and tells kinds apart", () => {
    const s = parseRunSummary(json);
    expect(s.cells[0]!.metrics["cost.total"]!.mean).toBeGreaterThan(0);
    expect(parseReportSummary(json).kind).toBe("run");
  });

  it("reads null back as NaN where a figure was undefined", () => {
    const copy = roundTrip(json) as { cells: { metrics: Record<string, { mean: unknown }> }[] };
    copy.cells[0]!.metrics["cost.total"]!.mean = null;
    expect(parseRunSummary(copy).cells[0]!.metrics["cost.total"]!.mean).toBeNaN();
  });

  it("names the file and the first bad path on one line", () => {
    const copy = roundTrip(json) as { cells: { metrics: Record<string, { mean: unknown }> }[] };
    copy.cells[1]!.metrics["cost.total"]!.mean = "12";
    const message = failure(() => parseRunSummary(copy, "out/run/summary.json"));
    expect(message).toBe(
      'out/run/summary.json: cells[1].metrics["cost.total"].mean: expected number, received string (not a run\'s summary.json of summary schema version 1)',
    );
    const noCells = { ...(roundTrip(json) as object), cells: undefined };
    expect(failure(() => parseRunSummary(noCells, "s.json"))).toMatch(/^s\.json: cells: expected array/);
  });

  it("upgrades a summary written before versioning, refuses a newer version", () => {
    const { schemaVersion: _, ...old } = json as Record<string, unknown>;
    expect(parseRunSummary(old).trials).toBe(json.trials);
    expect(failure(() => parseRunSummary({ ...json, schemaVersion: 99 }, "s.json"))).toContain(
      "newer planbench (summary schema version 99)",
    );
    expect(failure(() => parseReportSummary({ kind: "pilot" }, "s.json"))).toContain(
      "expected kind 'run' or 'backtest'",
    );
  });
});

describe("backtest summary.json and pilot.json", () => {
  const variants = [
    `activity=${path("scenarios/plans/ae-activity-era.yaml")},${path("scenarios/plans/csm-renewal.yaml")}`,
    `outcome=${path("scenarios/plans/ae-outcome.yaml")},${path("scenarios/plans/csm-outcome.yaml")}`,
  ].map(parseVariantSpec);
  const result = runBacktest({ variants, data: path("data/sample"), prefer: "arrow" });
  const written = backtestSummary(result, "planbench backtest (test)");

  it("parses what the backtest writes, numbers unchanged through JSON", () => {
    const s = parseBacktestSummary(roundTrip(written));
    expect(s.variants[1]!.metrics).toEqual(written.variants[1]!.metrics);
    expect(s.currency).toBe("USD");
  });

  it("upgrades a pre-versioning backtest summary (attainment.bands → band ids)", () => {
    const old = roundTrip(written) as {
      schemaVersion?: number;
      variants: { metrics: Record<string, unknown> }[];
    };
    delete old.schemaVersion;
    for (const v of old.variants) {
      const m = v.metrics;
      m["attainment.bands"] = {
        below80: m["attainment.below80"],
        from80to120: m["attainment.from80to120"],
        above120: m["attainment.above120"],
      };
      delete m["attainment.below80"];
      delete m["attainment.from80to120"];
      delete m["attainment.above120"];
    }
    const s = parseBacktestSummary(old);
    expect(s.variants[0]!.metrics["attainment.below80"]).toBe(
      written.variants[0]!.metrics["attainment.below80"],
    );
  });

  it("parses pilot.json", () => {
    const design = designPilot({
      data: path("data/sample"),
      plan: path("scenarios/plans/ae-outcome.yaml"),
      control: path("scenarios/plans/ae-activity-era.yaml"),
      group: ["region=NA"],
      sizes: [10],
      durations: [6],
      replicates: 100,
      prefer: "arrow",
    });
    const s = parsePilotSummary(JSON.parse(pilotJson(design, "planbench pilot (test)")));
    expect(s.kind).toBe("planbench.pilot");
    expect(s.outcomes.length).toBe(design.outcomes.length);
  });
});

describe("formatPath", () => {
  it("quotes keys that are not identifiers", () => {
    expect(formatPath(["cells", 0, "metrics", "cost.total", "mean"])).toBe(
      'cells[0].metrics["cost.total"].mean',
    );
    expect(formatPath([])).toBe("(top level)");
  });
});
