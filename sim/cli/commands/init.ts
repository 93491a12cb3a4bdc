/**
 * `planbench init [DIR]`: scaffolds a study from the templates in scenarios/templates — two AE
 * plans (current and candidate), a CSM plan, a ledger for `explain`, a market world extending
 * a copy of the baseline world, an experiment comparing the plans, and a README with the next
 * commands. Existing files are never overwritten unless --force.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type { Command } from "commander";
import { InputError, problem } from "../../errors.js";
import { withExamples } from "../help.js";
import { packageRoot } from "../packageRoot.js";

interface InitFlags {
  readonly force?: boolean;
  readonly quiet?: boolean;
}

export function register(program: Command): void {
  const command = program
    .command("init")
    .description("scaffold a study: plans, a ledger, a world and an experiment to edit, validate and run")
    .argument("[dir]", "folder to create the files in", ".")
    .option("--force", "overwrite files that already exist")
    .option("-q, --quiet", "print nothing but errors")
    .action((dir: string, flags: InitFlags) => {
      initCommand(dir, flags);
    });
  withExamples(command, ["planbench init my-study", "planbench init"]);
}

/** Template file → path in the study (relative), plus the baseline world the market extends. */
function scaffoldFiles(): [string, string][] {
  const templates = join(packageRoot(), "scenarios", "templates");
  const files: [string, string][] = readdirSync(templates, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ya?ml|md)$/.test(f))
    .sort()
    .map((f) => [join(templates, f), f]);
  files.push([join(packageRoot(), "scenarios", "worlds", "baseline.yaml"), join("worlds", "baseline.yaml")]);
  return files;
}

export function initCommand(dir: string, flags: InitFlags): string[] {
  const files = scaffoldFiles();
  const existing = files.map(([, to]) => join(dir, to)).filter((path) => existsSync(path));
  if (existing.length > 0 && !flags.force)
    throw new InputError(
      existing.map((path) =>
        problem(path, "already exists", { hint: "pick another folder, or --force to overwrite" }),
      ),
    );
  const written = files.map(([from, to]) => {
    const path = join(dir, to);
    mkdirSync(dirname(path), { recursive: true });
    // the schema comment points into planbench's own tree: not valid beside the copy
    writeFileSync(path, readFileSync(from, "utf8").replace(/^# yaml-language-server: .*\n#?\n?/, ""));
    return path;
  });
  if (!flags.quiet) {
    const rel = relative(process.cwd(), dir);
    const shown = rel.startsWith("..") ? resolve(dir) : rel || ".";
    const at = (p: string) => (shown === "." ? p : join(shown, p));
    process.stdout.write(
      `created ${written.length} files in ${shown}; next:\n` +
        `  planbench validate ${at("plans")}/*.yaml ${at("worlds/market.yaml")} ${at("experiments/compare.yaml")}\n` +
        `  planbench explain --plan ${at("plans/ae-candidate.yaml")} --ledger ${at("ledgers/ae-ledger.yaml")} --rep ae-1\n` +
        `  planbench run ${at("experiments/compare.yaml")} -o ${at("out/compare")}\n` +
        `(more in ${at("README.md")})\n`,
    );
  }
  return written;
}
