/**
 * `planbench validate <files...>`: checks plans (and, as they register, worlds and experiments)
 * and prints `file: ok` or every problem as `file:line:col: path: message (hint)`.
 * Exit code 0 only when every file is valid, else 1.
 */
import type { Command } from "commander";
import { experimentLimitProblems } from "../../engine/run/validateLimits.js";
import { formatProblem } from "../../errors.js";
import { validateFile } from "../../language/validateDocument.js";

export function register(program: Command): void {
  program
    .command("validate")
    .description(
      "check plan, world and experiment files (YAML or JSON); report every problem with file:line:col",
    )
    .argument("<files...>", "plan, world or experiment files to check")
    .action((files: string[]) => {
      let failed = 0;
      let problems = 0;
      for (const file of files) {
        const checked = validateFile(file);
        // a valid experiment is also checked against the run limits (sim/engine/run/runLimits.ts)
        const found = checked.length === 0 ? experimentLimitProblems(file) : checked;
        if (found.length === 0) {
          process.stdout.write(`${file}: ok\n`);
          continue;
        }
        failed += 1;
        problems += found.length;
        for (const p of found) process.stderr.write(`${formatProblem(p)}\n`);
      }
      if (failed > 0) {
        const s = (n: number) => (n === 1 ? "" : "s");
        process.stderr.write(
          `${problems} problem${s(problems)} in ${failed} of ${files.length} file${s(files.length)}.\n`,
        );
        process.exitCode = 1;
      }
    });
}
