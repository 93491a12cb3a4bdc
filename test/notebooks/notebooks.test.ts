/**
 * The notebooks (notebooks/*.ipynb) run end to end, headless, on the Deno kernel: each is
 * executed fresh by nbclient (test/notebooks/execute.py) and fails the suite if any cell errors.
 * Committed notebooks carry no outputs (they are regenerated here, never stale), every cell that
 * calls pb.show displays something, and every notebook shows at least one rendered SVG chart.
 *
 * Tooling: the Deno binary from the `deno` dev dependency and Debian's python3-nbclient (.ci/run
 * installs it). When either is missing the tests fail in CI (CI=true) and skip elsewhere with a
 * visible notice. The kernelspec is written to a temporary JUPYTER_PATH, so nothing is installed
 * into the user's Jupyter.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/datasets.js";

const NOTEBOOK_DIR = join(PROJECT_ROOT, "notebooks");
const NOTEBOOKS = readdirSync(NOTEBOOK_DIR)
  .filter((f) => f.endsWith(".ipynb"))
  .sort();
const EXECUTED_DIR = join(PROJECT_ROOT, "test", ".tmp", "notebooks");
const RUNNER = join(PROJECT_ROOT, "test", "notebooks", "execute.py");

interface Output {
  readonly output_type: string;
  readonly data?: Record<string, string | string[]>;
  readonly ename?: string;
  readonly evalue?: string;
}
interface Cell {
  readonly cell_type: string;
  readonly source: string | string[];
  readonly outputs?: Output[];
  readonly execution_count?: number | null;
}
interface Notebook {
  readonly cells: Cell[];
  readonly metadata: { readonly kernelspec?: { readonly name?: string } };
  readonly nbformat: number;
}

const readNotebook = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Notebook;
const text = (s: string | string[]) => (Array.isArray(s) ? s.join("") : s);

/** The deno executable the `deno` npm package ships (as its bin script resolves it). */
function denoBinary(): string | null {
  try {
    const require = createRequire(join(PROJECT_ROOT, "package.json"));
    const install = require("deno/install_api.cjs") as { runInstall: () => string };
    const path = install.runInstall();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** A Python with nbclient importable: PLANBENCH_PYTHON, else Debian's, else the one on PATH. */
function pythonWithNbclient(): string | null {
  const candidates = [process.env.PLANBENCH_PYTHON, "/usr/bin/python3", "python3"].filter((p): p is string =>
    Boolean(p),
  );
  for (const python of candidates) {
    const probe = spawnSync(python, ["-c", "import nbclient, nbformat"], { encoding: "utf8" });
    if (probe.status === 0) return python;
  }
  return null;
}

const deno = denoBinary();
const python = pythonWithNbclient();
const missing = [
  ...(deno ? [] : ["the deno binary (npm ci installs the `deno` dev dependency)"]),
  ...(python ? [] : ["python3 with nbclient (Debian: apt-get install python3-nbclient)"]),
];
const toolsReady = missing.length === 0;
if (!toolsReady) {
  const message = `notebook tests need ${missing.join(" and ")}`;
  if (process.env.CI === "true") throw new Error(`${message}: required in CI (CI=true)`);
  console.warn(`⚠ ${message}: skipping the notebook executions (they are required in CI)`);
}

describe("committed notebooks", () => {
  it("there is one notebook per user group", () => {
    expect(NOTEBOOKS).toEqual(["comp-committee.ipynb", "finance.ipynb", "pilot-designer.ipynb"]);
  });

  it.each(NOTEBOOKS)("%s is stripped (no outputs, no execution counts) and names the Deno kernel", (name) => {
    const nb = readNotebook(join(NOTEBOOK_DIR, name));
    expect(nb.nbformat).toBe(4);
    expect(nb.metadata.kernelspec?.name).toBe("deno");
    for (const cell of nb.cells.filter((c) => c.cell_type === "code")) {
      expect(cell.outputs, text(cell.source).slice(0, 60)).toEqual([]);
      expect(cell.execution_count).toBeNull();
    }
  });
});

describe("notebook code and the library's types", () => {
  it("every notebook's code type-checks (tsc --strict) against sim/index.ts", () => {
    // Deno's kernel runs the cells without a type check, so check them here: all code cells of
    // a notebook in order form one ES module; "planbench" is the API's source, Deno a small shim
    const dir = mkdtempSync(join(tmpdir(), "planbench-notebook-types-"));
    try {
      const api = join(PROJECT_ROOT, "sim", "index.js");
      const shim =
        "declare const Deno: { chdir(dir: string): void; cwd(): string; env: { get(name: string): string | undefined } };";
      const files = NOTEBOOKS.map((name) => {
        const code = readNotebook(join(NOTEBOOK_DIR, name))
          .cells.filter((c) => c.cell_type === "code")
          .map((c) => text(c.source))
          .join("\n\n");
        expect(code).toContain('from "planbench"');
        const file = join(dir, name.replace(/\.ipynb$/, ".mts"));
        writeFileSync(
          file,
          `${shim}\n${code.replaceAll('from "planbench"', `from ${JSON.stringify(api)}`)}\n`,
        );
        return file;
      });
      const tsc = join(PROJECT_ROOT, "node_modules", "typescript", "bin", "tsc");
      const args = ["--noEmit", "--strict", "--target", "ES2022", "--lib", "ES2023", "--module", "NodeNext"]
        .concat(["--moduleResolution", "NodeNext", "--skipLibCheck", "--types", "node"])
        .concat(["--typeRoots", join(PROJECT_ROOT, "node_modules", "@types"), ...files]);
      const run = spawnSync(process.execPath, [tsc, ...args], { cwd: PROJECT_ROOT, encoding: "utf8" });
      expect(run.stdout + run.stderr).toBe("");
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe.skipIf(!toolsReady)("notebooks run top to bottom on the Deno kernel", () => {
  const jupyterPath = mkdtempSync(join(tmpdir(), "planbench-jupyter-"));
  afterAll(() => rmSync(jupyterPath, { recursive: true, force: true }));
  mkdirSync(join(jupyterPath, "kernels", "deno"), { recursive: true });
  writeFileSync(
    join(jupyterPath, "kernels", "deno", "kernel.json"),
    JSON.stringify({
      argv: [deno, "jupyter", "--kernel", "--conn", "{connection_file}"],
      display_name: "Deno",
      language: "typescript",
    }),
  );
  mkdirSync(EXECUTED_DIR, { recursive: true });

  it.each(NOTEBOOKS)(
    "%s: every cell runs without error and every pb.show displays",
    (name) => {
      const executed = join(EXECUTED_DIR, name);
      rmSync(executed, { force: true });
      const run = spawnSync(python!, [RUNNER, join(NOTEBOOK_DIR, name), executed, "300"], {
        cwd: PROJECT_ROOT,
        encoding: "utf8",
        env: {
          ...process.env,
          JUPYTER_PATH: [jupyterPath, process.env.JUPYTER_PATH].filter(Boolean).join(delimiter),
          NO_COLOR: "1",
        },
        timeout: 600_000,
      });
      expect(run.status, `${name} failed:\n${run.stderr}`).toBe(0);

      const nb = readNotebook(executed);
      const code = nb.cells.filter((c) => c.cell_type === "code");
      const errors = code.flatMap((c) => (c.outputs ?? []).filter((o) => o.output_type === "error"));
      expect(errors.map((e) => `${e.ename}: ${e.evalue}`)).toEqual([]);
      for (const cell of code) {
        const source = text(cell.source);
        expect(cell.execution_count, source.slice(0, 60)).toBeGreaterThan(0);
        const displays = (cell.outputs ?? []).filter((o) => o.output_type === "display_data");
        const shows = source.match(/pb\.show\(/g)?.length ?? 0;
        expect(displays.length, `${name}: ${source.slice(0, 80)}`).toBe(shows);
      }
      const svgs = code
        .flatMap((c) => c.outputs ?? [])
        .map((o) => o.data?.["image/svg+xml"])
        .filter((s): s is string | string[] => s !== undefined)
        .map(text);
      expect(svgs.length, `${name} shows no chart`).toBeGreaterThan(0);
      for (const svg of svgs) {
        expect(svg.startsWith("<svg")).toBe(true);
        expect(svg).toMatch(/role-mark/); // drawn marks, not an empty frame
      }
    },
    600_000,
  );
});
