/**
 * Rich display in notebooks without depending on any kernel: an object with a
 * `Symbol.for("Jupyter.display")` method returning a MIME bundle is shown inline by Jupyter
 * kernels that honour it (Deno's does) when it is a cell's last value; elsewhere it is a plain
 * object whose `text` can be printed. `show` displays one explicitly: in Deno's kernel through
 * Deno.jupyter.display, which is published before the cell finishes (a cell's last value can
 * reach the front end after the cell is reported idle, and headless runners then drop it).
 */
import { type Align, markdownTable } from "../../reports/markdown/table.js";

/** The well-known symbol of Deno's Jupyter kernel for self-displaying values. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as never;

export type MimeBundle = Readonly<Record<string, string>>;

export interface Displayable {
  /** Plain text (what a terminal or a log shows). */
  readonly text: string;
  readonly [JUPYTER_DISPLAY]: () => MimeBundle;
}

export function displayable(text: string, bundle: MimeBundle): Displayable {
  return { text, [JUPYTER_DISPLAY]: () => ({ ...bundle, "text/plain": text }) };
}

/** Markdown shown rendered in a notebook. */
export function markdown(text: string): Displayable {
  return displayable(text, { "text/markdown": text });
}

/** A Markdown table (cells escaped, so plan or rep names cannot inject markup). */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): Displayable {
  return markdown(markdownTable(headers, rows, align));
}

interface DenoJupyter {
  readonly display: (value: unknown) => Promise<void>;
}

function denoJupyter(): DenoJupyter | null {
  const deno = (globalThis as { Deno?: { jupyter?: DenoJupyter } }).Deno;
  return typeof deno?.jupyter?.display === "function" ? deno.jupyter : null;
}

/** Displays a value inline in a Deno notebook; elsewhere prints its text to stdout. */
export async function show(value: Displayable | Promise<Displayable>): Promise<void> {
  const shown = await value;
  const jupyter = denoJupyter();
  if (jupyter) await jupyter.display(shown);
  else process.stdout.write(`${shown.text}\n`);
}
