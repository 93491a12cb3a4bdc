/**
 * The bundled external datasets (data/datasets/): every file matches its SHA-256 in SHA256SUMS,
 * every CSV is listed, the mappings read them relative to themselves (not the working
 * directory), and a missing source names the resolved path and the fix.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDataset } from "../../sim/data/load.js";
import { formatProblem, InputError } from "../../sim/errors.js";
import { BUNDLED_DATASETS_DIR, PROJECT_ROOT } from "../helpers/datasets.js";
import { tempDir, writeText } from "./tmp.js";

const manifest = readFileSync(join(BUNDLED_DATASETS_DIR, "SHA256SUMS"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => {
    const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
    if (!match) throw new Error(`SHA256SUMS: malformed line '${line}'`);
    return { sha256: match[1]!, file: match[2]! };
  });

function csvFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".csv"))
    .map((f) => f.split("\\").join("/"))
    .sort();
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("bundled datasets", () => {
  it("lists every CSV of maven-crm and ravenstack in SHA256SUMS", () => {
    expect(manifest.map((m) => m.file)).toEqual(csvFiles(BUNDLED_DATASETS_DIR));
    expect(manifest.filter((m) => m.file.startsWith("maven-crm/"))).toHaveLength(4);
    expect(manifest.filter((m) => m.file.startsWith("ravenstack/"))).toHaveLength(5);
  });

  it.each(manifest)("$file matches its SHA-256", ({ file, sha256 }) => {
    const bytes = readFileSync(join(BUNDLED_DATASETS_DIR, file));
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(sha256);
  });
});

describe("dataset paths", () => {
  const saved = { cwd: process.cwd(), env: process.env.PLANBENCH_DATASETS };
  afterEach(() => {
    process.chdir(saved.cwd);
    if (saved.env === undefined) delete process.env.PLANBENCH_DATASETS;
    else process.env.PLANBENCH_DATASETS = saved.env;
  });

  it("resolves the bundled mapping's sources relative to the mapping, from any working directory", () => {
    delete process.env.PLANBENCH_DATASETS;
    process.chdir(tempDir("cwd-elsewhere"));
    const loaded = loadDataset(join(PROJECT_ROOT, "data/mappings/maven-crm.yaml"));
    expect(loaded.tables.reps).toHaveLength(35);
  });

  it("names the resolved path, where the folder came from and the fix when a source is missing", () => {
    delete process.env.PLANBENCH_DATASETS;
    const dir = tempDir("missing-source");
    const text = readFileSync(join(PROJECT_ROOT, "data/mappings/maven-crm.yaml"), "utf8");
    const mapping = writeText(
      join(dir, "maven.yaml"),
      text.replace("datasets: ../datasets", "datasets: nowhere"),
    );
    const problems = problemsOf(() => loadDataset(mapping));
    expect(problems).toHaveLength(4); // every missing source at once
    expect(problems[0]).toBe(
      `maven-crm/sales_teams.csv: file not found at ${join(dir, "nowhere", "maven-crm", "sales_teams.csv")} ` +
        `(datasets folder from 'datasets: nowhere' in ${mapping}) ` +
        "(pass --datasets DIR or set PLANBENCH_DATASETS=DIR, where DIR holds maven-crm/sales_teams.csv)",
    );
  });

  it("says so when PLANBENCH_DATASETS points elsewhere, and --datasets wins over it", () => {
    const dir = tempDir("env-override");
    process.env.PLANBENCH_DATASETS = dir;
    const mapping = join(PROJECT_ROOT, "data/mappings/ravenstack.yaml");
    const problems = problemsOf(() => loadDataset(mapping));
    expect(problems[0]).toContain(`not found at ${join(dir, "ravenstack", "accounts.csv")}`);
    expect(problems[0]).toContain("from the environment variable PLANBENCH_DATASETS");
    expect(problems[0]).toContain(`or unset it to read ../datasets beside the mapping`);
    const loaded = loadDataset(mapping, { datasetsDir: BUNDLED_DATASETS_DIR });
    expect(loaded.tables.accounts).toHaveLength(500);
    expect(relative(PROJECT_ROOT, BUNDLED_DATASETS_DIR)).toBe(join("data", "datasets"));
  });
});
