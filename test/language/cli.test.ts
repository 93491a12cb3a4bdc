import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { MINIMAL } from "./helpers.js";

// Oracle: the validate contract — `file: ok` per valid file on stdout, every problem as
// `file:line:col: path: message (hint)` on stderr, exit code 0 only when all files are valid.

const TMP = join("test", ".tmp", "spec-cli");
mkdirSync(TMP, { recursive: true });
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
});

const run = runCli;

const write = (name: string, text: string) => {
  const file = join(TMP, name);
  writeFileSync(file, text);
  return file;
};

describe("planbench validate", () => {
  it("exits 0 and prints ok for valid plans", async () => {
    const files = ["ae-activity-era", "ae-outcome", "csm-outcome", "ae-multiyear-vesting"].map((n) =>
      join("scenarios", "plans", `${n}.yaml`),
    );
    const result = await run(["validate", ...files]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(files.map((f) => `${f}: ok\n`).join(""));
    expect(result.stderr).toBe("");
  });

  it("exits 1 and prints every problem with file:line:col", async () => {
    const good = write("good.yaml", MINIMAL);
    const bad = write(
      "bad.yaml",
      MINIMAL.replace("    rate: auto\n", "    rate: auto\n    tierrule: marginal\n").replace(
        "newArr: 1M",
        "newArr: lots",
      ),
    );
    const result = await run(["validate", good, bad]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`${good}: ok\n`);
    expect(result.stderr).toBe(
      `${bad}:4:11: quotas.newArr: expected an amount ≥ 0 like 120000, 120_000 or 120k, got 'lots'\n` +
        `${bad}:11:5: components.0.tierrule: unknown key 'tierrule' (did you mean 'tierRule'?)\n` +
        "2 problems in 1 of 2 files.\n",
    );
  });

  it("reports unreadable files and unknown document kinds without a stack trace", async () => {
    const missing = join(TMP, "missing.yaml");
    const world = write("world.yaml", "kind: wrold\nname: x\n");
    const result = await run(["validate", missing, world]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${missing}: file not found\n` +
        `${world}:1:7: kind: unknown document kind 'wrold'; expected one of plan, world, experiment (did you mean 'world'?)\n` +
        "2 problems in 2 of 2 files.\n",
    );
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("a usage error without files exits non-zero", async () => {
    const result = await run(["validate"]);
    expect(result.code).not.toBe(0);
  });
});

describe("validate command registration", () => {
  it("registers on any commander program", async () => {
    const { Command } = await import("commander");
    const { register } = await import("../../sim/cli/commands/validate.js");
    const program = new Command().exitOverride();
    register(program);
    expect(program.commands.map((c) => c.name())).toContain("validate");
  });
});
