/**
 * Building the commands planbench prints for a user to retype (the "Reproduce" line of backtest
 * and pilot outputs): each flag and value a separate word, shell-quoted by formatCommand, every
 * path relative to the working directory (sim/io/shellQuote.ts).
 */
import { parseVariantSpec } from "../backtest/variant.js";
import { commandPath } from "../io/shellQuote.js";

/** `--plan NAME=FILE1,FILE2` with its files made relative to the working directory. */
export function variantSpecWord(spec: string): string {
  try {
    const parsed = parseVariantSpec(spec);
    const files = parsed.files.map((f) => commandPath(f)).join(",");
    return parsed.name === null ? files : `${parsed.name}=${files}`;
  } catch {
    return spec; // not a valid spec: loading it reports the problem
  }
}

/** Appends `flag value` for each defined value. */
export function pushFlags(words: string[], flags: readonly (readonly [string, string | undefined])[]): void {
  for (const [flag, value] of flags) if (value !== undefined) words.push(flag, value);
}
