/**
 * End to end in a real browser: each report opens from file:// in headless Chromium (Debian's
 * package; .ci/run installs it) with no console errors (the page's CSP forbids any network or
 * script, so a stray fetch would show up here), every chart drawn with marks, the summary table
 * present, and a screenshot and PDF saved under test/.tmp/screenshots for a person to look at.
 * In CI (CI=true) a missing chromium fails; elsewhere the tests skip with a notice.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";
import { Chromium, findChromium, visit } from "./helpers/chromium.js";
import { backtestReportDir, runReportDir } from "./helpers/reportDirs.js";

const chromium = findChromium();
const SHOTS = join(PROJECT_ROOT, "test", ".tmp", "screenshots");

if (!chromium) {
  if (process.env.CI === "true") {
    describe("browser", () => {
      it("needs chromium (CI=true): .ci/run installs Debian's chromium package", () => {
        throw new Error(
          "chromium not found (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser)",
        );
      });
    });
  } else
    console.warn("⚠ chromium not found: skipping the browser tests of the HTML reports (they run in CI)");
}

interface PageFacts {
  figures: { id: string; marks: number; width: number; height: number }[];
  tableRows: number;
  images: number;
  title: string;
  glossary: number;
  repro: boolean;
  firstSection: string;
  scorecardRows: number;
  scorecardColumns: string[];
  verdict: string[];
  glossaryBlank: string[];
}

const FACTS = `(() => {
  const figures = [...document.querySelectorAll("figure.chart")].map((f) => {
    const svg = f.querySelector("svg");
    const box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
    return { id: f.dataset.chart, marks: f.querySelectorAll("svg g.role-mark > *").length, width: box.width, height: box.height };
  });
  return {
    figures,
    tableRows: document.querySelectorAll("#summary-table tbody tr").length,
    images: document.images.length,
    title: document.title,
    glossary: document.querySelectorAll("dl.glossary dt").length,
    repro: !!document.querySelector("#reproducibility pre"),
    firstSection: document.querySelector("main > section")?.id ?? "",
    scorecardRows: document.querySelectorAll("#scorecard tbody tr").length,
    scorecardColumns: [...document.querySelectorAll("#scorecard thead th")].map((th) => th.firstChild?.textContent ?? ""),
    verdict: [...document.querySelectorAll("#decision ul.verdict li")].map((li) => li.textContent ?? ""),
    glossaryBlank: [...document.querySelectorAll("dl.glossary dd")].filter((dd) => dd.textContent.trim().startsWith("—")).map((dd) => dd.previousElementSibling?.textContent ?? ""),
  };
})()`;

describe.skipIf(!chromium)("HTML reports in headless Chromium", () => {
  const tmp = mkdtempSync(join(tmpdir(), "planbench-browser-"));
  let browser: Chromium;
  let runDir = "";
  let backtestDir = "";
  let realRunDir = "";
  beforeAll(async () => {
    browser = Chromium.launch(chromium!);
    runDir = await runReportDir(join(tmp, "run"));
    backtestDir = await backtestReportDir(join(tmp, "backtest"));
    // a real simulation written by `planbench run` (its report is on by default)
    realRunDir = join(tmp, "quick");
    const quick = join(PROJECT_ROOT, "scenarios", "experiments", "quick.yaml");
    const r = await runCli(["run", quick, "--trials", "2", "--workers", "0", "--out", realRunDir, "--quiet"]);
    if (r.code !== 0) throw new Error(`planbench run failed: ${r.stderr}`);
    mkdirSync(SHOTS, { recursive: true });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const cases = [
    { name: "run", dir: () => runDir, charts: 13, variants: 3 },
    { name: "backtest", dir: () => backtestDir, charts: 5, variants: 2 },
    { name: "quick-run", dir: () => realRunDir, charts: 10, variants: 4 },
  ];
  for (const c of cases) {
    it(`${c.name} report: opens with a scorecard and verdict, no console errors, every chart drawn, summary table present`, async () => {
      const page = await visit(browser, pathToFileURL(join(c.dir(), "report.html")).href);
      const facts = await page.evaluate<PageFacts>(FACTS);
      writeFileSync(join(SHOTS, `${c.name}-report.png`), await page.screenshot());
      writeFileSync(join(SHOTS, `${c.name}-top.png`), await page.screenshotTop());
      for (const f of facts.figures)
        writeFileSync(join(SHOTS, `${c.name}-chart-${f.id}.png`), await page.screenshotOf(`#chart-${f.id}`));
      const pdf = await page.pdf();
      const print = await visit(browser, pathToFileURL(join(c.dir(), "report.html")).href, 794);
      await print.emulatePrint();
      writeFileSync(join(SHOTS, `${c.name}-print.png`), await print.screenshot());
      writeFileSync(join(SHOTS, `${c.name}-report.pdf`), pdf);
      expect(page.errors).toEqual([]);
      expect(page.dialogs).toEqual([]);
      expect(facts.figures).toHaveLength(c.charts);
      for (const f of facts.figures) {
        expect(f.marks, `${f.id} has marks`).toBeGreaterThan(0);
        expect(f.width, `${f.id} is laid out`).toBeGreaterThan(200);
        expect(f.height, `${f.id} is laid out`).toBeGreaterThan(80);
      }
      // the decision section comes first: a verdict, and the scorecard of every variant on five dimensions
      expect(facts.firstSection).toBe("decision");
      expect(facts.scorecardRows).toBe(c.variants);
      expect(facts.scorecardColumns).toEqual([
        "Variant",
        "Cost",
        "Cost risk",
        "Customer value",
        "Fairness",
        "Gaming",
      ]);
      expect(facts.verdict.length).toBeGreaterThan(0);
      expect(facts.verdict[0]).toMatch(/ is cheapest at /);
      expect(facts.glossaryBlank).toEqual([]);
      expect(facts.tableRows).toBeGreaterThan(10);
      expect(facts.glossary).toBeGreaterThan(10);
      expect(facts.repro).toBe(true);
      expect(facts.images).toBe(0);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    }, 60_000);
  }
});

describe.skipIf(!chromium)("the browser harness itself", () => {
  it("sees console errors, exceptions and dialogs (so a clean report is a real result)", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "planbench-harness-"));
    const browser = Chromium.launch(chromium!);
    try {
      const file = join(tmp, "bad.html");
      writeFileSync(
        file,
        "<!doctype html><p>x</p><script>console.error('boom'); alert('hi'); throw new Error('bad');</script>",
      );
      const page = await visit(browser, pathToFileURL(file).href);
      expect(page.errors.some((e) => e.includes("boom"))).toBe(true);
      expect(page.errors.some((e) => e.includes("bad"))).toBe(true);
      expect(page.dialogs).toEqual(["hi"]);
    } finally {
      await browser.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 60_000);
});
