/**
 * How every command's --help reads: required options marked "required", defaults and choices
 * shown plainly (out/demo, not "out/demo"), and examples at the end. A usage error prints a
 * short message and where to look, not the whole help.
 */
import type { Argument, Command, HelpConfiguration, Option } from "commander";

function optionDescription(option: Option): string {
  const extra: string[] = [];
  if (option.mandatory) extra.push("required");
  if (option.argChoices) extra.push(`one of ${option.argChoices.join(", ")}`);
  const value = option.defaultValue as unknown;
  const shown =
    value !== undefined && typeof value !== "boolean" && !(Array.isArray(value) && value.length === 0);
  if (shown) extra.push(`default ${option.defaultValueDescription ?? String(value)}`);
  return extra.length > 0 ? `${option.description} (${extra.join("; ")})` : option.description;
}

function argumentDescription(argument: Argument): string {
  const value = argument.defaultValue as unknown;
  if (value === undefined) return argument.description;
  return `${argument.description} (default ${argument.defaultValueDescription ?? String(value)})`;
}

export const HELP: HelpConfiguration = { optionDescription, argumentDescription, showGlobalOptions: false };

/** Appends `Examples:` to a command's help; each is run as written in test/cli/help.test.ts. */
export function withExamples<C extends Command>(command: C, examples: readonly string[]): C {
  command.addHelpText("after", `\nExamples:\n${examples.map((e) => `  $ ${e}`).join("\n")}\n`);
  return command;
}

/** Help and error conventions for a command (and, through commander, its usage errors). */
export function applyConventions(command: Command): void {
  command
    .configureHelp(HELP)
    .exitOverride()
    .showHelpAfterError(
      `(see: planbench ${command.name() === "planbench" ? "" : `${command.name()} `}--help)`,
    );
}
