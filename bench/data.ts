/**
 * Import benchmark: writes a 1,000,000-row canonical opportunities CSV (plus the reps and
 * accounts it references) to a temp dir, then times `loadDataset` on it in a fresh Node process
 * and reports wall time and that process's peak RSS. Timings live here, never in tests.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stream } from "../sim/data/generate/random.js";

import { runTimedChild } from "./child.js";
import type { BenchResult } from "./types.js";

export function writeLines(path: string, header: string, count: number, line: (i: number) => string): number {
  const fd = openSync(path, "w");
  let bytes = 0;
  try {
    let chunk = `${header}\n`;
    for (let i = 0; i < count; i++) {
      chunk += `${line(i)}\n`;
      if (chunk.length > 1 << 20) {
        bytes += writeSync(fd, chunk);
        chunk = "";
      }
    }
    bytes += writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

export function writeBenchDataset(dir: string, rows: number): number {
  const reps = 100;
  const accounts = 10_000;
  writeLines(
    join(dir, "reps.csv"),
    "rep_id,name,role,team,region,segment,hire_date,termination_date,manager_id",
    reps,
    (i) => `R${i},Rep ${i},AE,T${i % 10},NA,SMB,2020-01-01,,M${i % 10}`,
  );
  writeLines(
    join(dir, "accounts.csv"),
    "account_id,name,segment,region,industry,created_date",
    accounts,
    (i) => `A${i},Account ${i},SMB,NA,Software,2020-01-01`,
  );
  const r = stream(1, "bench", "opportunities");
  return writeLines(
    join(dir, "opportunities.csv"),
    "opportunity_id,account_id,owner_rep_id,created_date,closed_date,stage,amount,list_amount,discount,term_months,product",
    rows,
    (i) => {
      const list = 1000 + Math.floor(r.next() * 90_000);
      const discount = Math.floor(r.next() * 3000) / 10_000;
      const month = 1 + (i % 12);
      const stage = r.next() < 0.25 ? "won" : "lost";
      return `O${i},A${i % accounts},R${i % reps},2022-${String(month).padStart(2, "0")}-01,2023-${String(month).padStart(2, "0")}-15,${stage},${Math.round(list * (1 - discount))},${list},${discount},12,P${i % 7}`;
    },
  );
}

export function benchImport(rows = 1_000_000): BenchResult {
  const dir = mkdtempSync(join(tmpdir(), "planbench-import-"));
  try {
    const bytes = writeBenchDataset(dir, rows);
    const loader = fileURLToPath(new URL("../sim/data/load.js", import.meta.url));
    const { ms, peakRssMb } = runTimedChild(
      `const { loadDataset } = await import(${JSON.stringify(loader)});`,
      `const r = loadDataset(${JSON.stringify(dir)});
       if (r.tables.opportunities.length !== ${rows}) throw new Error("row count");`,
    );
    return {
      name: "data.import.opportunities1M",
      value: Math.round(ms) / 1000,
      unit: "s",
      higherIsBetter: false,
      details: {
        rows,
        rowsPerSecond: Math.round(rows / (ms / 1000)),
        peakRssMb,
        fileMb: Math.round((bytes / 1024 / 1024) * 10) / 10,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`${JSON.stringify(benchImport(Number(process.argv[2] ?? 1_000_000)))}\n`);
}
