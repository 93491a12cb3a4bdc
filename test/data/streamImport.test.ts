import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { readTableArrow } from "../../sim/data/arrow.js";
import { tableToCsv } from "../../sim/data/csv.js";
import { importDataset } from "../../sim/data/importDataset.js";
import { loadDataset } from "../../sim/data/load.js";
import { asRowTables } from "../../sim/data/rows.js";
import { KeyIndex } from "../../sim/data/stream/keyIndex.js";
import { TABLE_NAMES } from "../../sim/data/tables.js";
import { formatProblem, InputError } from "../../sim/errors.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";
import { tempDir } from "./tmp.js";

// The streaming importer (import --dir and --mapping write rows on as they are read) against
// two oracles: the bundled sample, whose canonical CSV files it must write back byte for byte,
// and loadDataset, whose typed columns hold what the importer wrote.

const scratch = tempDir("stream-import");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const BAD = join("test", "data", "fixtures", "bad-canonical");
const MAPPINGS = ["maven-crm", "ravenstack"].map((m) => join(PROJECT_ROOT, "data", "mappings", `${m}.yaml`));

const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error("expected an InputError");
};

describe("streaming import", () => {
  it("writes the sample's canonical CSV files back byte for byte, and its Arrow files row for row", () => {
    const out = join(scratch, "sample");
    importDataset("data/sample", { out, format: "both" });
    for (const t of TABLE_NAMES) {
      expect(
        readFileSync(join(out, `${t}.csv`)).equals(readFileSync(join("data/sample", `${t}.csv`))),
        t,
      ).toBe(true);
      expect(readTableArrow(t, join(out, `${t}.arrow`)).rows, t).toEqual(
        readTableArrow(t, join("data/sample", `${t}.arrow`)).rows,
      );
    }
  }, 120_000);

  for (const mapping of MAPPINGS)
    it(`writes through ${mapping.split("/").at(-1)} exactly the tables loadDataset holds`, () => {
      const out = join(scratch, mapping.split("/").at(-1)!);
      const { loaded: written } = importDataset(mapping, { out, format: "both", onBadRows: "quarantine" });
      const loaded = loadDataset(mapping, { onBadRows: "quarantine" });
      expect(written.summary).toEqual(loaded.summary);
      const rows = asRowTables(loaded.tables);
      for (const t of TABLE_NAMES) {
        expect(readFileSync(join(out, `${t}.csv`), "utf8"), t).toBe(tableToCsv(t, rows[t]));
        expect(readTableArrow(t, join(out, `${t}.arrow`)).rows, t).toEqual([...rows[t]]);
      }
    }, 60_000);

  it("lists a directory's bad rows as loadDataset does: problems, quarantine rows and order", () => {
    const out = join(scratch, "bad");
    expect(problemsOf(() => importDataset(BAD, { out: join(scratch, "bad-fail") }))).toEqual(
      problemsOf(() => loadDataset(BAD)),
    );
    const { loaded } = importDataset(BAD, { out, onBadRows: "quarantine" });
    expect(loaded.rejected).toEqual(loadDataset(BAD, { onBadRows: "quarantine" }).rejected);
    for (const f of readdirSync(join(out, "quarantine"))) {
      const rows = parse(readFileSync(join(out, "quarantine", f), "utf8"), { columns: true }) as Record<
        string,
        string
      >[];
      const expected = loaded.rejected.filter(
        (r) =>
          `${r.table}.${r.row.file
            .split("/")
            .at(-1)!
            .replace(/\.csv$/, "")}.csv` === f,
      );
      expect(rows.map((r) => r.source_line)).toEqual(expected.map((r) => String(r.row.line)));
    }
  });

  it("KeyIndex keeps every key apart (collisions compared byte for byte)", () => {
    const index = new KeyIndex();
    const keys = Array.from({ length: 50_000 }, (_, i) => `k-${i % 25_000}-é${i < 25_000 ? "" : "x"}`);
    keys.forEach((k, i) => {
      expect(index.add(k, i)).toBe(true);
    });
    expect(index.size).toBe(50_000);
    keys.forEach((k, i) => {
      expect(index.get(k)).toBe(i);
      expect(index.number(k)).toBe(i);
      expect(index.keyAt(i)).toBe(k);
      expect(index.add(k, -1)).toBe(false);
    });
    expect(index.get("absent")).toBeUndefined();
    expect(index.has("absent")).toBe(false);
  });
});
