/**
 * `planbench validate <files...>`: checks plan, world and experiment files and prints `file: ok`
 * or every problem as `file:line:col: path: message (hint)`; with --json, one JSON document
 * listing each file with its problems. Exit code 0 only when every file is valid, else 1.
 */
import type { Command } from "commander";
import { experimentLimitProblems } from "../../engine/run/validateLimits.js";
import { formatProblem, type Problem } from "../../errors.js";
import { validateFile } from "../../language/validateDocument.js";
import { withExamples } from "../help.js";
import { printJson } from "../output/outputFormat.js";

interface ValidateFlags {
  readonly json?: boolean;
  readonly quiet?: boolean;
}

export function register(program: Command): void {
  const command = program
    .command("validate")
    .description(
      "check plan, world and experiment files (YAML or JSON); report every problem with file:line:col",
    )
    .argument("<files...>", "plan, world or experiment files to check")
    .option("--json", "print the result as JSON: each file with its problems")
    .option("-q, --quiet", "print only the problems")
    .action((files: string[], flags: ValidateFlags) => validateCommand(files, flags));
  withExamples(command, [
    "planbench validate scenarios/plans/*.yaml",
    "planbench validate scenarios/experiments/reference.yaml scenarios/worlds/baseline.yaml",
    "planbench validate scenarios/plans/ae-outcome.yaml --json",
  ]);
}

export function validateCommand(files: readonly string[], flags: ValidateFlags): void {
  const results = files.map((file) => {
    const checked = validateFile(file);
    // a valid experiment is also checked against the run limits (sim/engine/run/runLimits.ts)
    return { file, problems: checked.length === 0 ? experimentLimitProblems(file) : checked };
  });
  const bad = results.filter((r) => r.problems.length > 0);
  if (bad.length > 0) process.exitCode = 1;
  if (flags.json) {
    printJson({
      valid: bad.length === 0,
      files: results.map((r) => ({
        file: r.file,
        ok: r.problems.length === 0,
        problems: r.problems.map(jsonProblem),
      })),
    });
    return;
  }
  for (const { file, problems } of results) {
    if (problems.length === 0 && !flags.quiet) process.stdout.write(`${file}: ok\n`);
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
  }
  if (bad.length > 0) {
    const s = (n: number) => (n === 1 ? "" : "s");
    const problems = bad.reduce((n, r) => n + r.problems.length, 0);
    process.stderr.write(
      `${problems} problem${s(problems)} in ${bad.length} of ${files.length} file${s(files.length)}.\n`,
    );
  }
}

function jsonProblem(p: Problem) {
  return {
    line: p.line,
    column: p.column,
    path: p.path,
    message: p.message,
    hint: p.hint,
    text: formatProblem(p),
  };
}
