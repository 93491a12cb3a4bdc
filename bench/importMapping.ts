/**
 * Mapping import benchmark: a maven-crm-shaped export of 1,000,000 pipeline rows — the bundled
 * sales_pipeline.csv repeated with unique opportunity ids, beside the bundled teams, accounts and
 * products — imported through the bundled maven-crm mapping (`importDataset`, CSV tables, the
 * skipped rows written) in a fresh Node process: wall time and that process's peak RSS.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runTimedChild } from "./child.js";
import { writeLines } from "./data.js";
import type { BenchResult } from "./types.js";

const MAVEN = fileURLToPath(new URL("../../data/datasets/maven-crm/", import.meta.url));
const MAPPING = fileURLToPath(new URL("../../data/mappings/maven-crm.yaml", import.meta.url));

/**
 * Writes `<dir>/maven-crm/` with `rows` pipeline rows; returns the pipeline's size in bytes.
 * The bundled pipeline has no quoted fields, so its lines are its records; the k-th repeat of a
 * row gets the id `<id>-k`.
 */
export function writeMavenExport(dir: string, rows: number): number {
  const data = join(dir, "maven-crm");
  mkdirSync(data, { recursive: true });
  for (const f of ["sales_teams.csv", "accounts.csv", "products.csv"])
    copyFileSync(join(MAVEN, f), join(data, f));
  const [header, ...body] = readFileSync(join(MAVEN, "sales_pipeline.csv"), "utf8").trimEnd().split("\n");
  return writeLines(join(data, "sales_pipeline.csv"), header!, rows, (i) => {
    const row = body[i % body.length]!;
    const k = Math.floor(i / body.length);
    const comma = row.indexOf(",");
    return k === 0 ? row : `${row.slice(0, comma)}-${k}${row.slice(comma)}`;
  });
}

export function benchMappingImport(rows = 1_000_000): BenchResult {
  const dir = mkdtempSync(join(tmpdir(), "planbench-mapping-"));
  try {
    const bytes = writeMavenExport(dir, rows);
    const importer = fileURLToPath(new URL("../sim/data/importDataset.js", import.meta.url));
    const { ms, peakRssMb } = runTimedChild(
      `const { importDataset } = await import(${JSON.stringify(importer)});`,
      `const { loaded } = importDataset(${JSON.stringify(MAPPING)}, { datasetsDir: ${JSON.stringify(dir)}, out: ${JSON.stringify(join(dir, "out"))} });
       if (loaded.summary.tables[2].rowsRead !== ${rows}) throw new Error("row count");`,
    );
    return {
      name: "data.import.mavenMapping1M",
      value: Math.round(ms) / 1000,
      unit: "s",
      higherIsBetter: false,
      details: {
        rows,
        rowsPerSecond: Math.round(rows / (ms / 1000)),
        peakRssMb,
        fileMb: Math.round((bytes / 1048576) * 10) / 10,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`${JSON.stringify(benchMappingImport(Number(process.argv[2] ?? 1_000_000)))}\n`);
}
