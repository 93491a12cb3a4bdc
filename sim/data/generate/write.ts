/**
 * Writes a generated sample: canonical tables (CSV and/or Arrow) plus a manifest naming the
 * generator options and each file's SHA-256, so a regenerated sample can be compared by hash.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { writeFileAtomic } from "../../io/atomicWrite.js";
import { TABLES, type TableName } from "../tables.js";
import { type TableFormat, writeTables } from "../write.js";
import type { GenerateOptions } from "./config.js";
import { generateSample } from "./index.js";

export interface SampleManifest {
  readonly generator: "planbench generate-data";
  readonly options: GenerateOptions;
  readonly rows: Readonly<Record<string, number>>;
  readonly files: Readonly<Record<string, string>>;
}

export function writeSample(
  dir: string,
  options: GenerateOptions,
  format: TableFormat = "both",
): SampleManifest {
  const tables = generateSample(options);
  const files: Record<string, string> = {};
  for (const path of writeTables(dir, tables, format)) {
    files[basename(path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  const rows = Object.fromEntries(
    Object.entries(tables)
      // an optional table without rows is not written, nor counted (tables.ts `optional`)
      .filter(([name, list]) => !(TABLES[name as TableName].optional && (list as unknown[]).length === 0))
      .map(([name, list]) => [name, (list as unknown[]).length]),
  );
  const manifest: SampleManifest = { generator: "planbench generate-data", options, rows, files };
  writeFileAtomic(join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
