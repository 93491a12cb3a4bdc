import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_GENERATE } from "../../sim/data/generate/config.js";
import { generateSample } from "../../sim/data/generate/index.js";
import { type SampleManifest, writeSample } from "../../sim/data/generate/write.js";
import { loadDataset } from "../../sim/data/load.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";
import { tempDir } from "./tmp.js";

const SAMPLE = join(PROJECT_ROOT, "data/sample");
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("sample data (data/sample, seed 42)", () => {
  const committed = JSON.parse(readFileSync(join(SAMPLE, "manifest.json"), "utf8")) as SampleManifest;

  it("regenerates byte-identical files with the same seed", () => {
    const dir = tempDir("sample");
    const manifest = writeSample(dir, DEFAULT_GENERATE, "both");
    expect(manifest).toEqual(committed);
    for (const [file, hash] of Object.entries(committed.files)) {
      expect(sha(join(SAMPLE, file)), file).toBe(hash);
      expect(sha(join(dir, file)), file).toBe(hash);
    }
  });

  it("changes with the seed", () => {
    const a = generateSample({ reps: 18, years: 1, seed: 1 });
    const b = generateSample({ reps: 18, years: 1, seed: 2 });
    expect(a.opportunities.map((o) => o.amount)).not.toEqual(b.opportunities.map((o) => o.amount));
  });

  it("loads cleanly and has the documented shape", () => {
    const { tables, problems } = loadDataset(SAMPLE);
    expect(problems).toEqual([]);
    const roles = Object.fromEntries(
      ["AE", "AM", "CSM"].map((r) => [r, tables.reps.filter((x) => x.role === r).length]),
    );
    expect(roles).toEqual({ AE: 90, AM: 50, CSM: 60 });
    const closed = tables.opportunities.filter((o) => o.stage !== "open");
    const winRate = closed.filter((o) => o.stage === "won").length / closed.length;
    expect(winRate).toBeGreaterThan(0.2);
    expect(winRate).toBeLessThan(0.3);
    const won = tables.opportunities.filter((o) => o.stage === "won");
    const quarterEnd = won.filter((o) => Number(o.closed_date!.slice(5, 7)) % 3 === 0).length / won.length;
    expect(quarterEnd).toBeGreaterThan(0.4); // bunching: uniform would be 1/3
    expect(new Set(won.map((o) => o.term_months))).toEqual(new Set([12, 24, 36]));
    expect(tables.reps.some((r) => r.termination_date !== null)).toBe(true);
  });
});
