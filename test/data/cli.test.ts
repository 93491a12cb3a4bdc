import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { describe, expect, it, vi } from "vitest";
import * as generateData from "../../sim/cli/commands/generate-data.js";
import * as importCmd from "../../sim/cli/commands/import.js";
import { InputError } from "../../sim/errors.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";
import { tempDir } from "./tmp.js";

/** The two data commands on a bare program (the full CLI also registers other helpers' commands). */
async function run(args: string[]): Promise<string> {
  const program = new Command().exitOverride();
  generateData.register(program);
  importCmd.register(program);
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  try {
    await program.parseAsync(args, { from: "user" });
  } finally {
    spy.mockRestore();
  }
  return out.join("");
}

describe("planbench generate-data / import", () => {
  it("generates a small sample and imports it back to Arrow", async () => {
    const dir = tempDir("cli");
    const printed = await run([
      "generate-data",
      "--out",
      join(dir, "gen"),
      "--seed",
      "7",
      "--reps",
      "18",
      "--years",
      "1",
      "--tables",
      "csv",
    ]);
    expect(printed).toMatch(/reps\s+18 rows/);
    const summary = await run([
      "import",
      "--dir",
      join(dir, "gen"),
      "--out",
      join(dir, "arrow"),
      "--tables",
      "arrow",
    ]);
    expect(summary).toMatch(/^import of /);
    expect(existsSync(join(dir, "arrow", "opportunities.arrow"))).toBe(true);
    const json = JSON.parse(readFileSync(join(dir, "arrow", "import-summary.json"), "utf8"));
    expect(json.tables.find((t: { table: string }) => t.table === "reps").rows).toBe(18);
  });

  it("quarantines bad rows of a mapping import into the output directory", async () => {
    const dir = tempDir("cli-q");
    const printed = await run([
      "import",
      "--mapping",
      join(PROJECT_ROOT, "test/data/fixtures/mini-crm.yaml"),
      "--out",
      dir,
      "--on-bad-rows",
      "quarantine",
    ]);
    expect(printed).toMatch(/4 bad row\(s\) quarantined/);
    expect(existsSync(join(dir, "quarantine", "opportunities.pipeline.csv"))).toBe(true);
  });

  it("fails with an InputError (no files written) on bad rows by default", async () => {
    const dir = tempDir("cli-f");
    await expect(
      run(["import", "--mapping", join(PROJECT_ROOT, "test/data/fixtures/mini-crm.yaml"), "--out", dir]),
    ).rejects.toBeInstanceOf(InputError);
    expect(existsSync(join(dir, "opportunities.csv"))).toBe(false);
  });

  it("rejects bad flags with a clear message", async () => {
    await expect(run(["generate-data", "--out", "x", "--reps", "abc"])).rejects.toThrow(
      /--reps: value 'abc' must be a whole number/,
    );
  });
});
