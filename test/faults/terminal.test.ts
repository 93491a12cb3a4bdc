import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { resumeCommand } from "../../sim/cli/commands/run.js";
import { escapeControls, escapeInline } from "../../sim/core/safeText.js";
import { commandPath, displayPath, formatCommand, shellQuote } from "../../sim/io/shellQuote.js";
import { runCli } from "../helpers/cli.js";
import { scratchDir } from "./helpers.js";

// Safe terminal and shell text: nothing printed holds a raw control character, and every
// printed command is shell-quoted (a shell reads each word back exactly) with relative paths.

const scratch = scratchDir("faults-terminal");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// ESC-based sequences (window title, clear screen), bell, carriage return, a bidi override
const NASTY = "\u001b]0;pwned\u0007\u001b[2J\r\u202egnp.exe";
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

describe("escaping", () => {
  it("makes every control character visible and keeps newlines and tabs (escapeControls)", () => {
    expect(escapeControls(`a\tb\n${NASTY}`)).toBe("a\tb\n\\x1b]0;pwned\\x07\\x1b[2J\\r\\u202egnp.exe");
    expect(escapeInline("a\nb\tc")).toBe("a\\nb\\tc");
    let cases = 0;
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        cases++;
        expect(escapeInline(text)).not.toMatch(RAW_CONTROL);
        expect(escapeInline(text)).not.toContain("\n");
      }),
      { numRuns: 300, seed: 15 },
    );
    console.log(`escaping: ${cases} random strings`);
  });

  it("a shell reads every quoted word back exactly (bash)", () => {
    let cases = 0;
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary", maxLength: 20 }), { minLength: 1, maxLength: 4 }),
        (words) => {
          const clean = words.map((w) => w.replaceAll("\u0000", "")); // argv cannot hold NUL
          const command = formatCommand(clean);
          expect(command).not.toMatch(RAW_CONTROL);
          const echoed = execFileSync("bash", ["-c", `printf '%s\\0' ${command}`]).toString("utf8");
          cases++;
          expect(echoed.split("\u0000").slice(0, -1)).toEqual(clean);
        },
      ),
      { numRuns: 150, seed: 15 },
    );
    console.log(`shell quoting: ${cases} random commands read back by bash`);
    expect(shellQuote("a b")).toBe("'a b'");
    expect(shellQuote("x>y")).toBe("'x>y'");
    expect(shellQuote("$(rm -rf ~)")).toBe("'$(rm -rf ~)'");
  });

  it("paths in commands are relative to the working directory; messages keep outside paths", () => {
    expect(commandPath(join(process.cwd(), "out", "x"))).toBe(join("out", "x"));
    expect(commandPath("out/x")).toBe("out/x");
    expect(displayPath(join(process.cwd(), "a"))).toBe("a");
    expect(displayPath("/elsewhere/a")).toBe("/elsewhere/a");
  });

  it("the resume hint is quoted and relative", () => {
    const hint = resumeCommand(
      join(process.cwd(), "scenarios/experiments/quick.yaml"),
      { seed: "a b; rm -rf ~", blockSize: 50, trials: 3 },
      join(process.cwd(), "out", "my run"),
    );
    // a block size the user gave is repeated (results do not depend on it, the checkpoint's blocks do)
    expect(hint).toBe(
      "planbench run scenarios/experiments/quick.yaml --trials 3 --seed 'a b; rm -rf ~' --block-size 50 --out 'out/my run' --resume",
    );
    expect(
      resumeCommand(
        join(process.cwd(), "scenarios/experiments/quick.yaml"),
        { trials: 3 },
        join(process.cwd(), "out"),
      ),
    ).toBe("planbench run scenarios/experiments/quick.yaml --trials 3 --out out --resume");
  });
});

describe("the CLI prints no raw control characters", () => {
  it("validate: a plan whose name and file name hold escape sequences", async () => {
    const dir = join(scratch, `dir${NASTY.replaceAll("/", "")}`);
    mkdirSync(dir, { recursive: true });
    const plan = join(dir, "plan.yaml");
    const text = readFileSync("scenarios/plans/ae-outcome.yaml", "utf8").replace(
      /^name: .*$/m,
      `name: "${NASTY.replaceAll("\u001b", "\\e").replaceAll("\u0007", "\\a").replaceAll("\r", "\\r")}"`,
    );
    writeFileSync(plan, text.replace("payMix:", `unknwn${""}: 1\npayMix:`));
    const result = await runCli(["validate", plan]);
    expect(result.code).toBe(1);
    expect(result.stderr + result.stdout).toContain("\\x1b]0;pwned");
    expect(result.stderr + result.stdout).not.toMatch(RAW_CONTROL);
  });

  it("backtest: the Reproduce line quotes a variant name a shell would run", async () => {
    const out = join(scratch, "bt");
    const result = await runCli([
      "backtest",
      "--plan",
      `x>y$(id)=${"scenarios/plans/ae-outcome.yaml"}`,
      "--data",
      "data/sample",
      "--from",
      "2023-01-01",
      "--to",
      "2023-03-31",
      "--out",
      out,
      "--no-report",
    ]);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) as { command: string };
    expect(summary.command).toContain("--plan 'x>y$(id)=scenarios/plans/ae-outcome.yaml'");
    expect(summary.command).not.toContain(process.cwd());
    expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL);
  });
});
