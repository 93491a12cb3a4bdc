/**
 * Every command's --help: examples that parse and name files that exist, required options
 * marked, defaults shown plainly; usage errors are short and point to --help.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../sim/cli/main.js";
import { runCli } from "../helpers/cli.js";
import { PROJECT_ROOT } from "../helpers/datasets.js";

const program = buildProgram();
const commands = program.commands.map((c) => c.name());

async function help(name: string): Promise<string> {
  return (await runCli([name, "--help"])).stdout;
}

function examples(text: string): string[][] {
  const section = text.slice(text.indexOf("Examples:"));
  return [...section.matchAll(/^ {2}\$ planbench (.*)$/gm)].map((m) =>
    m[1]!
      .replace(/ > \S+$/, "")
      .split(" ")
      .filter((a) => a !== ""),
  );
}

describe("--help of every command", () => {
  it.each(commands)("%s has examples that parse and name existing example files", async (name) => {
    const text = await help(name);
    const list = examples(text);
    expect(list.length, name).toBeGreaterThan(0);
    for (const args of list) {
      expect(args[0]).toBe(name);
      // parse only: each command's action replaced by a no-op
      const parser = buildProgram();
      for (const c of parser.commands) c.action(() => undefined);
      await expect(parser.parseAsync(args, { from: "user" }), args.join(" ")).resolves.toBeDefined();
      const inputs = args.filter((a, i) => !["-o", "--out"].includes(args[i - 1] ?? "") && !a.includes("*"));
      for (const arg of inputs.flatMap((a) => a.split(/[=,]/)))
        if (/^(scenarios|data)\//.test(arg)) expect(existsSync(join(PROJECT_ROOT, arg)), arg).toBe(true);
    }
  });

  it("marks required options and shows defaults without quotes", async () => {
    const backtest = await help("backtest");
    expect(backtest).toMatch(
      /--data <dir\|mapping> +a directory of canonical tables, or a mapping file\s+\(\.yaml\) \(required\)/,
    );
    expect(backtest).toMatch(/\(one of fail, quarantine; default fail\)/);
    expect(await help("demo")).toContain("(default out/demo)");
    for (const name of commands) expect(await help(name), name).not.toMatch(/default: "|choices: "/);
  });

  it("has the same short flags for the same options everywhere", async () => {
    for (const name of commands) {
      const text = await help(name);
      for (const [short, long] of [
        ["-o", "--out"],
        ["-s", "--seed"],
        ["-q", "--quiet"],
      ])
        if (text.includes(`${long} `)) expect(text, `${name} ${long}`).toContain(`${short}, ${long}`);
    }
  });
});

describe("usage errors", () => {
  it("say what is wrong and where to look, without the whole help", async () => {
    const run = await runCli(["backtest", "--plan", "x.yaml"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "error: required option '--data <dir|mapping>' not specified\n(see: planbench backtest --help)\n",
    );
  });
});
