/**
 * The planbench command line. Each command lives in sim/cli/commands/<name>.ts and exports a
 * `register(program)` function; this file only assembles them and owns the error policy:
 * input problems print as `file:line:col: path: message` and exit 1, never as a stack trace.
 */
import { Command, CommanderError } from "commander";
import { formatProblem, InputError } from "../errors.js";
import { PLANBENCH_VERSION } from "../version.js";
import * as backtest from "./commands/backtest.js";
import * as calibrate from "./commands/calibrate.js";
import * as demo from "./commands/demo.js";
import * as explain from "./commands/explain.js";
import * as generateData from "./commands/generate-data.js";
import * as importData from "./commands/import.js";
import * as pilot from "./commands/pilot.js";
import * as report from "./commands/report.js";
import * as run from "./commands/run.js";
import * as validate from "./commands/validate.js";

export function buildProgram(): Command {
  const program = new Command()
    .name("planbench")
    .description("Monte Carlo simulation and backtesting workbench for incentive-compensation plans")
    .version(PLANBENCH_VERSION)
    .showHelpAfterError()
    .exitOverride();
  for (const command of [
    demo,
    validate,
    explain,
    importData,
    generateData,
    backtest,
    calibrate,
    run,
    pilot,
    report,
  ])
    command.register(program);
  // commands added with addCommand do not inherit these: usage errors must not exit the process
  for (const command of program.commands) command.exitOverride().showHelpAfterError();
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  process.exitCode = undefined; // commands set it on failure; a previous in-process call must not leak
  try {
    await buildProgram().parseAsync([...argv], { from: "user" });
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    return reportError(error);
  }
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    // commander already printed its message (help, version, or a usage error)
    return error.exitCode;
  }
  if (error instanceof InputError) {
    for (const p of error.problems) process.stderr.write(`${formatProblem(p)}\n`);
    const n = error.problems.length;
    process.stderr.write(`${n} problem${n === 1 ? "" : "s"} found.\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`planbench: ${message}\n`);
  if (process.env.PLANBENCH_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return 2;
}
