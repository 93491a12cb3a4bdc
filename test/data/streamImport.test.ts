import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { readTableArrow } from "../../sim/data/arrow.js";
import { tableToCsv } from "../../sim/data/csv.js";
import { importDataset } from "../../sim/data/importDataset.js";
import { loadDataset } from "../../sim/data/load.js";
import { asRowTables } from "../../sim/data/rows.js";
import { KeyIndex } from "../../sim/data/stream/keyIndex.js";
import { badRowsFile } from "../../sim/data/stream/skippedFiles.js";
import { TABLE_NAMES, TABLES } from "../../sim/data/tables.js";
import { formatProblem, InputError } from "../../sim/errors.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";
import { tempDir, writeText } from "./tmp.js";

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
      // an optional table the dataset does not give is not written (tables.ts `optional`)
      if (TABLES[t].optional && !existsSync(join("data/sample", `${t}.csv`))) {
        expect(existsSync(join(out, `${t}.csv`)), t).toBe(false);
        continue;
      }
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
        if (TABLES[t].optional && rows[t].length === 0) {
          expect(existsSync(join(out, `${t}.csv`)), t).toBe(false);
          continue;
        }
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
      const expected = loaded.rejected.filter((r) => badRowsFile(r.table, r.row.file) === f);
      expect(rows.map((r) => r.source_line)).toEqual(expected.map((r) => String(r.row.line)));
    }
  });

  it("writes skipped rows with their source fields, read again from the source", () => {
    const dir = tempDir("skipped-fields");
    writeText(join(dir, "pipeline.csv"), "id,stage,account\nD1,open,\nD2,won,A1\nD3,open,\n");
    writeText(join(dir, "accounts.csv"), "account\nA1\n");
    const mapping = writeText(
      join(dir, "map.yaml"),
      [
        "version: 1",
        "name: skipped",
        "datasets: .",
        "sources: { pipeline: pipeline.csv, accounts: accounts.csv }",
        "tables:",
        "  accounts:",
        "    from: accounts",
        "    columns: { account_id: account, name: account, segment: { value: SMB }, region: { value: NA } }",
        "  reps: { synthetic: { count: 1, role: AE, id: 'R{n}', team: T, regions: [NA], segment: SMB, hireDate: '2020-01-01' } }",
        "  opportunities:",
        "    from: pipeline",
        "    skip: [{ when: 'isBlank(account)', reason: no account }]",
        "    columns:",
        "      opportunity_id: id",
        "      account_id: account",
        "      owner_rep_id: { value: R1 }",
        "      stage: stage",
        "      closed_date: { value: '2021-01-01' }",
        "      amount: { value: 10 }",
      ].join("\n"),
    );
    const out = join(scratch, "skipped");
    importDataset(mapping, { out });
    expect(readFileSync(join(out, "skipped", "opportunities.pipeline.csv"), "utf8")).toBe(
      "source_file,source_line,reason,id,stage,account\npipeline.csv,2,no account,D1,open,\npipeline.csv,4,no account,D3,open,\n",
    );
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
