import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../sim/data/load.js";
import { InputError } from "../../sim/errors.js";
import { runCli } from "../helpers/cli.js";
import { scratchDir } from "./helpers.js";

// A mapping cannot read outside its datasets folder: `../` paths, absolute paths and symbolic
// links out of the folder are refused with the key and the folder named.

const scratch = scratchDir("faults-confine");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const datasets = join(scratch, "datasets");
mkdirSync(join(datasets, "crm"), { recursive: true });
writeFileSync(join(datasets, "crm", "reps.csv"), "Id,Name\nr1,Ada\n");
writeFileSync(join(scratch, "secret.csv"), "Id,Name\nroot,x\n");
symlinkSync(join(scratch, "secret.csv"), join(datasets, "crm", "link.csv"));

function mapping(source: string): string {
  const file = join(scratch, `m-${Math.abs(hash(source))}.yaml`);
  writeFileSync(
    file,
    [
      "version: 1",
      "name: confinement test",
      "datasets: datasets",
      "sources:",
      `  reps: ${JSON.stringify(source)}`,
      "tables:",
      "  reps:",
      "    from: reps",
      "    columns:",
      "      rep_id: Id",
      "      name: Name",
      "      role: {value: AE}",
      "      team: {value: T}",
      "      region: {value: NA}",
      "      segment: {value: SMB}",
      "      hire_date: {value: 2020-01-01}",
      "",
    ].join("\n"),
  );
  return file;
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}

function problemOf(source: string): string {
  try {
    loadDataset(mapping(source), { onBadRows: "quarantine" });
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  return "";
}

describe("mapping sources stay in the datasets folder", () => {
  it("a source inside the folder is read", () => {
    const loaded = loadDataset(mapping("crm/reps.csv"), { onBadRows: "quarantine" });
    expect(loaded.tables.reps.map((r) => r.rep_id)).toEqual(["r1"]);
  });
  it("../../../etc/passwd, an absolute path and a symbolic link out are refused", () => {
    expect(problemOf("../../../etc/passwd")).toMatch(
      /sources\.reps: source '\.\.\/\.\.\/\.\.\/etc\/passwd' leaves the datasets folder/,
    );
    expect(problemOf("crm/../../secret.csv")).toMatch(/leaves the datasets folder/);
    expect(problemOf("/etc/passwd")).toMatch(/is an absolute path/);
    expect(problemOf("crm/link.csv")).toMatch(/leaves the datasets folder through a symbolic link/);
  });
  it("the CLI refuses with exit 1 and copies nothing", async () => {
    const out = join(scratch, "out");
    const result = await runCli([
      "import",
      "--mapping",
      mapping("../../../etc/passwd"),
      "--out",
      out,
      "--on-bad-rows",
      "quarantine",
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/give --datasets DIR to read from another folder/);
    expect(result.stderr).not.toContain("root:");
  });
  it("--datasets names another folder explicitly", () => {
    const loaded = loadDataset(mapping("secret.csv"), { onBadRows: "quarantine", datasetsDir: scratch });
    expect(loaded.tables.reps.map((r) => r.rep_id)).toEqual(["root"]);
  });
});
