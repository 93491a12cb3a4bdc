/**
 * The planbench command line. Each command lives in sim/cli/commands/<name>.ts and exports a
 * `register(program)` function; this file only assembles them and owns the error and exit
 * policy (README, "Exit codes"): input problems print as `file:line:col: path: message` and
 * exit 1; problems of the machine (a busy, unwritable or full output folder) print one line
 * naming the file and the cause and exit 2; anything unanticipated is a bug and exits 3;
 * Ctrl-C and SIGTERM exit 130. Never a stack trace (PLANBENCH_DEBUG=1 adds it). Everything
 * printed has its control characters escaped.
 */
import { Command, CommanderError } from "commander";
import { escapeInline } from "../core/safeText.js";
import { formatProblem, InputError } from "../errors.js";
import { asEnvironmentError, EnvironmentError } from "../io/fsErrors.js";
import { PLANBENCH_VERSION } from "../version.js";
import * as backtest from "./commands/backtest.js";
import * as calibrate from "./commands/calibrate.js";
import * as demo from "./commands/demo.js";
import * as explain from "./commands/explain.js";
import * as generateData from "./commands/generate-data.js";
import * as importData from "./commands/import.js";
import * as init from "./commands/init.js";
import * as pilot from "./commands/pilot.js";
import * as report from "./commands/report.js";
import * as run from "./commands/run.js";
import * as validate from "./commands/validate.js";
import { applyConventions } from "./help.js";
import { installInterruptHandlers } from "./interrupt.js";
import { installSafeOutput } from "./safeOutput.js";

export function buildProgram(): Command {
  const program = new Command()
    .name("planbench")
    .description("Monte Carlo simulation and backtesting workbench for incentive-compensation plans")
    .version(PLANBENCH_VERSION);
  applyConventions(program);
  for (const command of [
    demo,
    init,
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
  for (const command of program.commands) applyConventions(command);
  return program;
}

export const EXIT_INPUT = 1;
export const EXIT_ENVIRONMENT = 2;
/** A failure planbench did not anticipate: a bug to report. */
export const EXIT_INTERNAL = 3;

export async function main(argv: readonly string[]): Promise<number> {
  process.exitCode = undefined; // commands set it on failure; a previous in-process call must not leak
  const restoreOutput = installSafeOutput();
  const uninstallSignals = installInterruptHandlers();
  try {
    await buildProgram().parseAsync([...argv], { from: "user" });
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    return reportError(error);
  } finally {
    uninstallSignals();
    restoreOutput();
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
  const environment = asEnvironmentError(error);
  if (environment instanceof EnvironmentError) {
    process.stderr.write(`planbench: ${environment.message}\n`);
    debugStack(error);
    return EXIT_ENVIRONMENT;
  }
  // a failure planbench did not anticipate: one line, and how to get the details
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const firstLine = escapeInline(message.split("\n")[0]!);
  process.stderr.write(`planbench: internal error: ${firstLine} (a bug; PLANBENCH_DEBUG=1 prints where)\n`);
  debugStack(error);
  return EXIT_INTERNAL;
}

function debugStack(error: unknown): void {
  if (process.env.PLANBENCH_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
}
