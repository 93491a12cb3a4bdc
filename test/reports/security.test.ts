/**
 * User strings cannot run or become formulas: a variant and rep named
 * `<img src=x onerror=alert(1)>` and a plan named `=HYPERLINK("x")` appear as plain text in the
 * HTML (escaped, no element created), in the SVG charts and Markdown (escaped), and as inert
 * text in every CSV (a leading apostrophe, DESIGN §12). Checked on the file text and, where
 * chromium is installed, in the browser's DOM.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeHtml } from "../../reports/html/escape.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";
import { Chromium, findChromium, visit } from "./helpers/chromium.js";
import { backtestReportDir, runReportDir } from "./helpers/reportDirs.js";

const IMG = "<img src=x onerror=alert(1)>";
const FORMULA = '=HYPERLINK("x")';
const tmp = mkdtempSync(join(tmpdir(), "planbench-security-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** Every text cell of every CSV in `dir`: none may start like a formula. */
function expectInertCsv(dir: string): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(".csv"));
  const cells: string[] = [];
  for (const f of files) {
    const records = parse(readFileSync(join(dir, f), "utf8")) as string[][];
    for (const r of records) for (const c of r) if (!PLAIN_NUMBER.test(c)) cells.push(c);
  }
  const dangerous = cells.filter((c) => /^[=+\-@\t\r]/.test(c));
  expect(dangerous).toEqual([]);
  return cells;
}

function expectNoMarkup(text: string): void {
  expect(text).not.toContain("<img");
  expect(text).not.toContain("<script>alert");
  expect(text).not.toMatch(/<svg[^>]*onload/);
}

describe("a run whose names are markup and formulas", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await runReportDir(join(tmp, "run"), {
      experiment: "<script>alert(1)</script>",
      variants: [IMG, FORMULA, "Plain"],
      scenarios: ['"><svg onload=alert(1)>', "Downturn"],
    });
  }, 60_000);

  it("escapes them in report.html, and the text is still there to read", () => {
    const page = readFileSync(join(dir, "report.html"), "utf8");
    expectNoMarkup(page.replace(/^<!doctype html>\n<html[\s\S]*?<main>/, ""));
    expect(page).toContain(escapeHtml(IMG));
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).toContain(escapeHtml(FORMULA));
    expect(page.match(/<script/g)).toBeNull();
  });

  it("escapes them in every chart SVG and in report.md", () => {
    for (const f of readdirSync(join(dir, "charts")).filter((x) => x.endsWith(".svg")))
      expectNoMarkup(readFileSync(join(dir, "charts", f), "utf8"));
    const md = readFileSync(join(dir, "report.md"), "utf8");
    expect(md).toContain("\\<img src=x onerror=alert(1)\\>");
    expect(md).not.toMatch(/(^|[^\\])<img/);
  });

  it("guards them in summary.csv: the formula becomes text", () => {
    const cells = expectInertCsv(dir);
    expect(cells).toContain(`'${FORMULA}`);
    expect(cells).toContain(IMG);
  });
});

describe("a backtest with a rep named <img …> and a plan named =HYPERLINK(…)", () => {
  let dir = "";
  beforeAll(async () => {
    const data = join(tmp, "data");
    cpSync(join(PROJECT_ROOT, "data", "sample"), data, { recursive: true });
    const reps = readFileSync(join(data, "reps.csv"), "utf8").split("\n");
    writeFileSync(
      join(data, "reps.csv"),
      reps
        .map((line, i) => (i === 0 || line === "" ? line : line.replace(/^([^,]*),[^,]*,/, `$1,${IMG},`)))
        .join("\n"),
    );
    const plan = join(tmp, "formula-plan.yaml");
    const text = readFileSync(join(PROJECT_ROOT, "scenarios/plans/ae-outcome.yaml"), "utf8");
    writeFileSync(plan, text.replace(/^name: .*$/m, `name: '${FORMULA}'`));
    const csm = join(PROJECT_ROOT, "scenarios/plans/csm-outcome.yaml");
    dir = await backtestReportDir(
      join(tmp, "backtest"),
      [`base=${join(PROJECT_ROOT, "scenarios/plans/ae-activity-era.yaml")},${csm}`, `formula=${plan},${csm}`],
      data,
    );
  }, 60_000);

  it("shows the rep and plan names as text in report.html", () => {
    const page = readFileSync(join(dir, "report.html"), "utf8");
    expectNoMarkup(page);
    expect(page).toContain(escapeHtml(IMG));
    expect(page).toContain(escapeHtml(FORMULA));
  });

  it("guards the plan name in plans.csv and keeps every CSV inert", () => {
    expect(readFileSync(join(dir, "plans.csv"), "utf8")).toContain(`'=HYPERLINK(""x"")`);
    const cells = expectInertCsv(dir);
    expect(cells).toContain(IMG);
  });

  const chromium = findChromium();
  it.skipIf(!chromium)(
    "creates no element and opens no dialog in the browser",
    async () => {
      const browser = Chromium.launch(chromium!);
      try {
        for (const d of [dir, join(tmp, "run")]) {
          const page = await visit(browser, pathToFileURL(join(d, "report.html")).href);
          const facts = await page.evaluate<{ images: number; scripts: number; text: string }>(
            `({ images: document.images.length, scripts: document.scripts.length, text: document.body.textContent })`,
          );
          expect(facts, d).toMatchObject({ images: 0, scripts: 0 });
          expect(facts.scripts).toBe(0);
          expect(facts.text).toContain(IMG);
          expect(page.dialogs).toEqual([]);
          expect(page.errors).toEqual([]);
        }
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
