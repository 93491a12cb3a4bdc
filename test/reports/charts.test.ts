/**
 * Chart builders on a hand-made run folder (fixtures/runFixture.ts) and a real backtest of the
 * sample history: the right charts, the right numbers (hand-computed where stated), and
 * normalised snapshots of every spec and its SVG.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backtestCharts } from "../../reports/charts/backtest/index.js";
import type { Chart } from "../../reports/charts/chart.js";
import { renderPng, renderSvg } from "../../reports/charts/render.js";
import { costOverTimeChart } from "../../reports/charts/run/costOverTime.js";
import { costVsValueChart } from "../../reports/charts/run/costVsValue.js";
import { runCharts } from "../../reports/charts/run/index.js";
import { BAND_COLOURS, CATEGORY_PALETTE, VARIANT_PALETTE } from "../../reports/charts/theme.js";
import { loadBacktestData } from "../../reports/load/backtestData.js";
import { loadRunData } from "../../reports/load/runData.js";
import { runBacktest } from "../../sim/backtest/runBacktest.js";
import { parseVariantSpec } from "../../sim/backtest/variant.js";
import { backtestSummary, writeBacktest } from "../../sim/backtest/writeBacktest.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";
import { writeRunFixture } from "./fixtures/runFixture.js";
import { normalizeSpec, normalizeSvg } from "./helpers/normalize.js";
import { backtestSummaryOf, runSummaryOf } from "./helpers/reportDirs.js";

const tmp = mkdtempSync(join(tmpdir(), "planbench-charts-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function runFixtureCharts(): Chart[] {
  const dir = join(tmp, "run");
  writeRunFixture(dir);
  return runCharts(loadRunData(dir, runSummaryOf(dir)));
}

const dataOf = (c: Chart) => (c.spec as { data?: { values: Record<string, unknown>[] } }).data?.values ?? [];

describe("run charts", () => {
  const charts = runFixtureCharts();
  const byId = new Map(charts.map((c) => [c.id, c]));

  it("builds every run chart the fixture has data for, in reading order", () => {
    expect(charts.map((c) => c.id)).toEqual([
      "cost-distribution",
      "cost-over-time",
      "paired-differences",
      "payout-distribution",
      "attainment-bands",
      "effort-vs-gaming",
      "gaming-by-lever",
      "timing-curves",
      "fiscal-months",
      "cost-vs-value",
      "stress-comparison",
      "tornado",
      "sweep-heatmap",
    ]);
  });

  it("timing curves: 13 weeks and the last day per variant, the history overlaid", () => {
    const spec = byId.get("timing-curves")!.spec as unknown as {
      data: { values: { variant: string; bucket: string; share: number }[] };
      vconcat: { layer: { data?: { values: { share: number }[] } }[] }[];
    };
    const activity = spec.data.values.filter((r) => r.variant === "Activity era");
    expect(activity.map((r) => r.bucket)).toEqual([
      ...Array.from({ length: 13 }, (_, w) => String(w + 1)),
      "last day",
    ]);
    expect(activity.at(-1)!.share).toBeCloseTo(0.2, 12); // the fixture's last-day share of variant 0
    expect(spec.vconcat[0]!.layer[1]!.data!.values).toHaveLength(14); // the history
    expect(byId.get("effort-vs-gaming")!.metricIds).toContain("behaviour.effortResponse.pay");
  });

  it("cost over time: median by quarter, budget to date, tail quarters marked", () => {
    const spec = byId.get("cost-over-time")!.spec as unknown as {
      vconcat: { layer: { data: { values: Record<string, unknown>[] } }[] }[];
    };
    expect(spec.vconcat).toHaveLength(2); // one panel per scenario
    const layers = spec.vconcat[0]!.layer.map((l) => l.data.values);
    const fan = layers.find((v) => v[0]?.p50 !== undefined)!;
    const q4 = fan.find((r) => r.variant === "Activity era" && r.quarter === 4)!;
    const q8 = fan.find((r) => r.variant === "Activity era" && r.quarter === 8)!;
    // the fixture spreads cost.total evenly over the 8 horizon quarters: quarter 4 = half of quarter 8
    expect(q4.p50 as number).toBeCloseTo((q8.p50 as number) / 2, 6);
    expect(fan.filter((r) => r.phase !== "horizon").map((r) => r.quarter)).toEqual([
      9, 10, 11, 12, 9, 10, 11, 12, 9, 10, 11, 12,
    ]);
    // budget to date, hand-computed: 3,000,000 × 12 / 12 = 3,000,000 after 4 quarters; flat at 6,000,000 after the 24-month horizon
    const budget = layers.find((v) => v[0]?.budget !== undefined && v.length > 1)!;
    expect(budget.map((b) => b.budget)).toEqual([
      750_000, 1_500_000, 2_250_000, 3_000_000, 3_750_000, 4_500_000, 5_250_000, 6_000_000, 6_000_000,
      6_000_000, 6_000_000, 6_000_000,
    ]);
    expect(JSON.stringify(spec)).toContain("tail: settlement only");
  });

  it("cost over time draws no budget line when the experiment has no budget", () => {
    const dir = join(tmp, "run");
    const data = loadRunData(dir, runSummaryOf(dir));
    const experiment = { ...data.summary.experiment, budgetPerYear: null, budgetOverHorizon: null };
    const chart = costOverTimeChart({ ...data, summary: { ...data.summary, experiment } })!;
    expect(JSON.stringify(chart.spec)).not.toContain('"budget"');
    expect(chart.caption).not.toContain("budget");
    expect(JSON.stringify(chart.spec)).toContain("tail: settlement only");
  });

  it("tornado: bars from the low to the high value, largest swing first, base rule", () => {
    const chart = byId.get("tornado")!;
    const layers = (
      chart.spec as unknown as { layer: { data: { values: Record<string, number | string>[] } }[] }
    ).layer;
    const bars = layers[0]!.data.values;
    expect(bars.map((b) => b.parameter)).toEqual(["accelerator (1.5 → 2.5)", "churn (0.8 → 1.2)"]);
    const base = (layers.at(-1)!.data.values[0] as { base: number }).base;
    // fixture: accelerator low = 0.95 × and high = 1.10 × the variant's cost, so the swing is 0.15 × it
    expect(bars[0]!.low as number).toBeCloseTo(0.95 * base, 6);
    expect(bars[0]!.high as number).toBeCloseTo(1.1 * base, 6);
    expect(bars[0]!.swing as number).toBeCloseTo(0.15 * base, 6);
    expect(String(bars[0]!.swingText)).toMatch(/^\+\$[\d.]+[KM] ± \$[\d.]+[KM]$/);
  });

  it("heatmap: one labelled cell per pair of values, coloured by the mean", () => {
    const cells = dataOf(byId.get("sweep-heatmap")!);
    expect(cells.map((c) => `${c.x}/${c.y}`)).toEqual(["90d/100%", "90d/120%", "365d/100%", "365d/120%"]);
    // fixture: cell (xi, yi) = (1 + 0.02·xi + 0.05·yi) × the base, so (365d, 120%) = 1.07 / 1.00 × (90d, 100%)
    expect((cells[3]!.mean as number) / (cells[0]!.mean as number)).toBeCloseTo(1.07, 9);
    expect(cells.every((c) => typeof c.label === "string" && String(c.label).startsWith("$"))).toBe(true);
  });

  it("cost vs value marks and names the efficient variants", () => {
    const chart = byId.get("cost-vs-value")!;
    // fixture Baseline: Vesting (v = 2) is cheapest and adds the most new ARR, so it alone is efficient
    expect(chart.caption).toContain("efficient frontier: Vesting —");
    const means = (
      chart.spec as unknown as { layer: { data: { values: Record<string, unknown>[] } }[] }
    ).layer.at(-1)!.data.values;
    expect(means.map((m) => `${m.variant}: ${m.frontier}`)).toEqual([
      "Activity era: dominated",
      "Outcome: dominated",
      "Vesting: efficient frontier",
    ]);
  });

  it("cost vs value joins two or more efficient variants with a line, cheapest first", () => {
    const dir = join(tmp, "run");
    const data = loadRunData(dir, runSummaryOf(dir));
    const frontier = data.summary.frontier!.map((f) => ({
      ...f,
      points: f.points.map((p) => ({ ...p, efficient: p.variant !== "Outcome", dominatedBy: [] })),
    }));
    const chart = costVsValueChart({ ...data, summary: { ...data.summary, frontier } });
    const line = (
      chart!.spec as unknown as {
        layer: { mark: { type: string }; data: { values: { variant: string }[] } }[];
      }
    ).layer.find((l) => l.mark.type === "line")!;
    expect(line.data.values.map((v) => v.variant)).toEqual(["Vesting", "Activity era"]);
    expect(chart!.caption).toContain("Vesting, Activity era");
  });

  it("payout distribution: annual pay per rep, hand-computed median and mean", () => {
    // fixture pay over 24 months = 2 × (40,000 + 20,000·rep + 10,000·(2 − v) + 1,000·trial), reps 0–5, trials 0–2;
    // per year for variant 0: 60,000 + 20,000·rep + 1,000·trial → 18 values, sorted 9th = 102,000 and 10th = 120,000,
    // so the R-7 median is (102,000 + 120,000) / 2 = 111,000; the mean is 60,000 + 20,000 × 2.5 + 1,000 × 1 = 111,000.
    const row = dataOf(byId.get("payout-distribution")!).find((r) => r.variant === "Activity era")!;
    expect(row.p50).toBeCloseTo(111_000, 6);
    expect(row.mean).toBeCloseTo(111_000, 6);
    expect(row.n).toBe(18);
  });

  it("cost distribution draws the budget over the horizon: 3,000,000 a year × 24 / 12 = 6,000,000", () => {
    const spec = JSON.stringify(byId.get("cost-distribution")!.spec);
    expect(spec).toContain('"value":6000000');
    expect(spec).toContain('"label":"budget"');
  });

  it("attainment labels are each band's share of its variant's total", () => {
    const values = (
      byId.get("attainment-bands")!.spec as { data: { values: { variant: string; label: number }[] } }
    ).data.values;
    for (const v of ["Activity era", "Outcome", "Vesting"]) {
      const total = values.filter((x) => x.variant === v).reduce((s, x) => s + x.label, 0);
      expect(total).toBeCloseTo(1, 9);
    }
  });

  it("gives each variant the same colour in every chart", () => {
    for (const c of charts) {
      const json = JSON.stringify(c.spec);
      if (!json.includes('"title":"Variant","sort"')) continue;
      expect(json, c.id).toContain(JSON.stringify(VARIANT_PALETTE.slice(0, 3)));
    }
  });

  for (const chart of charts) {
    it(`snapshot: ${chart.id} spec and SVG`, async () => {
      await expect(normalizeSpec(chart.spec)).toMatchFileSnapshot(
        `__snapshots__/specs/run-${chart.id}.vl.json.snap`,
      );
      const svg = await renderSvg(chart.spec);
      expect(svg).toMatch(/^<svg/);
      await expect(normalizeSvg(svg)).toMatchFileSnapshot(`__snapshots__/svg/run-${chart.id}.svg.snap`);
    });
  }

  it("normalisation keeps real changes visible (the snapshots can fail)", async () => {
    const chart = byId.get("cost-distribution")!;
    const moved = JSON.parse(JSON.stringify(chart.spec));
    moved.data.values[0].p50 *= 1.2;
    expect(normalizeSpec(moved)).not.toBe(normalizeSpec(chart.spec));
    expect(normalizeSvg(await renderSvg(moved))).not.toBe(normalizeSvg(await renderSvg(chart.spec)));
  });

  it("renders the same SVG twice in one process (vega's gradient ids made stable)", async () => {
    const spec = byId.get("sweep-heatmap")!.spec;
    const first = await renderSvg(spec);
    expect(first).toMatch(/id="c[0-9a-f]{10}-0"/);
    expect(await renderSvg(spec)).toBe(first);
  });

  it("exports a PNG without a browser", async () => {
    const png = renderPng(await renderSvg(byId.get("attainment-bands")!.spec));
    expect(Array.from(png.slice(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(png.length).toBeGreaterThan(5_000);
  });
});

describe("backtest charts (sample history, first half of 2024)", () => {
  let charts: Chart[] = [];
  beforeAll(() => {
    const dir = join(tmp, "backtest");
    const plans = (f: string) => join(PROJECT_ROOT, "scenarios", "plans", f);
    const result = runBacktest({
      variants: [`activity=${plans("ae-activity-era.yaml")}`, `outcome=${plans("ae-outcome.yaml")}`].map(
        parseVariantSpec,
      ),
      data: join(PROJECT_ROOT, "data", "sample"),
      from: "2024-01-01",
      to: "2024-06-30",
      onBadRows: "fail",
    });
    writeBacktest(result, dir, "", "planbench backtest (test)");
    charts = backtestCharts(loadBacktestData(dir, backtestSummaryOf(dir)));
    expect(backtestSummary(result, "").variants.length).toBe(2);
  }, 60_000);

  it("builds the statements, distribution, attainment, baseline and timing charts", () => {
    expect(charts.map((c) => c.id)).toEqual([
      "payout-distribution",
      "pay-over-time",
      "attainment-bands",
      "baselines",
      "timing",
    ]);
  });

  it("statements over time has one point per variant and quarter (2 quarters × 2 variants)", () => {
    const values = dataOf(charts.find((c) => c.id === "pay-over-time")!);
    expect(values.map((v) => `${v.variant}@${v.period}`).sort()).toEqual([
      "activity@2024-01-01",
      "activity@2024-04-01",
      "outcome@2024-01-01",
      "outcome@2024-04-01",
    ]);
  });

  it("snapshots of every backtest chart spec and SVG", async () => {
    for (const chart of charts) {
      await expect(normalizeSpec(chart.spec)).toMatchFileSnapshot(
        `__snapshots__/specs/backtest-${chart.id}.vl.json.snap`,
      );
      await expect(normalizeSvg(await renderSvg(chart.spec))).toMatchFileSnapshot(
        `__snapshots__/svg/backtest-${chart.id}.svg.snap`,
      );
    }
  });
});

describe("palettes", () => {
  it("category colours (attainment bands, timing) never reuse a variant colour", () => {
    const variant = new Set(VARIANT_PALETTE.map((c) => c.toLowerCase()));
    for (const c of [...Object.values(CATEGORY_PALETTE), ...Object.values(BAND_COLOURS)])
      expect(variant.has(c.toLowerCase()), c).toBe(false);
  });
});
